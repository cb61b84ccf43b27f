import { type CellRect } from './CellRect';
import { parseRangeAddress } from './parseRangeAddress';
import { NotA1RangeError } from '../errors';

/**
 * The rectangle of a sheet-local A1 range ("B2", "$A$1:C3", "C:C", "2:4"); throws a RangeError on anything else,
 * because addresses here come from our own plans or from Excel, never from the user.
 *
 * @example
 * requireRange('B2:C3'); // { startRow: 1, startCol: 1, endRow: 2, endCol: 2 }
 * requireRange('Leksand'); // throws NotA1RangeError
 */
export function requireRange(address: string): CellRect {
  const rect = parseRangeAddress(address);
  if (!rect) throw new NotA1RangeError(address);
  return rect;
}
