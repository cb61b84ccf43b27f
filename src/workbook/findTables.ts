import { cellAddress } from '../domain/a1/cellAddress';
import { type TableCell, type TableModel, type TableRow } from '../domain/table/TableModel';
import { type Unit, type UnitLevel } from '../domain/units/Unit';
import { type UnitRegistry } from '../domain/units/UnitRegistry';
import { classifyColumns } from './classifyColumns';
import { type Cell, type Grid } from './Grid';
import { isTotalLabel } from './isTotalLabel';
import { normalizeLabel } from '../domain/units/normalizeLabel';
import { toTableCell } from './toTableCell';

/** Labels of a header row's label column (a header with year columns looks numeric otherwise). */
const HEADER_LABEL =
  /^(kommun|kommuner|kommunnamn|kommunkod|region|regioner|regionnamn|län|länsnamn|namn|område|kommun\/region|enhet|mottagare|kod)$/u;
/** Blank rows tolerated inside a table (e.g. before the total row). */
const MAX_INNER_BLANKS = 1;
/** A label column needs this many recognised units to seed a table. */
const MIN_SEED_UNITS = 2;

/**
 * Finds the kommun/region tables on a sheet: header, unit rows (by the registry), total row (labelled or blank
 * label with numbers), column roles and which columns a total column sums. Every non-empty row inside a table
 * ends up as a unit, the header, the total, or in `unclassified`.
 * @example findTables(grid, defaultUnitRegistry()).map((t) => t.range) //=> ['A3:C19']
 */
export function findTables(grid: Grid, registry: UnitRegistry): TableModel[] {
  const sheet = new SheetView(grid);
  const claimed: { top: number; bottom: number; left: number; right: number }[] = [];
  const tables: TableModel[] = [];
  for (const col of labelColumnsByStrength(sheet, registry)) {
    for (let r = 0; r < sheet.rows; r++) {
      if (!sheet.isUnitName(r, col, registry)) continue;
      if (claimed.some((b) => r >= b.top && r <= b.bottom && col >= b.left && col <= b.right)) continue;
      const table = buildTable(sheet, registry, r, col);
      if (!table) continue;
      claimed.push(table.box);
      tables.push(table.model);
      r = table.box.bottom;
    }
  }
  return tables.sort((a, b) => a.headerRow - b.headerRow || firstCol(a) - firstCol(b));
}

/** Grid access in 0-based grid coordinates, with sheet coordinates for addresses. */
class SheetView {
  readonly rows: number;
  readonly cols: number;
  private readonly hidden: ReadonlySet<number>;
  private readonly names = new Map<string, readonly Unit[]>();
  constructor(readonly grid: Grid) {
    this.rows = grid.cells.length;
    this.cols = grid.cells[0]?.length ?? 0;
    this.hidden = new Set(grid.hiddenRows ?? []);
  }
  cell(r: number, c: number): Cell | undefined {
    return this.grid.cells[r]?.[c];
  }
  address(r: number, c: number): string {
    return cellAddress(this.grid.origin.row + r, this.grid.origin.col + c);
  }
  isHidden(r: number): boolean {
    return this.hidden.has(this.grid.origin.row + r);
  }
  text(r: number, c: number): string {
    const v = this.cell(r, c)?.value;
    if (!v || v.kind === 'empty') return '';
    return v.kind === 'text' ? v.value : String(v.value);
  }
  isEmpty(r: number, c: number): boolean {
    const cell = this.cell(r, c);
    if (!cell) return true;
    return cell.value.kind === 'empty' || (cell.value.kind === 'text' && cell.value.value.trim() === '');
  }
  isNumeric(r: number, c: number): boolean {
    const cell = this.cell(r, c);
    if (!cell) return false;
    const t = toTableCell(cell, '');
    return t.number !== undefined || t.error !== undefined;
  }
  rowEmpty(r: number, left = 0, right = this.cols - 1): boolean {
    for (let c = left; c <= right; c++) if (!this.isEmpty(r, c)) return false;
    return true;
  }
  /** Units a text label names (memoised per label; codes alone do not count as names). */
  unitsNamed(r: number, c: number, registry: UnitRegistry): readonly Unit[] {
    const v = this.cell(r, c)?.value;
    if (!v || v.kind !== 'text' || !/\p{L}/u.test(v.value)) return [];
    let hit = this.names.get(v.value);
    if (!hit) {
      hit = registry.matches(v.value);
      this.names.set(v.value, hit);
    }
    return hit;
  }
  isUnitName(r: number, c: number, registry: UnitRegistry): boolean {
    return this.unitsNamed(r, c, registry).length > 0;
  }
  /** At least one number beside the label, and numbers make up at least half of the other filled cells. */
  mostlyNumbersBesides(r: number, col: number): boolean {
    let numbers = 0;
    let filled = 0;
    for (let c = 0; c < this.cols; c++) {
      if (c === col || this.isEmpty(r, c)) continue;
      filled++;
      if (this.isNumeric(r, c)) numbers++;
    }
    return numbers > 0 && numbers * 2 >= filled;
  }
}

function labelColumnsByStrength(sheet: SheetView, registry: UnitRegistry): number[] {
  const counts = Array.from({ length: sheet.cols }, (_, c) => {
    let n = 0;
    for (let r = 0; r < sheet.rows; r++) if (sheet.isUnitName(r, c, registry)) n++;
    return { c, n };
  });
  return counts
    .filter((x) => x.n >= MIN_SEED_UNITS)
    .sort((a, b) => b.n - a.n || a.c - b.c)
    .map((x) => x.c);
}

type RowKind = 'unit' | 'total' | 'blank' | 'unlabelled' | 'stop';

interface Built {
  readonly model: TableModel;
  readonly box: { top: number; bottom: number; left: number; right: number };
}

function buildTable(sheet: SheetView, registry: UnitRegistry, seed: number, col: number): Built | undefined {
  const kindOf = (r: number): RowKind => rowKind(sheet, registry, r, col);
  // Walk down from the seed: unit rows (known or not), at most one blank in a row, up to a total row.
  const unitRows: number[] = [];
  const unclassified: { row: number; reason: string }[] = [];
  let totalRow: number | undefined;
  let pendingUnlabelled: number[] = [];
  let blanks = 0;
  for (let r = seed; r < sheet.rows; r++) {
    const k = kindOf(r);
    if (k === 'blank') {
      if (++blanks > MAX_INNER_BLANKS) break;
      continue;
    }
    if (k === 'unit') {
      // After a blank row only a recognised unit continues the table: an export below it is not more units.
      if (blanks > 0 && !sheet.isUnitName(r, col, registry)) break;
      for (const u of pendingUnlabelled)
        unclassified.push({ row: u, reason: 'numbers without a label among unit rows' });
      pendingUnlabelled = [];
      unitRows.push(r);
      blanks = 0;
      continue;
    }
    if (k === 'unlabelled') {
      pendingUnlabelled.push(r);
      blanks = 0;
      continue;
    }
    if (k === 'total') totalRow = r;
    break;
  }
  // A trailing row of numbers without a label is the total row (Jönköping's has an empty label).
  if (totalRow === undefined && pendingUnlabelled.length > 0) totalRow = pendingUnlabelled.pop();
  for (const u of pendingUnlabelled) unclassified.push({ row: u, reason: 'numbers without a label' });
  if (unitRows.filter((r) => sheet.isUnitName(r, col, registry)).length < MIN_SEED_UNITS) return undefined;

  // Walk up: unknown unit rows, a total row printed first ("Riket"), then the header.
  let first = unitRows[0]!;
  let headerRow: number | undefined;
  blanks = 0;
  for (let r = seed - 1; r >= 0; r--) {
    const k = kindOf(r);
    if (k === 'blank') {
      if (++blanks > MAX_INNER_BLANKS) break;
      continue;
    }
    blanks = 0;
    if (k === 'unit') {
      unitRows.unshift(r);
      first = r;
    } else if (k === 'total' && totalRow === undefined) totalRow = r;
    else if (k === 'unlabelled')
      unclassified.push({ row: r, reason: 'numbers without a label above the units' });
    else {
      headerRow = pickHeader(sheet, r);
      break;
    }
  }
  const lastBody = Math.max(unitRows[unitRows.length - 1]!, totalRow ?? -1);
  // A reduce, not a spread: a sheet can hold more unclassified rows than a call has room for arguments.
  const topBody = unclassified.reduce((m, u) => Math.min(m, u.row), Math.min(first, totalRow ?? first));
  const [left, right] = columnSpan(sheet, col, headerRow, topBody, lastBody);
  // Rows between the header and the body that hold anything are reported, never dropped.
  if (headerRow !== undefined) {
    for (let r = headerRow + 1; r < topBody; r++) {
      if (!sheet.rowEmpty(r, left, right)) unclassified.push({ row: r, reason: 'between header and units' });
    }
  }
  return assemble(sheet, registry, {
    col,
    left,
    right,
    headerRow,
    unitRows,
    totalRow,
    unclassified,
    lastBody,
  });
}

/** The header: the first row from `from` upwards (3 at most) with two or more filled cells, else `from` itself. */
function pickHeader(sheet: SheetView, from: number): number {
  for (let r = from; r >= 0 && r > from - 3; r--) {
    let filled = 0;
    for (let c = 0; c < sheet.cols; c++) if (!sheet.isEmpty(r, c)) filled++;
    if (filled >= 2) return r;
  }
  return from;
}

function rowKind(sheet: SheetView, registry: UnitRegistry, r: number, col: number): RowKind {
  if (sheet.rowEmpty(r)) return 'blank';
  if (sheet.isUnitName(r, col, registry)) return 'unit';
  const label = sheet.text(r, col);
  const hasNumbers = sheet.mostlyNumbersBesides(r, col);
  if (label.trim() !== '' && isTotalLabel(label)) return hasNumbers ? 'total' : 'stop';
  if (label.trim() === '') return hasNumbers ? 'unlabelled' : 'stop';
  if (HEADER_LABEL.test(normalizeLabel(label))) return 'stop';
  // An unrecognised label with numbers beside it sits where units sit: a unit we cannot name (yet).
  return hasNumbers && !sheet.isNumeric(r, col) ? 'unit' : 'stop';
}

/** The contiguous columns around the label column that hold anything in the header or body. */
function columnSpan(
  sheet: SheetView,
  col: number,
  headerRow: number | undefined,
  top: number,
  bottom: number,
): [number, number] {
  const used = (c: number): boolean => {
    if (headerRow !== undefined && !sheet.isEmpty(headerRow, c)) return true;
    for (let r = top; r <= bottom; r++) if (!sheet.isEmpty(r, c)) return true;
    return false;
  };
  let left = col;
  while (left > 0 && used(left - 1)) left--;
  let right = col;
  while (right < sheet.cols - 1 && used(right + 1)) right++;
  return [left, right];
}

interface Layout {
  readonly col: number;
  readonly left: number;
  readonly right: number;
  readonly headerRow: number | undefined;
  readonly unitRows: readonly number[];
  readonly totalRow: number | undefined;
  readonly unclassified: readonly { row: number; reason: string }[];
  readonly lastBody: number;
}

function assemble(sheet: SheetView, registry: UnitRegistry, l: Layout): Built {
  const level = chooseLevel(l.unitRows.map((r) => sheet.unitsNamed(r, l.col, registry)));
  const colIdx = Array.from({ length: l.right - l.left + 1 }, (_, i) => l.left + i);
  const origin = sheet.grid.origin;
  const cellsOf = (r: number, scales: readonly (number | undefined)[] = []): TableCell[] =>
    colIdx.map((c, i) =>
      toTableCell(sheet.cell(r, c) ?? { value: { kind: 'empty' } }, sheet.address(r, c), scales[i] ?? 1),
    );
  const named = l.unitRows.map((r) => sheet.unitsNamed(r, l.col, registry).find((u) => u.level === level));
  const headers = colIdx.map((c) => (l.headerRow === undefined ? '' : sheet.text(l.headerRow, c).trim()));
  const title = l.headerRow === undefined ? undefined : findTitle(sheet, l.headerRow, l.left, l.right);
  const columns = classifyColumns({
    cols: colIdx.map((c) => origin.col + c),
    headers,
    labelCol: origin.col + l.col,
    title,
    rows: l.unitRows.map((r) => cellsOf(r)),
    units: named,
    registry,
  });
  // Cells read once more in their column's unit, so "1,9 mnkr" in a kronor column counts as 1 900 000.
  const scales = columns.map((c) => c.scale);
  const rowOf = (r: number, unit?: Unit): TableRow => ({
    row: origin.row + r,
    label: sheet.text(r, l.col),
    ...(unit ? { unit } : {}),
    cells: cellsOf(r, scales),
    ...(sheet.isHidden(r) ? { hidden: true } : {}),
  });
  const codeAt = columns.findIndex((c) => c.role === 'code');
  const rows = l.unitRows.map((r, i) => {
    const byCode = codeAt >= 0 ? registry.byCode(sheet.text(r, l.left + codeAt)) : undefined;
    return rowOf(r, named[i] ?? (byCode?.level === level ? byCode : undefined));
  });
  const top = l.headerRow ?? Math.min(l.unitRows[0]!, l.totalRow ?? Infinity);
  const model: TableModel = {
    sheet: sheet.grid.sheet,
    range: `${cellAddress(origin.row + top, origin.col + l.left)}:${cellAddress(origin.row + l.lastBody, origin.col + l.right)}`,
    headerRow: origin.row + (l.headerRow ?? top - 1),
    ...(title ? { title } : {}),
    level,
    columns,
    rows,
    ...(l.totalRow !== undefined ? { totalRow: rowOf(l.totalRow) } : {}),
    unclassified: l.unclassified
      .map((u) => ({ row: origin.row + u.row, reason: u.reason }))
      .sort((a, b) => a.row - b.row),
  };
  return { model, box: { top, bottom: l.lastBody, left: l.left, right: l.right } };
}

/** The level most labels name; on a tie the one fewer labels are ambiguous about. */
function chooseLevel(matches: readonly (readonly Unit[])[]): UnitLevel {
  const count = (lv: UnitLevel, only: boolean): number =>
    matches.filter((m) => m.some((u) => u.level === lv) && (!only || m.length === 1)).length;
  const k = count('kommun', false);
  const r = count('region', false);
  if (k !== r) return k > r ? 'kommun' : 'region';
  return count('region', true) > count('kommun', true) ? 'region' : 'kommun';
}

/** The nearest non-empty row above the header, when it reads like a title (text in one or two cells). */
function findTitle(sheet: SheetView, headerRow: number, left: number, right: number): string | undefined {
  for (let r = headerRow - 1; r >= 0 && r >= headerRow - 3; r--) {
    if (sheet.rowEmpty(r)) continue;
    const texts: string[] = [];
    for (let c = 0; c < sheet.cols; c++) if (!sheet.isEmpty(r, c)) texts.push(sheet.text(r, c).trim());
    const inSpan = [...Array(right - left + 1).keys()].some((i) => !sheet.isEmpty(r, left + i));
    return texts.length <= 2 && inSpan ? texts.join(' ') : undefined;
  }
  return undefined;
}

function firstCol(t: TableModel): number {
  return t.columns[0]?.col ?? 0;
}
