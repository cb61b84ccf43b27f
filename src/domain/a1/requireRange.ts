import { type CellRect } from './CellRect';
import { parseRangeAddress } from './parseRangeAddress';

/**
 * The rectangle of a sheet-local A1 range ("B2", "$A$1:C3", "C:C", "2:4"); throws a RangeError on anything else,
 * because addresses here come from our own plans or from Excel, never from the user.
 */
export function requireRange(address: string): CellRect {
  const rect = parseRangeAddress(address);
  if (!rect) throw new RangeError(`Not an A1 range: ${address}`);
  return rect;
}
