import { columnLetter } from './columnLetter';
import { NotNaturalNumberError } from '../errors';

/**
 * The A1 address of a 0-based row and column; throws a RangeError for a negative or fractional row.
 * @example cellAddress(6, 3) //=> 'D7'
 */
export function cellAddress(row: number, col: number): string {
  if (!Number.isInteger(row) || row < 0) throw new NotNaturalNumberError('row', row);
  return `${columnLetter(col)}${row + 1}`;
}
