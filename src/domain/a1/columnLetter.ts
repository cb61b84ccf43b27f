import { LAST_COL } from './sheetLimits';
import { ColumnOutOfRangeError } from '../errors';

/**
 * Column letters of a 0-based column; throws a RangeError outside the sheet (a programming error).
 * @example columnLetter(27) //=> 'AB'
 */
export function columnLetter(col: number): string {
  if (!Number.isInteger(col) || col < 0 || col > LAST_COL) throw new ColumnOutOfRangeError(col);
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
