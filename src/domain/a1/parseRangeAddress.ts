import { type CellRect } from './CellRect';
import { columnIndex } from './columnIndex';
import { LAST_COL, LAST_ROW } from './sheetLimits';

/**
 * Parses a sheet-local A1 range ("B2", "$A$1:C3", "D7:B3", "C:C", "2:4") into a normalised rectangle; undefined
 * for anything else (a sheet-qualified address, a name, a range past the sheet's edge).
 * @example parseRangeAddress('D7:B3') //=> { startRow: 2, startCol: 1, endRow: 6, endCol: 3 }
 * @example parseRangeAddress('C:C') //=> { startRow: 0, startCol: 2, endRow: 1048575, endCol: 2 }
 */
export function parseRangeAddress(address: string): CellRect | undefined {
  const parts = address.trim().split(':');
  if (parts.length > 2) return undefined;
  const [first = '', second = first] = parts;
  const [, letterA, rowTextA] = CELL.exec(first) ?? [];
  const [, letterB, rowTextB] = CELL.exec(second) ?? [];
  if (letterA !== undefined && rowTextA !== undefined && letterB !== undefined && rowTextB !== undefined) {
    return normalize(Number(rowTextA) - 1, columnIndex(letterA), Number(rowTextB) - 1, columnIndex(letterB));
  }
  if (parts.length === 1) return undefined;
  const colA = COLUMN.exec(first)?.[1];
  const colB = COLUMN.exec(second)?.[1];
  if (colA !== undefined && colB !== undefined)
    return normalize(0, columnIndex(colA), LAST_ROW, columnIndex(colB));
  const rowA = ROW.exec(first);
  const rowB = ROW.exec(second);
  if (rowA && rowB) return normalize(Number(rowA[1]) - 1, 0, Number(rowB[1]) - 1, LAST_COL);
  return undefined;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function normalize(r1: number, c1: number, r2: number, c2: number): CellRect | undefined {
  const rect = {
    startRow: Math.min(r1, r2),
    startCol: Math.min(c1, c2),
    endRow: Math.max(r1, r2),
    endCol: Math.max(c1, c2),
  };
  const inside =
    rect.startRow >= 0 && rect.endRow <= LAST_ROW && rect.startCol >= 0 && rect.endCol <= LAST_COL;
  return inside ? rect : undefined;
}
