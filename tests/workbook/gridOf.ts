import { type Cell, EMPTY_CELL, type Grid, gridFromRows } from '../../src/workbook/Grid';

/** A cell literal for tests: number, text, null (empty), { f, v } (formula with cached value) or { e } (error). */
export type CellLiteral = string | number | null | { f: string; v?: number } | { e: string };

/** Builds a Grid from a 2-D array that reads like the sheet (row 0 = sheet row 1). */
export function gridOf(
  rows: readonly (readonly CellLiteral[])[],
  sheet = 'Blad1',
  hiddenRows?: number[],
): Grid {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const cells = rows.map((r) => Array.from({ length: width }, (_, c) => toCell(r[c] ?? null)));
  return gridFromRows(sheet, cells, hiddenRows ? { hiddenRows } : {});
}

function toCell(v: CellLiteral): Cell {
  if (v === null) return EMPTY_CELL;
  if (typeof v === 'number') return { value: { kind: 'number', value: v } };
  if (typeof v === 'string') return { value: { kind: 'text', value: v } };
  if ('e' in v) return { value: { kind: 'error', value: v.e } };
  return { value: v.v === undefined ? { kind: 'empty' } : { kind: 'number', value: v.v }, formula: v.f };
}

/** A Grid's cells as rows of Cells (what a test compares against), `rowCount` rows of `colCount` cells. */
export function cellsOf(grid: Grid): Cell[][] {
  return Array.from({ length: grid.rowCount }, (_, r) => grid.row(r));
}
