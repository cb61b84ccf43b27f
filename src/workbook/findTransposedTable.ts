import { cellAddress } from '../domain/a1/cellAddress';
import { columnIndex } from '../domain/a1/columnIndex';
import { type TableCell, type TableModel, type TableRow } from '../domain/table/TableModel';
import { type UnitRegistry } from '../domain/units/UnitRegistry';
import { type Grid, GridBuilder } from './Grid';
import { scaleFromText } from './headerRole';
import { isNoteLabel } from './isNoteLabel';
import { isTotalLabel } from './isTotalLabel';

/** A row naming at least this many different units across its columns may head a transposed table. */
const MIN_NAMES = 3;
/** A sheet row becomes a column when turned: beyond Excel's last column there is nothing to turn. */
const MAX_ROWS = 16_384;

interface Box {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/**
 * Tables whose units run across the top (kommuner as columns, indicators or years down the side, as some SCB and
 * Kolada exports come): the sheet is turned a quarter so the units stand in a column, `findUpright` finds the
 * tables there, and each is turned back — cell addresses are the sheet's own, `transposed` is set, and formulas
 * are left out (they speak of the sheet, not of the turned view; the formula checks do not run on such a table).
 * Rows inside an upright table are not looked at, and a turned table overlapping one is dropped.
 * @example findTransposedTables(grid, registry, [], find)[0]?.transposed //=> true
 */
export function findTransposedTables(
  grid: Grid,
  registry: UnitRegistry,
  upright: readonly TableModel[],
  findUpright: (g: Grid) => TableModel[],
): TableModel[] {
  if (grid.rowCount === 0 || grid.origin.row + grid.rowCount > MAX_ROWS) return [];
  const taken = upright.map((t) => boxOf(t.range)).filter((b): b is Box => b !== undefined);
  const heads = nameRows(grid, registry, taken);
  if (heads.length === 0) return [];
  const sheetRows = new Set(heads.map((h) => grid.origin.row + h.row));
  return findUpright(turn(grid, heads))
    .flatMap((t) => {
      const unitCol = t.columns.find((c) => c.role === 'unit')?.col;
      return unitCol !== undefined && sheetRows.has(unitCol)
        ? [turnBack(t, titleAbove(grid, unitCol - grid.origin.row))]
        : [];
    })
    .filter((t) => {
      const b = boxOf(t.range);
      return b !== undefined && !taken.some((u) => overlaps(u, b));
    });
}

/** Rows (outside upright tables) that name at least three different units, with the column left of the names. */
function nameRows(
  grid: Grid,
  registry: UnitRegistry,
  taken: readonly Box[],
): { row: number; headerCol: number }[] {
  const named = new Map<string, boolean>();
  const isName = (v: string): boolean => {
    let hit = named.get(v);
    if (hit === undefined) {
      hit = /\p{L}/u.test(v) && registry.matches(v).length > 0;
      named.set(v, hit);
    }
    return hit;
  };
  const out: { row: number; headerCol: number }[] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    const sheetRow = grid.origin.row + r;
    const boxes = taken.filter((b) => b.top <= sheetRow && sheetRow <= b.bottom);
    const names = new Set<string>();
    let first = -1;
    for (let c = 0; c < grid.colCount; c++) {
      const text = grid.textAt(r, c);
      if (text === undefined) continue;
      const sheetCol = grid.origin.col + c;
      if (boxes.some((b) => b.left <= sheetCol && sheetCol <= b.right)) continue;
      if (!isName(text)) continue;
      names.add(text.trim());
      if (first < 0) first = c;
    }
    if (names.size < MIN_NAMES) continue;
    // The side labels stand left of the names, past any aggregate column printed first ("Riket").
    let headerCol = first - 1;
    while (headerCol >= 0 && isTotalLabel(grid.textAt(r, headerCol) ?? '')) headerCol--;
    out.push({ row: r, headerCol });
  }
  return out;
}

/** The nearest non-empty row above the names (three at most), when it reads like a title: one or two texts. */
function titleAbove(grid: Grid, namesRow: number): string | undefined {
  for (let r = namesRow - 1; r >= 0 && r >= namesRow - 3; r--) {
    const filled = Array.from({ length: grid.colCount }, (_, c) => c).filter((c) => !grid.isBlankAt(r, c));
    if (filled.length === 0) continue;
    const texts = filled.map((c) => grid.textAt(r, c)?.trim());
    return texts.length > 2 || texts.includes(undefined) ? undefined : texts.join(' ');
  }
  return undefined;
}

/**
 * The grid turned a quarter: sheet row r, column c becomes row c, column r. Years typed as numbers in the side
 * labels under a names row become text, so the turned header reads as a header and not as a row of numbers.
 */
function turn(grid: Grid, heads: readonly { row: number; headerCol: number }[]): Grid {
  const rows = grid.rowCount;
  const cols = grid.colCount;
  const yearsAsText = new Map<number, number>(); // grid column → first grid row below the names
  for (const h of heads) {
    if (h.headerCol >= 0 && !yearsAsText.has(h.headerCol)) yearsAsText.set(h.headerCol, h.row + 1);
  }
  // Only the rows from a names row down to the first blank or note row are the table; titles and notes stay out.
  const kept = new Set<number>();
  for (const h of heads) {
    for (let r = h.row; r < rows && !rowBlank(grid, r) && (r === h.row || !startsWithNote(grid, r)); r++)
      kept.add(r);
  }
  const turned = new GridBuilder(grid.sheet, { rows: cols, cols: rows });
  for (const r of kept) {
    for (let c = 0; c < cols; c++) {
      const start = yearsAsText.get(c);
      const n = grid.numberAt(r, c);
      if (start !== undefined && r >= start && n !== undefined && isYear(n)) turned.setText(c, r, String(n));
      else turned.set(c, r, grid.cell(r, c));
    }
  }
  const merged = (grid.merged ?? []).map(turnArea).filter((a): a is string => a !== undefined);
  return turned.build(
    { origin: { row: grid.origin.col, col: grid.origin.row }, ...(merged.length > 0 ? { merged } : {}) },
    { rows: cols, cols: rows },
  );
}

function rowBlank(grid: Grid, r: number): boolean {
  for (let c = 0; c < grid.colCount; c++) if (!grid.isBlankAt(r, c)) return false;
  return true;
}

function startsWithNote(grid: Grid, r: number): boolean {
  for (let c = 0; c < grid.colCount; c++) {
    if (grid.isBlankAt(r, c)) continue;
    const text = grid.textAt(r, c);
    return text !== undefined && isNoteLabel(text);
  }
  return false;
}

function isYear(n: number): boolean {
  return Number.isInteger(n) && n >= 1900 && n <= 2100;
}

/** A table found in the turned grid, with the sheet's own cell addresses and range. */
function turnBack(t: TableModel, title: string | undefined): TableModel {
  const row = (r: TableRow): TableRow => ({ ...r, cells: r.cells.map(cellBack) });
  const { title: _turnedTitle, ...rest } = t;
  return {
    ...rest,
    ...(title ? { title } : {}),
    range: t.range.split(':').map(swapAddress).join(':'),
    transposed: true,
    // The title above the names says the money unit ("Belopp (tkr)") where the turned view saw no title.
    columns: t.columns.map((c) => {
      const scale =
        (c.role === 'amount' || c.role === 'total') && !c.scale && title ? scaleFromText(title) : undefined;
      return { ...c, letter: String(c.col + 1), ...(scale ? { scale } : {}) };
    }),
    rows: t.rows.map(row),
    ...(t.totalRow ? { totalRow: row(t.totalRow) } : {}),
    ...(t.aggregateRows ? { aggregateRows: t.aggregateRows.map(row) } : {}),
  };
}

/** A cell without its formula (which speaks of the turned view); its address comes from `cellAddressIn`. */
function cellBack(cell: TableCell): TableCell {
  if (cell.formula === undefined) return cell;
  const { formula: _formula, ...rest } = cell;
  return rest;
}

/** "E2" in the turned grid is "B5" in the sheet. */
function swapAddress(a1: string): string {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(a1) ?? [];
  if (letters === undefined || digits === undefined) return a1;
  return cellAddress(columnIndex(letters), Number(digits) - 1);
}

function turnArea(a1: string): string | undefined {
  const parts = a1.replace(/\$/g, '').toUpperCase().split(':');
  if (parts.some((p) => !/^[A-Z]+\d+$/.test(p))) return undefined;
  return parts.map(swapAddress).join(':');
}

function boxOf(range: string): Box | undefined {
  const [, left, top, right, bottom] = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range) ?? [];
  if (left === undefined || top === undefined || right === undefined || bottom === undefined)
    return undefined;
  return {
    top: Number(top) - 1,
    bottom: Number(bottom) - 1,
    left: columnIndex(left),
    right: columnIndex(right),
  };
}

function overlaps(a: Box, b: Box): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
