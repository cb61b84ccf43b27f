import { type Cell, type Grid } from '../workbook/Grid';
import { type PortResult, type ReadOptions } from '../port/WorkbookPort';
import { PORT_MESSAGES } from '../port/portMessages';
import { type CellRect } from '../domain/a1/CellRect';
import { rangeAddress } from '../domain/a1/rangeAddress';
import { splitSheetAddress } from '../domain/a1/splitSheetAddress';
import { requireRange } from '../domain/a1/requireRange';
import { portError, isOfficeError } from './toPortError';
import { splitAreaAddresses } from './splitAreaAddresses';
import { toGridCell } from './toGridCell';
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
}

/**
 * Reads a sheet's used range (values only, so formatted empty cells do not inflate it) into a Grid: one sync for
 * the extent, then one sync per chunk of rows sized to stay well under Excel on the web's 5 MB payload limit.
 * Sheet-not-found and other Office errors propagate to the caller, which maps them to PortErrors.
 */
export async function readSheetGrid(
  context: Excel.RequestContext,
  name: string,
  options: ReadSheetOptions = {},
): Promise<PortResult<Grid>> {
  const used = await loadUsedRange(context, name, options.readMerged ?? false);
  if (!used) return { ok: true, value: { sheet: name, origin: { row: 0, col: 0 }, cells: [] } };
  const { rect } = used;
  const columns = rect.endCol - rect.startCol + 1;
  const totalRows = rect.endRow - rect.startRow + 1;
  // A used range down to the sheet's last row is a stray value or format far below the data, not a table:
  // reading a million mostly empty rows would take minutes of payload-limited syncs for nothing.
  if (rect.endRow >= LAST_ROW || totalRows * columns > (options.maxCells ?? DEFAULT_MAX_READ_CELLS))
    return tooLarge(name, rect);

  const budget = options.budgetBytes ?? DEFAULT_BUDGET_BYTES;
  const sheet = context.workbook.worksheets.getItem(name);
  const cells: Cell[][] = [];
  const hiddenRows: number[] = [];
  let bytesPerCell = INITIAL_READ_BYTES_PER_CELL;
  let start = rect.startRow;
  while (start <= rect.endRow) {
    if (options.signal?.aborted) return { ok: false, error: portError('cancelled') };
    const rows = Math.min(rowsPerChunk(budget, columns, bytesPerCell), rect.endRow - start + 1);
    const chunkRect = { ...rect, startRow: start, endRow: start + rows - 1 };
    const chunk = await readChunkOrShrink(context, sheet, chunkRect, used.rowHidden === null);
    if (!chunk.ok) return chunk;
    cells.push(...chunk.value.cells);
    hiddenRows.push(...chunk.value.hiddenRows);
    // Adapt to what this sheet really costs per cell, with headroom, never more than doubling the chunk at once.
    bytesPerCell = Math.max(
      bytesPerCell / 2,
      (chunk.value.bytes / (chunk.value.cells.length * columns)) * 1.5,
    );
    start += chunk.value.cells.length;
    options.onProgress?.((start - rect.startRow) / totalRows);
  }
  if (used.rowHidden === true) for (let r = rect.startRow; r <= rect.endRow; r++) hiddenRows.push(r);
  const origin = { row: rect.startRow, col: rect.startCol };
  return {
    ok: true,
    value: {
      sheet: name,
      origin,
      cells,
      ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
      ...(used.merged.length > 0 ? { merged: used.merged } : {}),
    },
  };
}

/** The used range's extent (and, where supported, its merged areas) in one sync. */
async function loadUsedRange(
  context: Excel.RequestContext,
  name: string,
  readMerged: boolean,
): Promise<UsedRange | undefined> {
  const range = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
  range.load('address,rowHidden');
  const mergedAreas = readMerged ? range.getMergedAreasOrNullObject().load('address') : undefined;
  await context.sync();
  if (range.isNullObject) return undefined;
  const merged =
    mergedAreas && !mergedAreas.isNullObject
      ? splitAreaAddresses(mergedAreas.address).map((a) => splitSheetAddress(a).local)
      : [];
  return { rect: requireRange(splitSheetAddress(range.address).local), rowHidden: range.rowHidden, merged };
}

interface Chunk {
  readonly cells: Cell[][];
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
    const payload = isOfficeError(error) && /PayloadSizeLimitExceeded$/.test(error.code);
    const general = isOfficeError(error) && error.code === 'GeneralException';
    if (!payload && !general) throw error;
    if (rect.endRow === rect.startRow) {
      if (general) throw error;
      return { ok: false, error: portError('payload-too-large') };
    }
    const half = { ...rect, endRow: rect.startRow + Math.floor((rect.endRow - rect.startRow) / 2) };
    return readChunkOrShrink(context, sheet, half, perRowHidden);
  }
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
  const { values, formulas, valueTypes, text, numberFormat } = range;
  const cells = values.map((row, r) =>
    row.map((value: unknown, c) =>
      toGridCell({
        value,
        formula: formulas[r]?.[c],
        valueType: String(valueTypes[r]?.[c]),
        text: text[r]?.[c],
        numberFormat: numberFormat[r]?.[c],
      }),
    ),
  );
  const hiddenRows = rowRanges.flatMap((row, i) => (row.rowHidden ? [rect.startRow + i] : []));
  const bytes = JSON.stringify([values, formulas, valueTypes, text, numberFormat]).length;
  return { cells, hiddenRows, bytes };
}

/** 0-based index of row 1 048 576, the last row of a worksheet. */
const LAST_ROW = 1_048_575;

function tooLarge(name: string, rect: CellRect): PortResult<Grid> {
  const address = rangeAddress(rect);
  if (rect.endRow >= LAST_ROW) {
    return {
      ok: false,
      error: portError('payload-too-large', PORT_MESSAGES.usedRangeToLastRow(name, address)),
    };
  }
  return {
    ok: false,
    error: portError('payload-too-large', PORT_MESSAGES.usedRangeTooLarge(name, address)),
  };
}
