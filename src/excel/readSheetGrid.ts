import { type Grid, GridBuilder } from '../workbook/Grid';
import { type PortResult, type ReadOptions } from '../port/WorkbookPort';
import { PORT_MESSAGES } from '../port/portMessages';
import { type CellRect } from '../domain/a1/CellRect';
import { rangeAddress } from '../domain/a1/rangeAddress';
import { splitSheetAddress } from '../domain/a1/splitSheetAddress';
import { requireRange } from '../domain/a1/requireRange';
import { portError, isOfficeError } from './toPortError';
import { splitAreaAddresses } from './splitAreaAddresses';
import { setLoadedCell } from './setLoadedCell';
import {
  DEFAULT_BUDGET_BYTES,
  DEFAULT_MAX_READ_CELLS,
  INITIAL_READ_BYTES_PER_CELL,
  rowsPerChunk,
} from './readBudget';

export interface ReadSheetOptions extends ReadOptions {
  readonly budgetBytes?: number;
  readonly maxCells?: number;
  /** Read merged areas too (Range.getMergedAreasOrNullObject needs ExcelApi 1.13). */
  readonly readMerged?: boolean;
}

interface UsedRange {
  readonly rect: CellRect;
  /** Excel's rowHidden for the whole range: null when some rows are hidden and some not. */
  readonly rowHidden: boolean | null;
  /** Merged areas inside the used range, sheet-local A1. */
  readonly merged: readonly string[];
  /** The used range's first rows, read in the same sync as the extent. */
  readonly head?: Chunk;
}

/**
 * Reads a sheet's used range (values only, so formatted empty cells do not inflate it) into a Grid. The extent is
 * loaded together with the contents of a budget-sized window at A1, so a sheet that fits the window (290 kommuner
 * and a few columns) costs one sync; a larger one continues in chunks of rows sized to stay well under Excel on the
 * web's 5 MB payload limit. Sheet-not-found and other Office errors propagate to the caller, which maps them to
 * PortErrors.
 */
export async function readSheetGrid(
  context: Excel.RequestContext,
  name: string,
  options: ReadSheetOptions = {},
): Promise<PortResult<Grid>> {
  const budget = options.budgetBytes ?? DEFAULT_BUDGET_BYTES;
  const used = await loadUsedRange(context, name, options.readMerged ?? false, speculativeWindow(budget));
  if (!used) return { ok: true, value: new GridBuilder(name).build() };
  const { rect } = used;
  const columns = rect.endCol - rect.startCol + 1;
  const totalRows = rect.endRow - rect.startRow + 1;
  // A used range down to the sheet's last row is a stray value or format far below the data, not a table:
  // reading a million mostly empty rows would take minutes of payload-limited syncs for nothing.
  if (rect.endRow >= LAST_ROW || totalRows * columns > (options.maxCells ?? DEFAULT_MAX_READ_CELLS))
    return tooLarge(name, rect);

  const sheet = context.workbook.worksheets.getItem(name);
  // Every chunk writes straight into the Grid's storage: no Cell objects for a sheet of 100 000 rows.
  const cells = new GridBuilder(name, { rows: totalRows, cols: columns });
  const hiddenRows: number[] = [];
  let bytesPerCell = INITIAL_READ_BYTES_PER_CELL;
  let start = rect.startRow;
  let chunk: PortResult<Chunk> | undefined = used.head && { ok: true, value: used.head };
  while (start <= rect.endRow) {
    if (options.signal?.aborted) return { ok: false, error: portError('cancelled') };
    if (!chunk) {
      const rows = Math.min(rowsPerChunk(budget, columns, bytesPerCell), rect.endRow - start + 1);
      const chunkRect = { ...rect, startRow: start, endRow: start + rows - 1 };
      chunk = await readChunkOrShrink(context, sheet, chunkRect, used.rowHidden === null);
    }
    if (!chunk.ok) return chunk;
    writeChunk(cells, start - rect.startRow, chunk.value);
    hiddenRows.push(...chunk.value.hiddenRows);
    // Adapt to what this sheet really costs per cell, with headroom, never more than doubling the chunk at once.
    bytesPerCell = Math.max(bytesPerCell / 2, (chunk.value.bytes / (chunk.value.rowCount * columns)) * 1.5);
    start += chunk.value.rowCount;
    chunk = undefined;
    options.onProgress?.((start - rect.startRow) / totalRows);
  }
  if (used.rowHidden === true) for (let r = rect.startRow; r <= rect.endRow; r++) hiddenRows.push(r);
  const origin = { row: rect.startRow, col: rect.startCol };
  return {
    ok: true,
    value: cells.build(
      {
        origin,
        ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
        ...(used.merged.length > 0 ? { merged: used.merged } : {}),
      },
      { rows: totalRows, cols: columns },
    ),
  };
}

/** Columns of the window read together with the extent; its rows follow from the budget. */
export const SPECULATIVE_WINDOW_COLUMNS = 16;

/**
 * The window at A1 whose contents are loaded in the same sync as the extent: sized so that its payload stays within
 * the budget at the initial per-cell estimate (1 MB: A1:P390), whatever the used range turns out to be, since
 * Excel returns only the part of the window inside the used range.
 */
function speculativeWindow(budget: number): CellRect {
  const rows = rowsPerChunk(budget, SPECULATIVE_WINDOW_COLUMNS, INITIAL_READ_BYTES_PER_CELL);
  return { startRow: 0, startCol: 0, endRow: rows - 1, endCol: SPECULATIVE_WINDOW_COLUMNS - 1 };
}

/**
 * The used range's extent, its merged areas where supported and, in the same sync, the contents of the part of it
 * inside `window`. That part becomes the first chunk when it holds the used range's first rows in full width and
 * hidden rows need no per-row look-up; otherwise it is dropped and the caller reads in chunks as before.
 */
async function loadUsedRange(
  context: Excel.RequestContext,
  name: string,
  readMerged: boolean,
  window: CellRect | undefined,
): Promise<UsedRange | undefined> {
  const range = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
  range.load('address,rowHidden');
  const mergedAreas = readMerged ? range.getMergedAreasOrNullObject().load('address') : undefined;
  const head = window
    ? range
        .getIntersectionOrNullObject(rangeAddress(window))
        .load('address,values,formulas,valueTypes,text,numberFormat')
    : undefined;
  try {
    await context.sync();
  } catch (error) {
    // Cells far larger than estimated: the window did not fit after all; the extent alone, then chunks.
    if (!window || !isPayloadError(error)) throw error;
    return loadUsedRange(context, name, readMerged, undefined);
  }
  if (range.isNullObject) return undefined;
  const merged =
    mergedAreas && !mergedAreas.isNullObject
      ? splitAreaAddresses(mergedAreas.address).map((a) => splitSheetAddress(a).local)
      : [];
  const rect = requireRange(splitSheetAddress(range.address).local);
  const headRect =
    !head || head.isNullObject ? undefined : requireRange(splitSheetAddress(head.address).local);
  const usable =
    headRect !== undefined &&
    range.rowHidden !== null &&
    headRect.startRow === rect.startRow &&
    headRect.startCol === rect.startCol &&
    headRect.endCol === rect.endCol;
  return {
    rect,
    rowHidden: range.rowHidden,
    merged,
    ...(usable && head ? { head: toChunk(head, []) } : {}),
  };
}
/** A block of rows as Excel returned them, written into the Grid by `writeChunk`. */
interface Chunk {
  readonly loaded: Pick<Excel.Range, 'values' | 'formulas' | 'valueTypes' | 'text' | 'numberFormat'>;
  readonly rowCount: number;
  readonly hiddenRows: number[];
  readonly bytes: number;
}

/**
 * Reads one chunk; if Excel says the payload was too large, retries with half the rows. Excel on the web may
 * report an oversized payload as a bare GeneralException, so that is retried smaller too; if a single row still
 * fails with it, the original error stands.
 */
async function readChunkOrShrink(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  rect: CellRect,
  perRowHidden: boolean,
): Promise<PortResult<Chunk>> {
  try {
    return { ok: true, value: await readChunk(context, sheet, rect, perRowHidden) };
  } catch (error) {
    if (!isPayloadError(error)) throw error;
    const general = isOfficeError(error) && error.code === 'GeneralException';
    if (rect.endRow === rect.startRow) {
      if (general) throw error;
      return { ok: false, error: portError('payload-too-large') };
    }
    const half = { ...rect, endRow: rect.startRow + Math.floor((rect.endRow - rect.startRow) / 2) };
    return readChunkOrShrink(context, sheet, half, perRowHidden);
  }
}

/** Excel refused the payload's size; Excel on the web may say so with a bare GeneralException. */
function isPayloadError(error: unknown): boolean {
  return (
    isOfficeError(error) &&
    (/PayloadSizeLimitExceeded$/.test(error.code) || error.code === 'GeneralException')
  );
}

/** One batched load and one sync for a block of rows (a deliberate sync per chunk: that is the point of chunking). */
async function readChunk(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  rect: CellRect,
  perRowHidden: boolean,
): Promise<Chunk> {
  const range = sheet.getRange(rangeAddress(rect));
  range.load('values,formulas,valueTypes,text,numberFormat');
  const rowRanges: Excel.Range[] = [];
  if (perRowHidden) {
    for (let i = 0; i <= rect.endRow - rect.startRow; i++) rowRanges.push(range.getRow(i).load('rowHidden'));
  }
  await context.sync();
  const hiddenRows = rowRanges.flatMap((row, i) => (row.rowHidden ? [rect.startRow + i] : []));
  return toChunk(range, hiddenRows);
}

/** A range whose values, formulas, valueTypes, text and numberFormat are loaded, with the payload's measured size. */
function toChunk(range: Excel.Range, hiddenRows: number[]): Chunk {
  const { values, formulas, valueTypes, text, numberFormat } = range;
  const bytes = JSON.stringify([values, formulas, valueTypes, text, numberFormat]).length;
  return {
    loaded: { values, formulas, valueTypes, text, numberFormat },
    rowCount: values.length,
    hiddenRows,
    bytes,
  };
}

/** The chunk's cells into the Grid being built, its first row at grid row `at`. */
function writeChunk(grid: GridBuilder, at: number, chunk: Chunk): void {
  const { values, formulas, valueTypes, text, numberFormat } = chunk.loaded;
  values.forEach((row, r) =>
    row.forEach((value: unknown, c) =>
      setLoadedCell(grid, at + r, c, {
        value,
        formula: formulas[r]?.[c],
        valueType: String(valueTypes[r]?.[c]),
        text: text[r]?.[c],
        numberFormat: numberFormat[r]?.[c],
      }),
    ),
  );
}

/** 0-based index of row 1 048 576, the last row of a worksheet. */
const LAST_ROW = 1_048_575;

function tooLarge(name: string, rect: CellRect): PortResult<Grid> {
  const message =
    rect.endRow >= LAST_ROW ? PORT_MESSAGES.usedRangeToLastRow : PORT_MESSAGES.usedRangeTooLarge;
  return { ok: false, error: portError('payload-too-large', message(name, rangeAddress(rect))) };
}
