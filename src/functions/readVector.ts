import { formulaError, type FormulaResult } from './FormulaError';
import { type FieldName } from './formulaMessages';

/** Which way a one-dimensional range runs; results spill the same way. */
export type Orientation = 'column' | 'row';

/** The cells of a one-column or one-row range, in order. */
export interface CellVector {
  readonly cells: readonly unknown[];
  readonly orientation: Orientation;
}

/**
 * Reads a range argument (Excel passes unknown[][]; a single value is a 1×1 range) as one column or one row.
 * @example readVector([[1], [2]], 'nyckel') //=> { cells: [1, 2], orientation: 'column' }
 */
export function readVector(arg: unknown, field: FieldName): FormulaResult<CellVector> {
  const matrix = asMatrix(arg);
  const height = matrix.length;
  const width = Math.max(0, ...matrix.map((r) => r.length));
  if (height === 0 || width === 0 || (height > 1 && width > 1))
    return formulaError('not-a-vector', { field });
  const [firstRow = []] = matrix;
  if (height === 1 && width > 1) return { cells: firstRow, orientation: 'row' };
  return { cells: matrix.map((r) => r[0]), orientation: 'column' };
}

/** A range argument as rows; a scalar (or a flat list from a caller outside Excel) becomes rows of one. */
export function asMatrix(arg: unknown): readonly (readonly unknown[])[] {
  if (!Array.isArray(arg)) return [[arg]];
  return (arg as unknown[]).map((row) => (Array.isArray(row) ? (row as unknown[]) : [row]));
}
