import { type CellRect } from '../../domain/a1/CellRect';
import { EMPTY_CELL, type Cell, type Grid } from '../../workbook/Grid';

/** Text runs on over empty cells to its right, as in Excel. */
export function spillsRight(grid: Grid | undefined, row: number, col: number): boolean {
  const cell = cellAt(grid, row, col);
  return cell.value.kind === 'text' && cellAt(grid, row, col + 1).value.kind === 'empty';
}

/** The cell at a sheet position (0-based), empty outside the grid's used range. */
export function cellAt(grid: Grid | undefined, row: number, col: number): Cell {
  if (!grid) return EMPTY_CELL;
  return grid.cell(row - grid.origin.row, col - grid.origin.col);
}

/** Whether the row lies in the selected range. */
export function inRows(range: CellRect | undefined, row: number): boolean {
  return !!range && row >= range.startRow && row <= range.endRow;
}

/** Whether the column lies in the selected range. */
export function inCols(range: CellRect | undefined, col: number): boolean {
  return !!range && col >= range.startCol && col <= range.endCol;
}
