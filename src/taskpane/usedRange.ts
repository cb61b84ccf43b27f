import { columnLetter } from '../domain/a1/columnLetter';
import { type Grid } from '../workbook/Grid';

/** Rows and columns of a grid's used range; 0 × 0 for an empty sheet. */
export function gridSize(grid: Grid): { readonly rows: number; readonly cols: number } {
  return { rows: grid.rowCount, cols: grid.colCount };
}

/** The used range in A1 notation, e.g. "A1:C21"; null for an empty sheet. */
export function usedRange(grid: Grid): string | null {
  const { rows, cols } = gridSize(grid);
  if (rows === 0 || cols === 0) return null;
  const start = columnLetter(grid.origin.col) + (grid.origin.row + 1);
  const end = columnLetter(grid.origin.col + cols - 1) + (grid.origin.row + rows);
  return start === end ? start : `${start}:${end}`;
}
