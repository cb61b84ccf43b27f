import { formatAmount } from '../money/formatAmount';
import { type LocalizedText } from './Finding';

/** An amount as Swedish readers write it: "−1 689" (no-break space, Unicode minus). */
const sv = (n: number): string => formatAmount(n, 'sv');
/** An amount as English readers write it: "-1,689". */
const en = (n: number): string => formatAmount(n, 'en');
const list = (cells: readonly string[], max = 6): string =>
  cells.length > max ? `${cells.slice(0, max).join(', ')} …` : cells.join(', ');
const q = (s: string): string => `”${s}”`;
/** " kr" after a Swedish amount in kronor; nothing after a count (population, mottagare). */
const krIf = (kronor: boolean): string => (kronor ? ' kr' : '');

/** Every user-facing finding text, keyed by check; checks pass values, never wording. */
export const MESSAGES = {
  columnTotalMismatch: (p: {
    column: string;
    cell: string;
    stated: number;
    computed: number;
    delta: number;
    /** True when the column holds kronor (amount/total), false for an indicator. */
    kronor: boolean;
  }): LocalizedText => ({
    sv: `Summan i ${p.cell} (${q(p.column)}) är ${sv(p.stated)} men raderna ovanför summerar till ${sv(p.computed)}, skillnad ${sv(p.delta)}${krIf(p.kronor)}. Kontrollera beloppen i kolumnen eller räkna om summan.`,
    en: `The total in ${p.cell} ("${p.column}") is ${en(p.stated)} but the rows above add up to ${en(p.computed)}, a difference of ${en(p.delta)}. Check the column's amounts or recompute the total.`,
  }),
  rowTotalMismatch: (p: {
    unit: string;
    column: string;
    cell: string;
    parts: readonly string[];
    stated: number;
    computed: number;
    delta: number;
    /** True when the total adds kronor, false when it adds indicators. */
    kronor: boolean;
  }): LocalizedText => ({
    sv: `${q(p.unit)}: ${q(p.column)} i ${p.cell} är ${sv(p.stated)} men delarna (${p.parts.join(' + ')}) blir ${sv(p.computed)}, skillnad ${sv(p.delta)}${krIf(p.kronor)}. Rätta summan eller någon av delarna.`,
    en: `"${p.unit}": "${p.column}" in ${p.cell} is ${en(p.stated)} but its parts (${p.parts.join(' + ')}) make ${en(p.computed)}, a difference of ${en(p.delta)}. Fix the total or one of the parts.`,
  }),
  frameMismatch: (p: {
    pot: string;
    range: string;
    stated: number;
    frame: number;
    delta: number;
  }): LocalizedText => ({
    sv: `Beloppen för ${q(p.pot)} (${p.range}) summerar till ${sv(p.stated)} kr men ramen är ${sv(p.frame)} kr, skillnad ${sv(p.delta)} kr. Kontrollera ramen eller beloppen.`,
    en: `The amounts for "${p.pot}" (${p.range}) add up to ${en(p.stated)} kr but the frame is ${en(p.frame)} kr, a difference of ${en(p.delta)} kr. Check the frame or the amounts.`,
  }),
  totalFormulaOmits: (p: { cell: string; formula: string; omitted: readonly string[] }): LocalizedText => ({
    sv: `Formeln i ${p.cell} (${p.formula}) tar inte med ${list(p.omitted)}. Utöka området så att alla rader i tabellen räknas.`,
    en: `The formula in ${p.cell} (${p.formula}) leaves out ${list(p.omitted)}. Extend the range so every row of the table is counted.`,
  }),
  totalFormulaDoubleCounts: (p: {
    cell: string;
    formula: string;
    extra: readonly string[];
  }): LocalizedText => ({
    sv: `Formeln i ${p.cell} (${p.formula}) räknar med ${list(p.extra)} som inte är enhetsrader eller räknas två gånger. Begränsa området till enhetsraderna.`,
    en: `The formula in ${p.cell} (${p.formula}) also counts ${list(p.extra)}, which are not unit rows or are counted twice. Limit the range to the unit rows.`,
  }),
  totalFormulaOtherSheet: (p: { cell: string; formula: string; sheet: string }): LocalizedText => ({
    sv: `Formeln i ${p.cell} (${p.formula}) summerar celler på ett annat blad än tabellen (${q(p.sheet)}). Summera tabellens egna rader.`,
    en: `The formula in ${p.cell} (${p.formula}) adds cells on another sheet than the table's ("${p.sheet}"). Sum the table's own rows.`,
  }),
  hardCodedTotals: (p: { cells: readonly string[] }): LocalizedText => ({
    sv: `Summaraden är inskriven som värden (${list(p.cells)}), inte som formler. Den följer inte med om ett belopp ändras; använd SUMMA.`,
    en: `The total row is typed in as values (${list(p.cells)}), not formulas. It will not follow if an amount changes; use SUM.`,
  }),
  hardCodedTotalAmongFormulas: (p: { cell: string }): LocalizedText => ({
    sv: `${p.cell} i summaraden är ett inskrivet värde medan resten av raden är formler. Ersätt det med en SUMMA-formel.`,
    en: `${p.cell} in the total row is a typed value while the rest of the row is formulas. Replace it with a SUM formula.`,
  }),
  constantAmongFormulas: (p: { cell: string; column: string }): LocalizedText => ({
    sv: `${p.cell} i ${q(p.column)} är ett inskrivet värde där resten av kolumnen räknas med formler. Har formeln skrivits över?`,
    en: `${p.cell} in "${p.column}" is a typed value where the rest of the column is computed by formulas. Was the formula overwritten?`,
  }),
  formulaShapeDiffers: (p: {
    cell: string;
    column: string;
    formula: string;
    usual: string;
  }): LocalizedText => ({
    sv: `Formeln i ${p.cell} (${p.formula}) är byggd annorlunda än de andra i ${q(p.column)} (t.ex. ${p.usual}). Kontrollera referenserna.`,
    en: `The formula in ${p.cell} (${p.formula}) is built differently from the others in "${p.column}" (e.g. ${p.usual}). Check its references.`,
  }),
  unitUnknown: (p: { label: string; cell: string; suggestions: readonly string[] }): LocalizedText => {
    const svHint = p.suggestions.length ? ` Menade du ${p.suggestions.map(q).join(' eller ')}?` : '';
    const enHint = p.suggestions.length
      ? ` Did you mean ${p.suggestions.map((s) => `"${s}"`).join(' or ')}?`
      : '';
    return p.label === ''
      ? {
          sv: `Raden med ${p.cell} har belopp men inget namn. Skriv kommunens eller regionens namn.`,
          en: `The row of ${p.cell} has amounts but no name. Enter the kommun's or region's name.`,
        }
      : {
          sv: `${q(p.label)} i ${p.cell} är ingen känd kommun eller region.${svHint}`,
          en: `"${p.label}" in ${p.cell} is not a known kommun or region.${enHint}`,
        };
  },
  unitDuplicate: (p: { unit: string; cells: readonly string[] }): LocalizedText => ({
    sv: `${q(p.unit)} finns på flera rader (${list(p.cells)}) och får då pengar flera gånger. Ta bort eller slå ihop raderna.`,
    en: `"${p.unit}" appears on several rows (${list(p.cells)}) and so gets money more than once. Remove or merge the rows.`,
  }),
  unitMissing: (p: { unit: string; group: string; present: number; of: number }): LocalizedText => ({
    sv: `${q(p.unit)} saknas: tabellen har ${p.present} av ${p.of} i ${p.group}. Lägg till raden om den ska vara med.`,
    en: `"${p.unit}" is missing: the table has ${p.present} of ${p.of} in ${p.group}. Add the row if it belongs.`,
  }),
  labelWhitespace: (p: { label: string; cell: string }): LocalizedText => ({
    sv: `Namnet i ${p.cell} (${q(p.label)}) har extra mellanslag. Det kan få LETARAD/XLOOKUP att missa raden; ta bort mellanslagen.`,
    en: `The name in ${p.cell} ("${p.label}") has stray spaces. They can make VLOOKUP/XLOOKUP miss the row; remove them.`,
  }),
  numberAsText: (p: { cell: string; text: string }): LocalizedText => ({
    sv: `${p.cell} innehåller talet ${q(p.text)} som text. SUMMA hoppar över text; gör om cellen till ett tal.`,
    en: `${p.cell} holds the number "${p.text}" as text. SUM skips text; convert the cell to a number.`,
  }),
  errorValue: (p: { cell: string; error: string }): LocalizedText => ({
    sv: `${p.cell} visar felvärdet ${p.error}. Rätta formeln innan tabellen används.`,
    en: `${p.cell} shows the error value ${p.error}. Fix the formula before the table is used.`,
  }),
  blankInKey: (p: { cell: string; unit: string; column: string; found?: string }): LocalizedText =>
    p.found === undefined
      ? {
          sv: `Nyckeln ${q(p.column)} är tom för ${q(p.unit)} (${p.cell}). En tom nyckel ger 0 kr; fyll i värdet.`,
          en: `The key "${p.column}" is blank for "${p.unit}" (${p.cell}). A blank key gives 0 kr; fill in the value.`,
        }
      : {
          sv: `Nyckeln ${q(p.column)} har inget tal för ${q(p.unit)}: ${p.cell} innehåller ${q(p.found)}. Skriv ett tal i cellen.`,
          en: `The key "${p.column}" has no number for "${p.unit}": ${p.cell} holds "${p.found}". Enter a number in the cell.`,
        },
  negativeAmount: (p: { cell: string; value: number }): LocalizedText => ({
    sv: `${p.cell} är negativt (${sv(p.value)}). Kontrollera att det är avsikten.`,
    en: `${p.cell} is negative (${en(p.value)}). Check that this is intended.`,
  }),
  keyDeviation: (p: {
    unit: string;
    column: string;
    key: string;
    cell: string;
    stated: number;
    computed: number;
    delta: number;
  }): LocalizedText => ({
    sv: `${q(p.unit)}: ${p.cell} är ${sv(p.stated)} men fördelat efter ${q(p.key)} med största rest blir det ${sv(p.computed)}, skillnad ${sv(p.delta)} kr.`,
    en: `"${p.unit}": ${p.cell} is ${en(p.stated)} but split by "${p.key}" with largest remainder it is ${en(p.computed)}, a difference of ${en(p.delta)}.`,
  }),
  roundingDrift: (p: { column: string; key: string; drift: number; differing: number }): LocalizedText => ({
    sv: `${q(p.column)} ser ut att vara avrundad cell för cell (AVRUNDA) efter ${q(p.key)}. Summan missar ramen med ${sv(p.drift)} kr och ${p.differing} rader skiljer sig från största rest-metoden.`,
    en: `"${p.column}" looks rounded cell by cell (ROUND) by "${p.key}". The sum misses the frame by ${en(p.drift)} and ${p.differing} rows differ from largest remainder.`,
  }),
  referenceMismatch: (p: {
    unit: string;
    cell: string;
    column: string;
    value: number;
    reference: number;
    swappedWith?: string;
  }): LocalizedText => ({
    sv:
      `${q(p.unit)}: ${q(p.column)} i ${p.cell} är ${sv(p.value)}, långt från SCB:s folkmängd ${sv(p.reference)} (1 nov 2024).` +
      (p.swappedWith
        ? ` Värdena för ${q(p.unit)} och ${q(p.swappedWith)} verkar ha bytt plats.`
        : ' Kontrollera att raden har rätt värde.'),
    en:
      `"${p.unit}": "${p.column}" in ${p.cell} is ${en(p.value)}, far from SCB's population ${en(p.reference)} (1 Nov 2024).` +
      (p.swappedWith
        ? ` The values of "${p.unit}" and "${p.swappedWith}" seem swapped.`
        : ' Check that the row has the right value.'),
  }),
  unclassifiedRow: (p: { row: number; reason: string }): LocalizedText => ({
    sv: `Rad ${p.row} inne i tabellen är varken en enhet eller en summa (${p.reason}). Den räknas inte med.`,
    en: `Row ${p.row} inside the table is neither a unit nor a total (${p.reason}). It is not counted.`,
  }),
  totalNotCheckable: (p: {
    column: string;
    count: number;
    marks: readonly string[];
    totals: readonly string[];
  }): LocalizedText => ({
    sv: `${q(p.column)} kan inte kontrolleras: ${sv(p.count)} undertryckta värden (${p.marks.join(', ')}) i kolumnen, så summan i ${list(p.totals, 3)} kan bara begränsas, inte prövas.`,
    en: `"${p.column}" cannot be checked: ${en(p.count)} suppressed values (${p.marks.join(', ')}) in the column, so the total in ${list(p.totals, 3)} can only be bounded, not verified.`,
  }),
  totalsNotCheckable: (p: {
    columns: number;
    range: string;
    count: number;
    marks: readonly string[];
  }): LocalizedText => ({
    sv: `Summorna i ${p.columns} kolumner (${p.range}) kan inte kontrolleras: ${sv(p.count)} undertryckta värden (${p.marks.join(', ')}). De kan bara begränsas, inte prövas.`,
    en: `The totals of ${p.columns} columns (${p.range}) cannot be checked: ${en(p.count)} suppressed values (${p.marks.join(', ')}). They can only be bounded, not verified.`,
  }),
  totalFormulaMoney: (p: {
    column: string;
    stated: number;
    computed: number;
    delta: number;
    kronor: boolean;
  }): LocalizedText => ({
    sv: `Kolumnen ${q(p.column)} summerar till ${sv(p.computed)} men summaraden visar ${sv(p.stated)}, skillnad ${sv(p.delta)}${krIf(p.kronor)}.`,
    en: `The column "${p.column}" adds up to ${en(p.computed)} but the total row shows ${en(p.stated)}, a difference of ${en(p.delta)}.`,
  }),
  followupAllocationMismatch: (p: {
    unit: string;
    pot?: string;
    cell: string;
    stated: number;
    allocated: number;
    delta: number;
    source: string;
  }): LocalizedText => ({
    sv: `${q(p.unit)}${p.pot ? ` (${q(p.pot)})` : ''} redovisar tilldelat ${sv(p.stated)} kr i ${p.cell} men fick ${sv(p.allocated)} kr enligt ${p.source}, skillnad ${sv(p.delta)} kr. Kontrollera beloppet med kommunen.`,
    en: `"${p.unit}"${p.pot ? ` ("${p.pot}")` : ''} reports ${en(p.stated)} kr allocated in ${p.cell} but received ${en(p.allocated)} kr according to ${p.source}, a difference of ${en(p.delta)} kr. Check the amount with the municipality.`,
  }),
  followupOverspent: (p: {
    unit: string;
    pot?: string;
    cell: string;
    used: number;
    allocated: number;
    delta: number;
  }): LocalizedText => ({
    sv: `${q(p.unit)}${p.pot ? ` (${q(p.pot)})` : ''} redovisar förbrukat ${sv(p.used)} kr i ${p.cell}, mer än tilldelade ${sv(p.allocated)} kr (${sv(p.delta)} kr för mycket). Bara tilldelade medel kan redovisas som förbrukade.`,
    en: `"${p.unit}"${p.pot ? ` ("${p.pot}")` : ''} reports ${en(p.used)} kr used in ${p.cell}, more than the ${en(p.allocated)} kr allocated (${en(p.delta)} kr too much). Only allocated funds can be reported as used.`,
  }),
  followupBalance: (p: {
    unit: string;
    pot?: string;
    cell: string;
    stated: number;
    computed: number;
    delta: number;
    /** Cell of the reported tilldelat; without it the allocation's amount is used. */
    allocatedCell?: string;
    usedCell: string;
    transferredCell?: string;
  }): LocalizedText => ({
    sv: `${q(p.unit)}${p.pot ? ` (${q(p.pot)})` : ''}: ej förbrukat i ${p.cell} är ${sv(p.stated)} kr men tilldelat${p.allocatedCell ? ` (${p.allocatedCell})` : ''} − förbrukat (${p.usedCell})${p.transferredCell ? ` − överfört (${p.transferredCell})` : ''} blir ${sv(p.computed)} kr, skillnad ${sv(p.delta)} kr. Rätta förbrukat eller ej förbrukat.`,
    en: `"${p.unit}"${p.pot ? ` ("${p.pot}")` : ''}: unused in ${p.cell} is ${en(p.stated)} kr but allocated${p.allocatedCell ? ` (${p.allocatedCell})` : ''} − used (${p.usedCell})${p.transferredCell ? ` − transferred (${p.transferredCell})` : ''} makes ${en(p.computed)} kr, a difference of ${en(p.delta)} kr. Fix used or unused.`,
  }),
  followupUnreadable: (p: { unit: string; cell: string; column: string; text: string }): LocalizedText => ({
    sv: `${q(p.unit)}: ${q(p.column)} i ${p.cell} är ${q(p.text)}, inte ett belopp, så raden kan inte stämmas av. Skriv beloppet i kronor (0 om inget).`,
    en: `"${p.unit}": "${p.column}" in ${p.cell} is "${p.text}", not an amount, so the row cannot be reconciled. Enter the amount in kronor (0 if none).`,
  }),
  followupUnitMissing: (p: {
    unit: string;
    pot?: string;
    allocated: number;
    report: string;
  }): LocalizedText => ({
    sv: `${q(p.unit)}${p.pot ? ` (${q(p.pot)})` : ''} tilldelades ${sv(p.allocated)} kr men finns inte i återredovisningen ${q(p.report)}. Begär in kommunens redovisning eller lägg till raden.`,
    en: `"${p.unit}"${p.pot ? ` ("${p.pot}")` : ''} was allocated ${en(p.allocated)} kr but is not in the report "${p.report}". Ask for the municipality's report or add the row.`,
  }),
  followupUnitUnexpected: (p: {
    unit: string;
    pot?: string;
    cell: string;
    source: string;
  }): LocalizedText => ({
    sv: `${q(p.unit)}${p.pot ? ` (${q(p.pot)})` : ''} i ${p.cell} redovisar medel men tilldelades inget enligt ${q(p.source)}. Är namnet felstavat eller raden från ett annat bidrag?`,
    en: `"${p.unit}"${p.pot ? ` ("${p.pot}")` : ''} in ${p.cell} reports funds but was allocated nothing according to "${p.source}". Is the name misspelt or the row from another grant?`,
  }),
  rowTotalNotCheckable: (p: {
    column: string;
    parts: readonly string[];
    holds: number;
    rows: number;
    cells: readonly string[];
  }): LocalizedText => ({
    sv: `${q(p.column)} kan inte kontrolleras radvis: den är summan av ${p.parts.join(' + ')} på ${sv(p.holds)} av ${sv(p.rows)} rader men inte på ${sv(p.rows - p.holds)} (${list(p.cells, 3)}), och tabellen har fler beloppskolumner. Utan formler framgår inte vilka delar som ingår.`,
    en: `"${p.column}" cannot be checked row by row: it is the sum of ${p.parts.join(' + ')} on ${en(p.holds)} of ${en(p.rows)} rows but not on ${en(p.rows - p.holds)} (${list(p.cells, 3)}), and the table has more amount columns. Without formulas the sheet does not say which parts it adds.`,
  }),
} as const;
