/**
 * Payload sizing. Excel on the web refuses requests or responses over 5 MB; we aim at a fifth of that so that
 * estimates can be off by a factor of five before a chunk fails (and a failing read chunk is retried smaller).
 */
export const DEFAULT_BUDGET_BYTES = 1_000_000;

/** Five properties per cell (values, formulas, valueTypes, text, numberFormat) with JSON overhead: a guess for
 * the first chunk, replaced by the measured size after it. */
export const INITIAL_READ_BYTES_PER_CELL = 160;

/** Larger used ranges are refused with a clear message instead of read (a stray value in row 1 048 576). */
export const DEFAULT_MAX_READ_CELLS = 2_000_000;

/** Rows per chunk so that one chunk's estimated bytes stay within the budget (at least one row). */
export function rowsPerChunk(budgetBytes: number, columns: number, bytesPerCell: number): number {
  return Math.max(1, Math.floor(budgetBytes / (Math.max(1, columns) * Math.max(1, bytesPerCell))));
}
