import { cellAddress } from '../domain/a1/cellAddress';
import { columnLetter } from '../domain/a1/columnLetter';
import { type TableCell, type TableColumn, type TableModel, type TableRow } from '../domain/table/TableModel';
import { type Unit, type UnitLevel } from '../domain/units/Unit';
import { type UnitRegistry } from '../domain/units/UnitRegistry';
import { classifyColumns } from './classifyColumns';
import { type Grid } from './Grid';
import { isTotalLabel } from './isTotalLabel';
import { isNoteLabel } from './isNoteLabel';
import { suppressionMark } from './suppressionMark';
import { normalizeLabel } from '../domain/units/normalizeLabel';
import { isNumericCell, rescaledTableCell, tableCellAt } from './toTableCell';
import { findTransposedTables } from './findTransposedTable';

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
  const upright = findUprightTables(grid, registry);
  // Units across the top (kommuner as columns): found in the sheet turned a quarter, listed after the others.
  const turned = findTransposedTables(grid, registry, upright, (g) => findUprightTables(g, registry));
  return turned.length === 0 ? upright : [...upright, ...turned];
}

/** Tables with the units down a column. */
function findUprightTables(grid: Grid, registry: UnitRegistry): TableModel[] {
  const sheet = new SheetView(grid);
  const claimed: { top: number; bottom: number; left: number; right: number }[] = [];
  const tables: TableModel[] = [];
  for (const col of labelColumnsByStrength(sheet, registry)) {
    for (let r = 0; r < sheet.rows; r++) {
      if (!sheet.isUnitName(r, col, registry)) continue;
      if (claimed.some((b) => r >= b.top && r <= b.bottom && col >= b.left && col <= b.right)) continue;
      const table = buildTable(sheet, registry, r, col, (row) =>
        claimed.some((b) => row >= b.top && row <= b.bottom && col >= b.left && col <= b.right),
      );
      if (!table) continue;
      claimed.push(table.box);
      tables.push(table.model);
      r = table.box.bottom;
    }
  }
  return tables.sort((a, b) => a.headerRow - b.headerRow || firstCol(a) - firstCol(b));
}

/** Grid access in 0-based grid coordinates, with sheet coordinates for addresses; the grid's typed readers, no Cells. */
class SheetView {
  readonly rows: number;
  readonly cols: number;
  private readonly hidden: ReadonlySet<number>;
  private readonly names = new Map<string, readonly Unit[]>();
  constructor(readonly grid: Grid) {
    this.rows = grid.rowCount;
    this.cols = grid.colCount;
    this.hidden = new Set(grid.hiddenRows ?? []);
  }
  isHidden(r: number): boolean {
    return this.hidden.has(this.grid.origin.row + r);
  }
  text(r: number, c: number): string {
    const text = this.grid.textAt(r, c);
    if (text !== undefined) return text;
    const v = this.grid.valueAt(r, c);
    return v.kind === 'empty' ? '' : String(v.value);
  }
  isEmpty(r: number, c: number): boolean {
    return this.grid.isBlankAt(r, c);
  }
  isNumeric(r: number, c: number): boolean {
    const kind = this.grid.kindAt(r, c);
    if (kind === 'number' || kind === 'error') return true;
    // Number text ("1 206", "..") is rarer than numbers: only it pays for a Cell.
    return kind === 'text' && isNumericCell(this.grid.cell(r, c));
  }
  rowEmpty(r: number, left = 0, right = this.cols - 1): boolean {
    for (let c = left; c <= right; c++) if (!this.isEmpty(r, c)) return false;
    return true;
  }
  /** Units a text label names (memoised per label; codes alone do not count as names). */
  unitsNamed(r: number, c: number, registry: UnitRegistry): readonly Unit[] {
    const text = this.grid.textAt(r, c);
    if (text === undefined) return [];
    // The cache first: a name repeats down a long sheet, and only texts with a letter are kept in it.
    const hit = this.names.get(text);
    if (hit) return hit;
    if (!hasLetter(text)) return [];
    const found = registry.matches(text);
    this.names.set(text, found);
    return found;
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

/** Whether a text has a letter; number text ("1 206", "<15") is answered without a Unicode regex. */
function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Digits, spaces, punctuation and the thousands spaces are not letters; anything else is asked of \p{L}.
    if ((c < 0x20 || c > 0x40) && c !== 0xa0 && c !== 0x2009 && c !== 0x202f) return /\p{L}/u.test(text);
  }
  return false;
}

/**
 * Columns that name units, the one naming the most different units first: where a sheet has a län column and a
 * kommun column side by side, the unit is the one that varies per row (290 kommuner, not 21 län).
 */
function labelColumnsByStrength(sheet: SheetView, registry: UnitRegistry): number[] {
  // Row by row (the grid's own order, kinder to the memory cache than column by column on a long sheet).
  const names = Array.from({ length: sheet.cols }, () => ({ n: 0, distinct: new Set<string>() }));
  for (let r = 0; r < sheet.rows; r++) {
    names.forEach((column, c) => {
      if (!sheet.isUnitName(r, c, registry)) return;
      column.n++;
      if (column.distinct.size < 400) column.distinct.add(sheet.text(r, c));
    });
  }
  const counts = names.map(({ n, distinct }, c) => ({ c, n, d: distinct.size }));
  return counts
    .filter((x) => x.n >= MIN_SEED_UNITS)
    .sort((a, b) => b.d - a.d || b.n - a.n || a.c - b.c)
    .map((x) => x.c);
}

type RowKind = 'unit' | 'total' | 'blank' | 'unlabelled' | 'stop';

interface Built {
  readonly model: TableModel;
  readonly box: { top: number; bottom: number; left: number; right: number };
}

function buildTable(
  sheet: SheetView,
  registry: UnitRegistry,
  seed: number,
  col: number,
  isClaimed: (row: number) => boolean,
): Built | undefined {
  const kindOf = (r: number): RowKind => rowKind(sheet, registry, r, col);
  // Walk down from the seed: unit rows (known or not), at most one blank in a row, up to a total row.
  const unitRows: number[] = [];
  const unclassified: { row: number; reason: string }[] = [];
  let totalRow: number | undefined;
  const inner: number[] = [];
  let pendingUnlabelled: number[] = [];
  let blanks = 0;
  for (let r = seed; r < sheet.rows; r++) {
    const k = kindOf(r);
    // A total followed at once by more units is an aggregate inside the body (Sverige per week, Samtliga per
    // quarter block): long format, not the end of the table.
    if (k === 'total' && unitsFollowTotals(sheet, registry, r, col)) {
      inner.push(r);
      blanks = 0;
      continue;
    }
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
  const seeded = unitRows[0];
  if (seeded === undefined) return undefined;
  let first = seeded;
  let headerRow: number | undefined;
  blanks = 0;
  for (let r = seed - 1; r >= 0 && !isClaimed(r); r--) {
    const k = kindOf(r);
    if (k === 'blank') {
      if (++blanks > MAX_INNER_BLANKS) {
        headerRow = headerAcrossBlanks(sheet, r, kindOf, isClaimed);
        break;
      }
      continue;
    }
    blanks = 0;
    if (k === 'unit') {
      unitRows.unshift(r);
      first = r;
    } else if (k === 'total' && totalRow === undefined && inner.length === 0) totalRow = r;
    else if (k === 'total') inner.unshift(r);
    else if (k === 'unlabelled')
      unclassified.push({ row: r, reason: 'numbers without a label above the units' });
    else {
      headerRow = pickHeader(sheet, r);
      break;
    }
  }
  // With aggregates inside the body every total-labelled row is an aggregate of its group, none the table's total.
  if (inner.length > 0 && totalRow !== undefined) {
    inner.push(totalRow);
    inner.sort((a, b) => a - b);
    totalRow = undefined;
  }
  const lastBody = Math.max(unitRows.at(-1) ?? first, totalRow ?? -1, inner[inner.length - 1] ?? -1);
  // A reduce, not a spread: a sheet can hold more unclassified rows than a call has room for arguments.
  const topBody = unclassified.reduce(
    (m, u) => Math.min(m, u.row),
    Math.min(first, totalRow ?? first, inner[0] ?? first),
  );
  const [left, right] = columnSpan(sheet, registry, col, headerRow, topBody, lastBody);
  const firstBody = Math.min(first, totalRow ?? first, inner[0] ?? first);
  const subHeader =
    headerRow === undefined
      ? undefined
      : findSubHeader(sheet, registry, headerRow, col, left, right, firstBody);
  const kept = subHeader === undefined ? unclassified : unclassified.filter((u) => u.row !== subHeader);
  // Rows between the header and the body that hold anything are reported, never dropped.
  if (headerRow !== undefined) {
    for (let r = headerRow + 1; r < topBody; r++) {
      if (r !== subHeader && !sheet.rowEmpty(r, left, right) && !kept.some((u) => u.row === r)) {
        kept.push({ row: r, reason: 'between header and units' });
      }
    }
  }
  return assemble(sheet, registry, {
    col,
    left,
    right,
    headerRow,
    subHeader,
    unitRows,
    totalRow,
    aggregates: inner,
    unclassified: kept,
    lastBody,
  });
}

/** A run of total-labelled rows (Sverige for dos 1 and dos 2) followed at once by a unit: aggregates inside. */
function unitsFollowTotals(sheet: SheetView, registry: UnitRegistry, r: number, col: number): boolean {
  for (let next = r + 1; next < sheet.rows && next <= r + 8; next++) {
    if (sheet.isUnitName(next, col, registry)) return true;
    const label = sheet.text(next, col);
    if (label.trim() === '' || !isTotalLabel(label)) return false;
  }
  return false;
}

/** Blank columns the column search looks past (a Folkmängd column set apart by spacers). */
const MAX_COLUMN_GAP = 3;

/** Blank rows a header may stand above the units (exports that leave a gap after the column names). */
const MAX_HEADER_GAP = 3;

/**
 * The header above a gap of blank rows (from `r` upwards, at most three in all): a row of two or more filled
 * cells that is neither units, a total nor numbers; undefined when the gap is wider or nothing like it follows.
 */
function headerAcrossBlanks(
  sheet: SheetView,
  r: number,
  kindOf: (row: number) => RowKind,
  isClaimed: (row: number) => boolean,
): number | undefined {
  let gap = MAX_INNER_BLANKS + 1;
  for (let up = r - 1; up >= 0 && !isClaimed(up); up--) {
    const k = kindOf(up);
    if (k === 'blank') {
      if (++gap > MAX_HEADER_GAP) return undefined;
      continue;
    }
    if (k !== 'stop') return undefined;
    let filled = 0;
    for (let c = 0; c < sheet.cols; c++) if (!sheet.isEmpty(up, c)) filled++;
    return filled >= 2 ? up : undefined;
  }
  return undefined;
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
  // "Källa: SCB", "Anm.", "1) …" under the table: text about it, even with a year beside it.
  if (startsWithNote(sheet, r)) return 'stop';
  const label = sheet.text(r, col);
  const hasNumbers = sheet.mostlyNumbersBesides(r, col);
  if (label.trim() !== '' && isTotalLabel(label)) return hasNumbers ? 'total' : 'stop';
  if (label.trim() === '') return hasNumbers ? 'unlabelled' : 'stop';
  if (HEADER_LABEL.test(normalizeLabel(label))) return 'stop';
  // An unrecognised label with numbers beside it sits where units sit: a unit we cannot name (yet).
  return hasNumbers && !sheet.isNumeric(r, col) ? 'unit' : 'stop';
}

/** Whether the row's first filled cell is a note ("Källa: SCB", "Anm.", ".. = uppgift saknas"). */
function startsWithNote(sheet: SheetView, r: number): boolean {
  for (let c = 0; c < sheet.cols; c++) {
    if (sheet.isEmpty(r, c)) continue;
    const text = sheet.grid.textAt(r, c);
    return text !== undefined && isNoteLabel(text);
  }
  return false;
}

/**
 * The columns around the label column that hold anything in the header or body. The search looks past one blank
 * column when the column beyond has a header and values (a Folkmängd column set apart by a spacer), but not into
 * another table's label column.
 */
function columnSpan(
  sheet: SheetView,
  registry: UnitRegistry,
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
  const beyondGap = (c: number): boolean => {
    if (c < 0 || c >= sheet.cols || headerRow === undefined || sheet.isEmpty(headerRow, c)) return false;
    let values = 0;
    for (let r = top; r <= bottom; r++) {
      if (sheet.isUnitName(r, c, registry)) return false;
      if (sheet.isNumeric(r, c)) values++;
    }
    return values * 2 >= bottom - top + 1;
  };
  let left = col;
  while (left > 0 && used(left - 1)) left--;
  // Past up to three blank columns, and not onto a column that heads another table (a label column beside it).
  const across = (from: number): number | undefined => {
    for (let gap = 1; gap <= MAX_COLUMN_GAP && from + gap + 1 < sheet.cols; gap++) {
      const c = from + gap + 1;
      if (used(from + gap)) return undefined;
      if (!beyondGap(c)) continue;
      const nextNames = [c + 1, c + 2].some((n) => {
        for (let r = top; r <= bottom; r++)
          if (n < sheet.cols && sheet.isUnitName(r, n, registry)) return true;
        return false;
      });
      return nextNames ? undefined : c;
    }
    return undefined;
  };
  let right = col;
  for (;;) {
    if (right < sheet.cols - 1 && used(right + 1)) right++;
    else {
      const next = across(right);
      if (next === undefined) break;
      right = next;
    }
  }
  return [left, right];
}

/**
 * A second header row under the header (SCB: "Folkmängd 31 december" over 2020 | 2019, "Förändring" over "%"):
 * directly below it, above the body, empty in the label column, and holding only years/periods or short words.
 */
function findSubHeader(
  sheet: SheetView,
  registry: UnitRegistry,
  headerRow: number,
  col: number,
  left: number,
  right: number,
  topBody: number,
): number | undefined {
  const r = headerRow + 1;
  if (r >= topBody || !sheet.isEmpty(r, col)) return undefined;
  let filled = 0;
  for (let c = left; c <= right; c++) {
    if (sheet.isEmpty(r, c)) continue;
    // A label row holds labels: an error value (#REF!) or a TRUE/FALSE is data, never a heading.
    const kind = sheet.grid.kindAt(r, c);
    if (kind === 'error' || kind === 'boolean') return undefined;
    const t = sheet.text(r, c).trim();
    if (!/^(19|20)\d{2}([-/]\d{2})?$/u.test(t) && !(/^[^\d]{1,24}$/u.test(t) && t.length <= 24))
      return undefined;
    // A suppressed value ("x", "..") or a unit's name is data, not a column name.
    if (suppressionMark(t) !== undefined || sheet.isUnitName(r, c, registry)) return undefined;
    filled++;
  }
  return filled >= 2 ? r : undefined;
}

interface Layout {
  readonly col: number;
  readonly left: number;
  readonly right: number;
  readonly headerRow: number | undefined;
  readonly subHeader: number | undefined;
  readonly unitRows: readonly number[];
  readonly totalRow: number | undefined;
  /** Total-labelled rows inside the body (long format). */
  readonly aggregates: readonly number[];
  readonly unclassified: readonly { row: number; reason: string }[];
  readonly lastBody: number;
}

function assemble(sheet: SheetView, registry: UnitRegistry, l: Layout): Built {
  const level = chooseLevel(l.unitRows.map((r) => sheet.unitsNamed(r, l.col, registry)));
  const colIdx = Array.from({ length: l.right - l.left + 1 }, (_, i) => l.left + i);
  const origin = sheet.grid.origin;
  // Each row's cells built once, in an array of its final length (no address per cell: findings derive theirs).
  const cellsOf = (r: number, scales: readonly (number | undefined)[] = []): TableCell[] => {
    const cells = new Array<TableCell>(colIdx.length);
    for (let i = 0; i < colIdx.length; i++) {
      cells[i] = tableCellAt(sheet.grid, r, l.left + i, scales[i] ?? 1);
    }
    return cells;
  };
  // In a kommun table a row naming only a län ("Dalarnas län") is an aggregate of kommuner, not a unit.
  const otherLevel = l.unitRows.filter((r) => {
    const m = sheet.unitsNamed(r, l.col, registry);
    return level === 'kommun' && m.length > 0 && m.every((u) => u.level !== level);
  });
  const unitRows = otherLevel.length === 0 ? l.unitRows : l.unitRows.filter((r) => !otherLevel.includes(r));
  const named = unitRows.map((r) => sheet.unitsNamed(r, l.col, registry).find((u) => u.level === level));
  const headers = headerNames(sheet, l, colIdx);
  const unscaled = unitRows.map((r) => cellsOf(r));
  const title = l.headerRow === undefined ? undefined : findTitle(sheet, l.headerRow, l.left, l.right);
  const columns = classifyColumns({
    cols: colIdx.map((c) => origin.col + c),
    headers,
    labelCol: origin.col + l.col,
    ...(title === undefined ? {} : { title }),
    rows: unscaled,
    sheetRows: unitRows.map((r) => origin.row + r),
    units: named,
    registry,
  });
  // The unit rows' cells in their column's unit, so "1,9 mnkr" in a kronor column counts as 1 900 000: only number
  // text with a money unit changes, so only those cells are read again.
  const scales = columns.map((c) => c.scale);
  scales.forEach((scale, i) => {
    if (scale === undefined || scale === 1) return;
    unitRows.forEach((r, k) => {
      const cells = unscaled[k];
      const read = cells?.[i];
      if (cells && read) cells[i] = rescaledTableCell(read, scale);
    });
  });
  const rowOf = (r: number, unit?: Unit, cells?: TableCell[]): TableRow =>
    tableRow(origin.row + r, sheet.text(r, l.col), unit, cells ?? cellsOf(r, scales), sheet.isHidden(r));
  const codeAt = columns.findIndex((c) => c.role === 'code');
  const plainRows = unitRows.map((r, i) => {
    const byCode = codeAt >= 0 ? registry.byCode(sheet.text(r, l.left + codeAt)) : undefined;
    return rowOf(r, named[i] ?? (byCode?.level === level ? byCode : undefined), unscaled[i]);
  });
  const aggregateAt = [...l.aggregates, ...otherLevel].sort((a, b) => a - b);
  const long = longFormat(columns, plainRows, aggregateAt.length > 0 && l.aggregates.length > 0);
  const rows = long ? plainRows.map((r) => grouped(r, long)) : plainRows;
  const aggregateRows = aggregateAt.map((r) => {
    const row: TableRow = { ...rowOf(r), role: 'aggregate' };
    return long && l.aggregates.includes(r) ? grouped(row, long) : row;
  });
  const top =
    l.headerRow ?? Math.min(unitRows[0] ?? Infinity, l.totalRow ?? Infinity, aggregateAt[0] ?? Infinity);
  const subtotalColumn = long?.subtotalKey === undefined ? undefined : columns[long.subtotalKey]?.col;
  const model: TableModel = {
    sheet: sheet.grid.sheet,
    range: `${cellAddress(origin.row + top, origin.col + l.left)}:${cellAddress(origin.row + l.lastBody, origin.col + l.right)}`,
    headerRow: origin.row + (l.headerRow ?? top - 1),
    ...(title ? { title } : {}),
    level,
    columns,
    rows,
    ...(l.totalRow !== undefined ? { totalRow: rowOf(l.totalRow) } : {}),
    ...(aggregateRows.length > 0 ? { aggregateRows } : {}),
    ...(long ? { keyColumns: long.keys.flatMap((i) => columns[i]?.col ?? []) } : {}),
    ...(subtotalColumn !== undefined ? { subtotalColumn } : {}),
    unclassified: l.unclassified
      .map((u) => ({ row: origin.row + u.row, reason: u.reason }))
      .sort((a, b) => a.row - b.row),
  };
  return { model, box: { top, bottom: l.lastBody, left: l.left, right: l.right } };
}

/** A row built field by field, in one shape per case: no spread of a temporary object per row of a long table. */
function tableRow(
  row: number,
  label: string,
  unit: Unit | undefined,
  cells: TableCell[],
  hidden: boolean,
): TableRow {
  if (unit) return hidden ? { row, label, unit, cells, hidden } : { row, label, unit, cells };
  return hidden ? { row, label, cells, hidden } : { row, label, cells };
}

/**
 * Column names from a header of one to three rows: a group header above (merged "Andel (%) som slutfört med
 * examen" over three columns) and a sub-header below (2020 | 2019 under "Folkmängd 31 december") combine into
 * "Andel (%) som slutfört med examen – Inom 3 år"; names left empty under a spread group take the group's name.
 * Names that are still equal get the column letter, so every header is unique.
 */
function headerNames(sheet: SheetView, l: Layout, colIdx: readonly number[]): string[] {
  if (l.headerRow === undefined) return colIdx.map(() => '');
  const h = l.headerRow;
  const own = colIdx.map((c) => sheet.text(h, c).trim());
  const groups = groupHeader(sheet, h, l.col, colIdx);
  let names = own.map((name, i) => [groups[i], name].filter((x) => x).join(' – '));
  const subHeader = l.subHeader;
  if (subHeader !== undefined) {
    const sub = colIdx.map((c) => sheet.text(subHeader, c).trim());
    let spread = '';
    names = names.map((name, i) => {
      if (own[i]) spread = name;
      const base = own[i] || (sub[i] ? spread : '');
      return sub[i] ? [base, sub[i]].filter((x) => x).join(' – ') : name;
    });
  }
  const counts = new Map<string, number>();
  for (const n of names)
    if (n) counts.set(n.toLocaleLowerCase('sv-SE'), (counts.get(n.toLocaleLowerCase('sv-SE')) ?? 0) + 1);
  return names.map((n, i) =>
    n && (counts.get(n.toLocaleLowerCase('sv-SE')) ?? 0) > 1
      ? `${n} (${columnLetter(sheet.grid.origin.col + (colIdx[i] ?? 0))})`
      : n,
  );
}

/**
 * The group header over each column: the rows directly above the header (no blank between) that hold cells over
 * the value columns only, read through merged areas ("G7:I7" names G, H and I); rows joined by a space.
 */
function groupHeader(
  sheet: SheetView,
  headerRow: number,
  labelCol: number,
  colIdx: readonly number[],
): string[] {
  const parts: string[][] = colIdx.map(() => []);
  const merged = (sheet.grid.merged ?? []).map(parseArea).filter((a) => a !== undefined);
  for (let r = headerRow - 1; r >= 0 && r >= headerRow - 2; r--) {
    if (sheet.rowEmpty(r) || !sheet.isEmpty(r, labelCol)) break;
    const texts = colIdx.map((c) => {
      const at = merged.find((m) => m.top <= r && r <= m.bottom && m.left <= c && c <= m.right);
      return (at ? sheet.text(at.top, at.left) : sheet.text(r, c)).trim();
    });
    const direct = colIdx.filter((c) => !sheet.isEmpty(r, c)).length;
    const inMerge = merged.some((m) => m.top <= r && r <= m.bottom && m.right > m.left);
    if (direct === 0 || (!inMerge && direct < 2)) break;
    texts.forEach((t, i) => t && parts[i]?.unshift(t));
  }
  return parts.map((p) => p.join(' '));
}

/** A merged area "G7:I8" as 0-based grid rows and columns. */
function parseArea(a1: string): { top: number; bottom: number; left: number; right: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/u.exec(a1.toUpperCase());
  if (!m) return undefined;
  const col = (s: string): number => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return {
    top: Number(m[2]) - 1,
    left: col(m[1] ?? ''),
    bottom: Number(m[4] ?? m[2]) - 1,
    right: col(m[3] ?? m[1] ?? ''),
  };
}

/** How a long-format table's rows are told apart: key column indexes, and the one holding subtotal labels. */
interface LongFormat {
  readonly keys: readonly number[];
  readonly subtotalKey?: number;
}

/**
 * Long format: units repeat and other columns (period, kön, ålder, huvudman, a record's own name) tell the
 * repeats apart, or aggregates sit inside the body. A plain table with one unit twice is not long format: nothing
 * but the unit tells those rows apart, and that is a duplicate.
 */
function longFormat(
  columns: readonly TableColumn[],
  rows: readonly TableRow[],
  inner: boolean,
): LongFormat | undefined {
  // Each row's unit id and each candidate column's values are read once: a long sheet asks about them repeatedly.
  const ids = rows.map((r) => r.unit?.code ?? r.label.trim());
  const seen = new Set<string>();
  let repeats = 0;
  for (const id of ids) {
    if (seen.has(id)) repeats++;
    else seen.add(id);
  }
  if (repeats === 0 && !inner) return undefined;
  const candidates = columns
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => ['period', 'key', 'text', 'other', 'code'].includes(c.role));
  const valueCache = new Map<number, string[]>();
  const values = (i: number): string[] => {
    const hit = valueCache.get(i);
    if (hit) return hit;
    const read = rows.map((r) => r.cells[i]?.text?.trim() ?? String(r.cells[i]?.number ?? ''));
    valueCache.set(i, read);
    return read;
  };
  // A key varies within a unit (Län_namn and the kommun code do not).
  const varies = candidates.filter(({ i }) => {
    const first = new Map<string, string>();
    const column = values(i);
    return ids.some((id, r) => {
      const v = column[r] ?? '';
      const was = first.get(id);
      if (was === undefined) first.set(id, v);
      return was !== undefined && was !== v;
    });
  });
  const distinguishing = new Set<string>();
  const variesValues = varies.map(({ i }) => values(i));
  let stillRepeated = 0;
  ids.forEach((unitId, r) => {
    const id = [unitId, ...variesValues.map((column) => column[r] ?? '')].join('\u0001');
    if (distinguishing.has(id)) stillRepeated++;
    else distinguishing.add(id);
  });
  if (!inner && stillRepeated * 10 > repeats) return undefined;
  // Group keys: periods and categories with few values, not a record's own name.
  const keys = varies
    .filter(({ c, i }) => {
      if (c.role === 'period' || c.role === 'key') return true;
      if (c.role === 'code') return false;
      return new Set(values(i)).size <= 60;
    })
    .map(({ i }) => i);
  const subtotalKey = keys.find((i) => {
    const labels = new Set(values(i).filter((v) => isTotalLabel(v)));
    return labels.size === 1;
  });
  return { keys, ...(subtotalKey !== undefined ? { subtotalKey } : {}) };
}

function grouped(row: TableRow, long: LongFormat): TableRow {
  const value = (i: number): string => row.cells[i]?.text?.trim() ?? String(row.cells[i]?.number ?? '');
  const group = long.keys.map(value).join(' | ');
  const subtotal = long.subtotalKey !== undefined && isTotalLabel(value(long.subtotalKey));
  return { ...row, group, ...(subtotal && !row.role ? { role: 'subtotal' as const } : {}) };
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

/** Blank rows between a title block and the header (SCB leaves two to four). */
const TITLE_GAP = 5;

/** The nearest non-empty row above the header, when it reads like a title (text in one or two cells). */
function findTitle(sheet: SheetView, headerRow: number, left: number, right: number): string | undefined {
  for (let r = headerRow - 1; r >= 0 && r >= headerRow - 1 - TITLE_GAP; r--) {
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
