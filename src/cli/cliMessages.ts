import { type LocalizedText } from '../domain/findings/Finding';

/** `"Befolkning", "Mottagare"`: column names as a message quotes them. */
const quoted = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(', ');

/** A CSV separator as a message names it: the tab has no visible character to quote. */
const separator = (s: string, tab: string): string => (s === '\t' ? tab : `"${s}"`);

/**
 * Why the command line refuses its input (a CliInputError, exit 2), in Swedish (what the CLI prints) and English:
 * call sites pass values, never wording. Problems found in the data itself come from the domain's catalogues.
 */
export const CLI_MESSAGES = {
  // ---- arguments ----
  unknownCommand: (command: string): LocalizedText => ({
    sv: `Okänt kommando "${command}". Se användningen ovan.`,
    en: `Unknown command "${command}". See the usage above.`,
  }),
  noCommand: {
    sv: 'Ange ett kommando: check, allocate eller followup. Se användningen ovan.',
    en: 'Give a command: check, allocate or followup. See the usage above.',
  },
  flagNeedsValue: (flag: string): LocalizedText => ({
    sv: `${flag} behöver ett värde.`,
    en: `${flag} needs a value.`,
  }),
  flagTwice: (flag: string): LocalizedText => ({
    sv: `${flag} anges två gånger.`,
    en: `${flag} is given twice.`,
  }),
  unknownFlag: (flag: string, command: string): LocalizedText => ({
    sv: `Okänd flagga ${flag} för ${command}.`,
    en: `Unknown flag ${flag} for ${command}.`,
  }),
  noFile: {
    sv: 'Ange en fil. Se användningen ovan.',
    en: 'Give a file. See the usage above.',
  },
  oneFileOnly: (files: readonly string[]): LocalizedText => ({
    sv: `Endast en fil åt gången: ${files.join(', ')}`,
    en: `One file at a time: ${files.join(', ')}`,
  }),
  planAndKey: {
    sv: 'Ange antingen --plan eller --key och --total, inte båda.',
    en: 'Give either --plan or --key and --total, not both.',
  },
  allocateNeedsKey: {
    sv: 'allocate behöver --key <kolumn> och --total <kr>, eller --plan plan.json.',
    en: 'allocate needs --key <column> and --total <kr>, or --plan plan.json.',
  },
  badTotal: (text: string): LocalizedText => ({
    sv: `--total måste vara ett belopp i kronor, inte "${text}".`,
    en: `--total must be an amount in kronor, not "${text}".`,
  }),

  // ---- reading the input file ----
  fileMissing: (path: string): LocalizedText => ({
    sv: `Filen finns inte: ${path}`,
    en: `The file does not exist: ${path}`,
  }),
  csvSeparatorMix: (line: number, file: string, found: string, expected: string): LocalizedText => ({
    sv: `Rad ${line} i ${file} är skriven med ${separator(found, 'tabb')} som avgränsare men resten av filen med ${separator(expected, 'tabb')}. Använd samma avgränsare på alla rader; inget lästes.`,
    en: `Line ${line} of ${file} uses ${separator(found, 'tab')} as separator but the rest of the file ${separator(expected, 'tab')}. Use the same separator on every line; nothing was read.`,
  }),
  notWorkbookOrCsv: (file: string): LocalizedText => ({
    sv: `${file} är varken en Excel-arbetsbok (.xlsx) eller en CSV-fil.`,
    en: `${file} is neither an Excel workbook (.xlsx) nor a CSV file.`,
  }),
  legacyXls: (file: string): LocalizedText => ({
    sv: `${file} är en äldre Excel-arbetsbok (.xls, Excel 97–2003), som Länsnyckel inte läser. Öppna den i Excel och spara som .xlsx (Arkiv → Spara som → Excel-arbetsbok); inget lästes.`,
    en: `${file} is an older Excel workbook (.xls, Excel 97–2003), which Länsnyckel does not read. Open it in Excel and save it as .xlsx (File → Save As → Excel Workbook); nothing was read.`,
  }),
  encryptedWorkbook: (file: string): LocalizedText => ({
    sv: `${file} är skyddad med lösenord (krypterad), så innehållet kan inte läsas. Öppna den i Excel, ta bort lösenordet (Arkiv → Info → Skydda arbetsbok → Kryptera med lösenord) och spara som .xlsx; inget lästes.`,
    en: `${file} is protected with a password (encrypted), so its content cannot be read. Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password) and save it as .xlsx; nothing was read.`,
  }),
  odsSpreadsheet: (file: string): LocalizedText => ({
    sv: `${file} är ett OpenDocument-kalkylblad (.ods), som Länsnyckel inte läser. Öppna det i LibreOffice Calc eller Excel och spara som .xlsx; inget lästes.`,
    en: `${file} is an OpenDocument spreadsheet (.ods), which Länsnyckel does not read. Open it in LibreOffice Calc or Excel and save it as .xlsx; nothing was read.`,
  }),
  sheetMissing: (sheet: string, file: string, sheets: readonly string[]): LocalizedText => ({
    sv: `Bladet "${sheet}" finns inte i ${file} (blad: ${sheets.join(', ')}).`,
    en: `Sheet "${sheet}" is not in ${file} (sheets: ${sheets.join(', ')}).`,
  }),

  // ---- check ----
  noTableToCheck: (file: string, sheet: string | undefined): LocalizedText => ({
    sv: `Ingen tabell med kommuner eller regioner hittades i ${file}${sheet === undefined ? '' : ` (blad "${sheet}")`}. Länsnyckel letar efter en kolumn med minst två kommun- eller regionnamn; inget kontrollerades.`,
    en: `No table of kommuner or regions was found in ${file}${sheet === undefined ? '' : ` (sheet "${sheet}")`}. Länsnyckel looks for a column with at least two kommun or region names; nothing was checked.`,
  }),
  checkKeyMissing: (key: string, headers: string): LocalizedText => ({
    sv: `Nyckelkolumnen "${key}" finns inte i någon tabell (${headers}).`,
    en: `The key column "${key}" is in no table (${headers}).`,
  }),

  // ---- allocate ----
  noUnitTable: {
    sv: 'Ingen tabell med kommuner eller regioner hittades i filen. Länsnyckel letar efter en kolumn med minst två kommun- eller regionnamn; inget fördelades.',
    en: 'No table of kommuner or regions was found in the file. Länsnyckel looks for a column with at least two kommun or region names; nothing was allocated.',
  },
  keyColumnMissing: (names: readonly string[]): LocalizedText => ({
    sv: `Kolumnen ${quoted(names)} finns inte i någon tabell i filen.`,
    en: `The column ${quoted(names)} is in no table of the file.`,
  }),
  keyInSeveralTables: (names: readonly string[], count: number, sheets: string): LocalizedText => ({
    sv: `Nyckeln ${quoted(names)} finns i ${count} tabeller: blad ${sheets}. Ange vilket blad som ska användas med --sheet "<blad>"; inget fördelades.`,
    en: `The key ${quoted(names)} is in ${count} tables: sheets ${sheets}. Say which sheet to use with --sheet "<sheet>"; nothing was allocated.`,
  }),
  allocationRefused: (problems: readonly LocalizedText[]): LocalizedText => ({
    sv: `Fördelningen gick inte: ${problems.map((p) => p.sv).join(' ')}`,
    en: `The allocation failed: ${problems.map((p) => p.en).join(' ')}`,
  }),
  planFileMissing: (path: string): LocalizedText => ({
    sv: `Planfilen finns inte: ${path}`,
    en: `The plan file does not exist: ${path}`,
  }),
  planUnusable: (path: string, problem: LocalizedText): LocalizedText => ({
    sv: `Planen i ${path} går inte att använda: ${problem.sv}`,
    en: `The plan in ${path} cannot be used: ${problem.en}`,
  }),
  /** The refused allocation's first problem (or "N problems like it"), and how many others stdout lists. */
  nothingAllocated: (head: LocalizedText, sameKind: number, others: number): LocalizedText => {
    const tail =
      others > 0
        ? {
            sv: ` (och ${others} andra problem; alla står på stdout)`,
            en: ` (and ${others} other problems; all are on stdout)`,
          }
        : sameKind > 1
          ? { sv: ' (alla står på stdout)', en: ' (all are on stdout)' }
          : { sv: '', en: '' };
    return {
      sv: `Inget fördelades: ${head.sv}${tail.sv}`,
      en: `Nothing was allocated: ${head.en}${tail.en}`,
    };
  },
  referenceBesideOwnColumn: (sheet: string, header: string, cell: string, range: string): LocalizedText => ({
    sv: `Bladet "${sheet}" har en egen kolumn "${header}" (${cell}) utanför tabellen ${range}, så Länsnyckel använder inte referensbefolkningen. Ta bort den tomma kolumnen mellan tabellen och ${cell} och försök igen; inget fördelades.`,
    en: `Sheet "${sheet}" has its own column "${header}" (${cell}) outside the table ${range}, so Länsnyckel does not use the reference population. Remove the blank column between the table and ${cell} and try again; nothing was allocated.`,
  }),

  // ---- writing the workbook (--out) ----
  notAWorkbook: (file: string): LocalizedText => ({
    sv: `Kunde inte läsa ${file} som en Excel-arbetsbok (.xlsx).`,
    en: `Could not read ${file} as an Excel workbook (.xlsx).`,
  }),
  unsupportedPackage: (file: string): LocalizedText => ({
    sv: `${file} är ingen vanlig Excel-arbetsbok (.xlsx eller .xlsm) utan en mall, ett tillägg eller en fil i Strict-format. Spara den som Excel-arbetsbok och kör igen; inget skrevs.`,
    en: `${file} is not an ordinary Excel workbook (.xlsx or .xlsm) but a template, an add-in or a Strict-format file. Save it as an Excel workbook and run again; nothing was written.`,
  }),
  macrosNeedXlsm: (input: string, output: string, stem: string): LocalizedText => ({
    sv: `${input} innehåller makron (VBA), och makron kan bara sparas i en .xlsm-fil: som ${output} skulle Excel vägra öppna resultatet. Välj ett namn som slutar på .xlsm, t.ex. ${stem}.xlsm.`,
    en: `${input} contains macros (VBA), and macros can only be saved in an .xlsm file: as ${output} Excel would refuse to open the result. Choose a name ending in .xlsm, e.g. ${stem}.xlsm.`,
  }),
  xlsmWithoutMacros: (output: string, input: string, stem: string): LocalizedText => ({
    sv: `Resultatet kan inte skrivas som makroarbetsbok (${output}): ${input} har inga makron, och Excel öppnar inte en .xlsm-fil utan makron. Välj ett namn som slutar på .xlsx, t.ex. ${stem}.xlsx.`,
    en: `The result cannot be written as a macro workbook (${output}): ${input} has no macros, and Excel does not open an .xlsm file without macros. Choose a name ending in .xlsx, e.g. ${stem}.xlsx.`,
  }),
  outNeedsXlsx: (stem: string): LocalizedText => ({
    sv: `Resultatet skrivs som Excel-arbetsbok: välj ett namn som slutar på .xlsx, t.ex. ${stem}.xlsx.`,
    en: `The result is written as an Excel workbook: choose a name ending in .xlsx, e.g. ${stem}.xlsx.`,
  }),
  outIsInput: (file: string): LocalizedText => ({
    sv: `Resultatet kan inte skrivas över indatafilen (${file}); välj en annan --out.`,
    en: `The result cannot be written over the input file (${file}); choose another --out.`,
  }),
  folderMissing: (file: string, folder: string): LocalizedText => ({
    sv: `Mappen för ${file} finns inte (${folder}); inget skrevs.`,
    en: `The folder for ${file} does not exist (${folder}); nothing was written.`,
  }),
  fileLocked: (file: string): LocalizedText => ({
    sv: `${file} går inte att ersätta: filen är öppen i ett annat program (t.ex. Excel) eller skrivskyddad. Stäng den och kör igen; inget skrevs.`,
    en: `${file} cannot be replaced: the file is open in another program (e.g. Excel) or read-only. Close it and run again; nothing was written.`,
  }),
  folderNotWritable: (folder: string): LocalizedText => ({
    sv: `Länsnyckel får inte skriva i mappen ${folder}; inget skrevs.`,
    en: `Länsnyckel may not write in the folder ${folder}; nothing was written.`,
  }),
  outIsFolder: (file: string): LocalizedText => ({
    sv: `${file} är en mapp; ge --out ett filnamn, t.ex. resultat.xlsx. Inget skrevs.`,
    en: `${file} is a folder; give --out a file name, e.g. result.xlsx. Nothing was written.`,
  }),
  writeFailed: (file: string, code: string): LocalizedText => ({
    sv: `${file} kunde inte skrivas (${code}); inget skrevs.`,
    en: `${file} could not be written (${code}); nothing was written.`,
  }),

  // ---- followup ----
  ambiguousFollowupColumns: (columns: string): LocalizedText => ({
    sv: `Flera kolumner i återredovisningen betyder samma sak (${columns}); byt rubrik på den som inte ska räknas.`,
    en: `Several columns of the report mean the same thing (${columns}); rename the one that should not count.`,
  }),
  noAllocationOnSheet: (sheet: string, file: string): LocalizedText => ({
    sv: `Ingen fördelning med belopp per kommun eller region hittades på bladet "${sheet}" i ${file}.`,
    en: `No allocation with amounts per kommun or region was found on sheet "${sheet}" in ${file}.`,
  }),
  /** How to name the allocation sheet, listing the file's sheets: follows the messages below. */
  allocationHint: (sheets: readonly string[]): LocalizedText => ({
    sv: `Ange bladet med fördelningen med --allocation <blad> (blad: ${sheets.join(', ')}).`,
    en: `Name the sheet with the allocation with --allocation <sheet> (sheets: ${sheets.join(', ')}).`,
  }),
  noOwnAllocationSheet: (file: string, hint: LocalizedText): LocalizedText => ({
    sv: `${file} har inget Fördelning-blad skrivet av Länsnyckel. ${hint.sv}`,
    en: `${file} has no Fördelning sheet written by Länsnyckel. ${hint.en}`,
  }),
  severalAllocationSheets: (file: string, sheets: readonly string[]): LocalizedText => ({
    sv: `${file} har flera Fördelning-blad (${sheets.join(', ')}). Välj ett med --allocation <blad>.`,
    en: `${file} has several Fördelning sheets (${sheets.join(', ')}). Choose one with --allocation <sheet>.`,
  }),
  nothingToFollowUp: (sheet: string, file: string, hint: LocalizedText): LocalizedText => ({
    sv: `Bladet "${sheet}" i ${file} har inga belopp att följa upp. ${hint.sv}`,
    en: `Sheet "${sheet}" in ${file} has no amounts to follow up. ${hint.en}`,
  }),
  /** Where the report was looked for: the file, or a named sheet in it. */
  reportPlace: (file: string, sheet: string | undefined): LocalizedText =>
    sheet === undefined
      ? { sv: file, en: file }
      : { sv: `bladet "${sheet}" i ${file}`, en: `sheet "${sheet}" in ${file}` },
  noReport: (where: LocalizedText): LocalizedText => ({
    sv: `Ingen återredovisning hittades i ${where.sv}: Länsnyckel letar efter en tabell med kommuner och en kolumn "Förbrukat" eller "Ej förbrukat". Ange bladet med --report <blad>.`,
    en: `No report was found in ${where.en}: Länsnyckel looks for a table of kommuner with a column "Förbrukat" or "Ej förbrukat". Name the sheet with --report <sheet>.`,
  }),
  severalReports: (where: LocalizedText, tables: string): LocalizedText => ({
    sv: `Två eller fler tabeller i ${where.sv} ser ut som återredovisningar (${tables}). Välj en med --report <blad>.`,
    en: `Two or more tables in ${where.en} look like reports (${tables}). Choose one with --report <sheet>.`,
  }),
} as const;

/**
 * Everything else the command line prints: the usage, the readable reports of `allocate` and `followup`, how a
 * source is described and the unexpected-error line (in Swedish; English for a future --lang). The layout code
 * holds no wording.
 */
export const CLI_REPORT_WORDS = {
  sv: {
    sum: 'Summa',
    allocationHeading: (frame: string, key: string | undefined, pots: number): string =>
      `Fördelning av ${frame} kr${key ? ` efter "${key}"` : ''} (${pots} pott${pots === 1 ? '' : 'er'}, största rest)`,
    source: (source: string): string => `Källa: ${source}`,
    table: (sheet: string, range: string): string => `Tabell: blad "${sheet}", ${range}`,
    written: (path: string): string => `Resultatet är skrivet till ${path}.`,
    followupHeading: (file: string): string => `Länsnyckel – uppföljning av ${file}`,
    allocationAt: (sheet: string, range: string): string => `Fördelning: blad "${sheet}", ${range}`,
    reportAt: (sheet: string, range: string): string => `Återredovisning: blad "${sheet}", ${range}`,
    columns: {
      unit: 'Enhet',
      allocated: 'Tilldelat',
      reported: 'Redovisat',
      used: 'Förbrukat',
      unused: 'Ej förbrukat',
      status: 'Status',
    },
    severity: { error: 'FEL', warning: 'varning', info: 'info' },
    status: { ok: 'stämmer', deviation: 'avvikelse', missing: 'saknas', unexpected: 'ej tilldelad' },
    noFindings: 'Inga anmärkningar.',
    usage: [
      'Användning:',
      '  lansnyckel check <fil.xlsx|fil.csv> [--sheet <blad>] [--key <kolumnrubrik>] [--json]',
      '  lansnyckel allocate <fil> [--sheet <blad>] (--key <kolumn> --total <kr> | --plan plan.json) [--out resultat.xlsx] [--json]',
      '  lansnyckel followup <fil.xlsx> [--allocation <blad>] [--report <blad>] [--json]',
    ].join('\n'),
    unexpected: (detail: string): string => `Oväntat fel: ${detail}`,
    /** "blad "Totalt", A5:F295; enheter i A (Kommun); nyckel i D (Folkmängd 31 december)" */
    sourceDescription: (s: {
      sheet: string;
      range: string;
      unitColumn: string;
      unitHeader: string;
      key: string;
    }): string =>
      `blad "${s.sheet}", ${s.range}; enheter i ${s.unitColumn} (${s.unitHeader || 'utan rubrik'}); ${s.key}`,
    keyColumn: (column: string, header: string): string => `nyckel i ${column} (${header})`,
    referenceKey: 'nyckel: befolkning 1 nov 2024 (SCB) från referenslistan',
    noKeyColumn: 'ingen nyckelkolumn',
    refusedHeading: (source: string): string => `Inget fördelades (${source}):`,
    verdict: (errors: number, warnings: number, infos: number): string =>
      errors > 0
        ? `Resultat: ${errors} fel, ${warnings} varningar, ${infos} info – återredovisningen stämmer inte mot fördelningen.`
        : `Resultat: inga fel (${warnings} varningar, ${infos} info) – återredovisningen stämmer mot fördelningen.`,
  },
  en: {
    sum: 'Sum',
    allocationHeading: (frame: string, key: string | undefined, pots: number): string =>
      `Allocation of ${frame} kr${key ? ` by "${key}"` : ''} (${pots} pot${pots === 1 ? '' : 's'}, largest remainder)`,
    source: (source: string): string => `Source: ${source}`,
    table: (sheet: string, range: string): string => `Table: sheet "${sheet}", ${range}`,
    written: (path: string): string => `The result is written to ${path}.`,
    followupHeading: (file: string): string => `Länsnyckel – follow-up of ${file}`,
    allocationAt: (sheet: string, range: string): string => `Allocation: sheet "${sheet}", ${range}`,
    reportAt: (sheet: string, range: string): string => `Report: sheet "${sheet}", ${range}`,
    columns: {
      unit: 'Unit',
      allocated: 'Allocated',
      reported: 'Reported',
      used: 'Used',
      unused: 'Unused',
      status: 'Status',
    },
    severity: { error: 'ERROR', warning: 'warning', info: 'info' },
    status: { ok: 'matches', deviation: 'deviation', missing: 'missing', unexpected: 'not allocated' },
    noFindings: 'No remarks.',
    usage: [
      'Usage:',
      '  lansnyckel check <file.xlsx|file.csv> [--sheet <sheet>] [--key <column header>] [--json]',
      '  lansnyckel allocate <file> [--sheet <sheet>] (--key <column> --total <kr> | --plan plan.json) [--out result.xlsx] [--json]',
      '  lansnyckel followup <file.xlsx> [--allocation <sheet>] [--report <sheet>] [--json]',
    ].join('\n'),
    unexpected: (detail: string): string => `Unexpected error: ${detail}`,
    sourceDescription: (s: {
      sheet: string;
      range: string;
      unitColumn: string;
      unitHeader: string;
      key: string;
    }): string =>
      `sheet "${s.sheet}", ${s.range}; units in ${s.unitColumn} (${s.unitHeader || 'no header'}); ${s.key}`,
    keyColumn: (column: string, header: string): string => `key in ${column} (${header})`,
    referenceKey: 'key: population 1 Nov 2024 (SCB) from the reference list',
    noKeyColumn: 'no key column',
    refusedHeading: (source: string): string => `Nothing was allocated (${source}):`,
    verdict: (errors: number, warnings: number, infos: number): string =>
      errors > 0
        ? `Result: ${errors} errors, ${warnings} warnings, ${infos} info – the report does not match the allocation.`
        : `Result: no errors (${warnings} warnings, ${infos} info) – the report matches the allocation.`,
  },
} as const;
