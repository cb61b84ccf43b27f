import { cellAddress } from './cellAddress';
import { type CellRect } from './CellRect';

/**
 * "A1:C3" for a rectangle; a single cell collapses to "A1".
 * @example rangeAddress({ startRow: 4, startCol: 0, endRow: 9, endCol: 2 }) //=> 'A5:C10'
 */
export function rangeAddress(rect: CellRect): string {
  const start = cellAddress(rect.startRow, rect.startCol);
  const end = cellAddress(rect.endRow, rect.endCol);
  return start === end ? start : `${start}:${end}`;
}
