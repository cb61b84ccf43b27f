import { parseA1 } from '../../domain/checks/a1';
import { EMPTY_CELL, type Grid } from '../../workbook/Grid';

/**
 * The part of a sheet's grid inside an A1 range ("B3:E20" or one cell), so detection runs on what the user
 * selected. Undefined when the address is no range.
 * @example cropGrid(grid, 'A1:B2').cells.length //=> 2
 */
export function cropGrid(grid: Grid, address: string): Grid | undefined {
  const [from, to = from] = address.replace(/^.*!/, '').split(':');
  const a = parseA1(from ?? '');
  const b = parseA1(to ?? '');
  if (!a || !b) return undefined;
  const top = Math.min(a.row, b.row);
  const left = Math.min(a.col, b.col);
  const bottom = Math.max(a.row, b.row);
  const right = Math.max(a.col, b.col);
  const cells = [];
  for (let r = top; r <= bottom; r++) {
    const row = grid.cells[r - grid.origin.row];
    const out = [];
    for (let c = left; c <= right; c++) out.push(row?.[c - grid.origin.col] ?? EMPTY_CELL);
    cells.push(out);
  }
  return {
    sheet: grid.sheet,
    origin: { row: top, col: left },
    cells,
    ...(grid.hiddenRows ? { hiddenRows: grid.hiddenRows.filter((r) => r >= top && r <= bottom) } : {}),
    ...(grid.merged ? { merged: grid.merged } : {}),
  };
}
