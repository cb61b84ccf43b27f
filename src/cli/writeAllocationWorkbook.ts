import ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { sanitizeSheetName } from '../output/sheetName';
import { type SheetPlan } from '../output/SheetPlan';
import { parseCsv } from '../workbook/parseCsv';
import { type Grid } from '../workbook/Grid';
import { CliInputError } from './CliInputError';
import { executeSheetPlanExcelJS } from './executeSheetPlanExcelJS';
import { removeOutputSheets } from './outputMarker';

export interface WriteAllocationWorkbookOptions {
  /** The .xlsx/.xlsm or .csv/.txt/.tsv the allocation was computed from; read only, never written. */
  readonly inputPath: string;
  /** Where to write the result (.xlsx); must differ from inputPath. */
  readonly outPath: string;
  /**
   * The sheets to add, or a function that builds them from the sheet names the result keeps (the user's sheets,
   * after our previous output is removed) — pass that to buildSheetPlan's existingSheetNames.
   */
  readonly plan: SheetPlan | ((existingSheetNames: readonly string[]) => SheetPlan);
}

export interface WriteAllocationWorkbookResult {
  readonly sheets: readonly string[];
  /** Our previous output sheets that were replaced. */
  readonly removed: readonly string[];
}

/**
 * What `allocate --out` says on stderr: the result is a copy written by ExcelJS, which keeps the cells but not
 * charts, pivot tables, images or macros.
 * @example copyNote('resultat.xlsx') //=> 'Obs: resultat.xlsx är en kopia …'
 */
export function copyNote(outPath: string): string {
  return `Obs: ${basename(outPath)} är en kopia som Länsnyckel skrivit med sina egna blad; diagram, pivottabeller, bilder och makron i originalet följer inte med. Originalfilen är orörd.`;
}

/**
 * Writes the input workbook plus our sheets to outPath: an .xlsx input is copied with its sheets untouched
 * (our previously written sheets, recognised by their marker, are replaced); a CSV input becomes the first
 * sheet of a new workbook. The file appears complete or not at all (written beside it, then renamed). An .xlsm
 * name is refused: the copy carries no macros.
 */
export async function writeAllocationWorkbook(
  options: WriteAllocationWorkbookOptions,
): Promise<WriteAllocationWorkbookResult> {
  const { inputPath, outPath } = options;
  if (resolve(inputPath) === resolve(outPath)) {
    throw new CliInputError(
      `Resultatet kan inte skrivas över indatafilen (${basename(inputPath)}); välj en annan --out.`,
    );
  }
  if (extname(outPath).toLowerCase() === '.xlsm') {
    const suggestion = `${basename(outPath, extname(outPath))}.xlsx`;
    throw new CliInputError(
      `Resultatet kan inte skrivas som makroarbetsbok (${basename(outPath)}): Länsnyckel skriver inga makron, och filen skulle inte gå att öppna som .xlsm. Välj ett namn som slutar på .xlsx, t.ex. ${suggestion}.`,
    );
  }
  const { workbook, renamed } = await loadInput(inputPath);
  const removed = removeOutputSheets(workbook);
  const planned =
    typeof options.plan === 'function' ? options.plan(workbook.worksheets.map((w) => w.name)) : options.plan;
  const { sheets } = executeSheetPlanExcelJS(workbook, renamed ? retargetLinks(planned, renamed) : planned);
  // ExcelJS keeps cached results only partly (it drops cached zeros on load): let Excel recalculate on open.
  workbook.calcProperties.fullCalcOnLoad = true;
  const temp = join(dirname(resolve(outPath)), `.${basename(outPath)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await workbook.xlsx.writeFile(temp);
    renameSync(temp, outPath);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return { sheets, removed };
}

interface LoadedInput {
  readonly workbook: ExcelJS.Workbook;
  /** For a CSV whose file name is not a valid sheet name: the name the readers use → the sheet's real name. */
  readonly renamed?: { readonly from: string; readonly to: string };
}

async function loadInput(path: string): Promise<LoadedInput> {
  const workbook = new ExcelJS.Workbook();
  const ext = extname(path).toLowerCase();
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') {
    // readGrids names a CSV's sheet after the file; a sheet name must be ≤ 31 characters and so may differ.
    const readerName = basename(path, extname(path));
    const grid = parseCsv(readFileSync(path, 'utf8'), sanitizeSheetName(readerName));
    writeGrid(workbook.addWorksheet(grid.sheet), grid);
    return {
      workbook,
      renamed: readerName === grid.sheet ? undefined : { from: readerName, to: grid.sheet },
    };
  }
  try {
    await workbook.xlsx.readFile(path);
  } catch {
    throw new CliInputError(`Kunde inte läsa ${basename(path)} som en Excel-arbetsbok (.xlsx).`);
  }
  return { workbook };
}

/** Points links at the CSV's sheet under its real (shortened) name, so "Kontroller" links still land. */
function retargetLinks(plan: SheetPlan, renamed: { readonly from: string; readonly to: string }): SheetPlan {
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => ({
      ...sheet,
      hyperlinks: sheet.hyperlinks?.map((h) => (h.sheet === renamed.from ? { ...h, sheet: renamed.to } : h)),
    })),
  };
}

/** The CSV's cells as values (numbers as numbers, everything else as text, as the CSV reader saw them). */
function writeGrid(ws: ExcelJS.Worksheet, grid: Grid): void {
  grid.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      const target = ws.getCell(grid.origin.row + r + 1, grid.origin.col + c + 1);
      const v = cell.value;
      if (v.kind === 'number' || v.kind === 'boolean') target.value = v.value;
      else if (v.kind === 'text' || v.kind === 'error') target.value = cell.text ?? v.value;
    }),
  );
}
