import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { sanitizeSheetName } from '../output/sheetName';
import { type SheetPlan } from '../output/SheetPlan';
import { parseCsv } from '../workbook/parseCsv';
import { type Grid } from '../workbook/Grid';
import { CliInputError } from './CliInputError';
import { executeSheetPlanExcelJS } from './executeSheetPlanExcelJS';
import { assertOutputIsNotInput } from './xlsxPackage/assertOutputIsNotInput';
import { UnsupportedPackageError } from './xlsxPackage/packageErrors';
import {
  type ReplacedOutput,
  replaceOutputSheets,
  type WorkbookKind,
} from './xlsxPackage/replaceOutputSheets';
import { writeFileAtomically } from './xlsxPackage/writeFileAtomically';
import { CLI_MESSAGES } from './cliMessages';

export interface WriteAllocationWorkbookOptions {
  /** The .xlsx/.xlsm or .csv/.txt/.tsv the allocation was computed from; read only, never written. */
  readonly inputPath: string;
  /** Where to write the result (.xlsx, or .xlsm for a workbook with macros); must not be the input file. */
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
 * Writes the input workbook plus our sheets to outPath. An .xlsx/.xlsm input is copied part by part: every part
 * of the user's package (sheets, charts, pivot tables, images, comments, external links, the VBA project…) keeps
 * its bytes, our sheets are added at the end and our previously written sheets, recognised by their marker, are
 * replaced. A CSV input becomes the first sheet of a new workbook. A workbook with macros is written as .xlsm and
 * only as .xlsm; one without only as .xlsx. The file appears complete or not at all (written beside it, then
 * renamed), and never over the input.
 */
export async function writeAllocationWorkbook(
  options: WriteAllocationWorkbookOptions,
): Promise<WriteAllocationWorkbookResult> {
  const { inputPath, outPath } = options;
  assertOutputIsNotInput(inputPath, outPath);
  const planFor = (existing: readonly string[]) =>
    typeof options.plan === 'function' ? options.plan(existing) : options.plan;
  const ext = extname(inputPath).toLowerCase();
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') {
    assertOutputExtension('workbook', inputPath, outPath);
    const { workbook, renamed } = loadCsv(inputPath);
    const planned = planFor(workbook.worksheets.map((w) => w.name));
    const { sheets } = executeSheetPlanExcelJS(workbook, renamed ? retargetLinks(planned, renamed) : planned);
    workbook.calcProperties.fullCalcOnLoad = true;
    await writeFileAtomically(outPath, new Uint8Array(await workbook.xlsx.writeBuffer()));
    return { sheets, removed: [] };
  }
  const result = await replaceInPackage(inputPath, planFor);
  assertOutputExtension(result.kind, inputPath, outPath);
  await writeFileAtomically(outPath, result.bytes);
  return { sheets: result.sheets, removed: result.removed };
}

async function replaceInPackage(
  inputPath: string,
  planFor: (existing: readonly string[]) => SheetPlan,
): Promise<ReplacedOutput> {
  const unreadable = () => new CliInputError(CLI_MESSAGES.notAWorkbook(basename(inputPath)));
  let bytes: Buffer;
  try {
    bytes = readFileSync(inputPath);
  } catch {
    throw unreadable();
  }
  try {
    return await replaceOutputSheets(bytes, planFor);
  } catch (error) {
    if (error instanceof UnsupportedPackageError && error.contentType === undefined) throw unreadable();
    if (error instanceof UnsupportedPackageError) {
      throw new CliInputError(CLI_MESSAGES.unsupportedPackage(basename(inputPath)));
    }
    throw error;
  }
}

/**
 * The output's extension must match what it holds: Excel refuses to open an .xlsm without macros and an .xlsx
 * with them, and a macro workbook renamed to .xlsx would lose its macros.
 */
function assertOutputExtension(kind: WorkbookKind, inputPath: string, outPath: string): void {
  const ext = extname(outPath).toLowerCase();
  const stem = basename(outPath, extname(outPath));
  if (kind === 'macro-workbook' && ext !== '.xlsm') {
    throw new CliInputError(CLI_MESSAGES.macrosNeedXlsm(basename(inputPath), basename(outPath), stem));
  }
  if (kind === 'workbook' && ext !== '.xlsx') {
    throw new CliInputError(
      ext === '.xlsm'
        ? CLI_MESSAGES.xlsmWithoutMacros(basename(outPath), basename(inputPath), stem)
        : CLI_MESSAGES.outNeedsXlsx(stem),
    );
  }
}

interface LoadedInput {
  readonly workbook: ExcelJS.Workbook;
  /** For a CSV whose file name is not a valid sheet name: the name the readers use → the sheet's real name. */
  readonly renamed?: { readonly from: string; readonly to: string };
}

function loadCsv(path: string): LoadedInput {
  const workbook = new ExcelJS.Workbook();
  // readGrids names a CSV's sheet after the file; a sheet name must be ≤ 31 characters and so may differ.
  const readerName = basename(path, extname(path));
  const grid = parseCsv(readFileSync(path, 'utf8'), sanitizeSheetName(readerName));
  writeGrid(workbook.addWorksheet(grid.sheet), grid);
  return readerName === grid.sheet
    ? { workbook }
    : { workbook, renamed: { from: readerName, to: grid.sheet } };
}

/** Points links at the CSV's sheet under its real (shortened) name, so "Kontroller" links still land. */
function retargetLinks(plan: SheetPlan, renamed: { readonly from: string; readonly to: string }): SheetPlan {
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) =>
      sheet.hyperlinks
        ? {
            ...sheet,
            hyperlinks: sheet.hyperlinks.map((h) =>
              h.sheet === renamed.from ? { ...h, sheet: renamed.to } : h,
            ),
          }
        : sheet,
    ),
  };
}

/** The CSV's cells as values (numbers as numbers, everything else as text, as the CSV reader saw them). */
function writeGrid(ws: ExcelJS.Worksheet, grid: Grid): void {
  Array.from({ length: grid.rowCount }, (_, r) => grid.row(r)).forEach((row, r) =>
    row.forEach((cell, c) => {
      const target = ws.getCell(grid.origin.row + r + 1, grid.origin.col + c + 1);
      const v = cell.value;
      if (v.kind === 'number' || v.kind === 'boolean') target.value = v.value;
      else if (v.kind === 'text' || v.kind === 'error') target.value = cell.text ?? v.value;
    }),
  );
}
