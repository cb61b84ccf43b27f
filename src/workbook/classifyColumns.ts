import { columnLetter } from '../domain/a1/columnLetter';
import { type TableCell, type TableColumn } from '../domain/table/TableModel';
import { type Unit } from '../domain/units/Unit';
import { type UnitRegistry } from '../domain/units/UnitRegistry';
import { findSumOf, type SumColumn } from './findSumOf';
import { headerHint, scaleFromText } from './headerRole';

/** What column classification needs to know about a table. */
export interface ColumnInput {
  /** Sheet columns, left to right. */
  readonly cols: readonly number[];
  readonly headers: readonly string[];
  readonly labelCol: number;
  readonly title?: string;
  /** Unit rows' cells, parallel to `cols`. */
  readonly rows: readonly (readonly TableCell[])[];
  /** The resolved unit per row, when known. */
  readonly units: readonly (Unit | undefined)[];
  readonly registry: UnitRegistry;
}

/**
 * Gives each column its role: the unit label, the official code, indicators (population, counts), shares,
 * amounts, and totals with the columns they sum (decided by labels and by the combination that holds on most rows).
 * @example classifyColumns(input).map((c) => c.role) //=> ['unit', 'indicator', 'amount', 'amount', 'total']
 */
export function classifyColumns(input: ColumnInput): TableColumn[] {
  const titleScale = input.title ? scaleFromText(input.title) : undefined;
  const base = input.cols.map((col, i): TableColumn => {
    const header = input.headers[i] ?? '';
    const letter = columnLetter(col);
    if (col === input.labelCol) return { col, letter, header, role: 'unit' };
    const cells = input.rows.map((r) => r[i]!);
    if (isCodeColumn(cells, input.units, input.registry)) return { col, letter, header, role: 'code' };
    const numeric = cells.filter((c) => c.number !== undefined || c.error !== undefined).length;
    if (numeric === 0 || numeric * 2 < cells.filter((c) => !c.empty).length) {
      return { col, letter, header, role: 'other' };
    }
    const hint = headerHint(header);
    const role = hint === 'total' ? 'total' : hint;
    const scale = role === 'amount' || role === 'total' ? (scaleFromText(header) ?? titleScale) : undefined;
    return { col, letter, header, role, ...(scale ? { scale } : {}) };
  });
  return resolveTotals(base, input.rows, input.cols);
}

/** A code column holds the rows' official codes ("0180", 180, "01"), or codes that resolve at all when labels don't. */
function isCodeColumn(
  cells: readonly TableCell[],
  units: readonly (Unit | undefined)[],
  registry: UnitRegistry,
): boolean {
  let hits = 0;
  let filled = 0;
  cells.forEach((c, i) => {
    const raw = c.text ?? (c.number !== undefined ? String(c.number) : undefined);
    if (raw === undefined || c.empty) return;
    filled++;
    const u = /^\s*\d{1,4}\s*$/.test(raw) ? registry.byCode(raw) : undefined;
    const unit = units[i];
    if (u && (!unit || (u.code === unit.code && u.level === unit.level))) hits++;
  });
  return filled >= 2 && hits >= filled * 0.8;
}

/** Header-named totals keep the role only if some combination of columns sums to them. */
function resolveTotals(
  columns: TableColumn[],
  rows: readonly (readonly TableCell[])[],
  cols: readonly number[],
): TableColumn[] {
  const values = (i: number): (number | undefined)[] => rows.map((r) => r[i]!.number);
  const out = [...columns];
  const summable = (i: number): boolean => out[i]!.role === 'amount' || out[i]!.role === 'total';
  for (let i = 0; i < out.length; i++) {
    if (out[i]!.role !== 'total') continue;
    const candidates: SumColumn[] = [];
    for (let j = 0; j < out.length; j++) {
      if (j === i || !summable(j)) continue;
      const sumOf = out[j]!.sumOf;
      candidates.push({ col: cols[j]!, values: values(j), ...(sumOf ? { sumOf } : {}) });
    }
    const sumOf = findSumOf({ col: cols[i]!, values: values(i) }, candidates);
    const { sumOf: _drop, ...rest } = out[i]!;
    out[i] = sumOf ? { ...rest, role: 'total', sumOf } : { ...rest, role: 'amount' };
  }
  return withUnlabelledTotal(out, rows, cols);
}

/** The rightmost amount column is a total, header or not, when other amounts add up to it on every row. */
function withUnlabelledTotal(
  columns: TableColumn[],
  rows: readonly (readonly TableCell[])[],
  cols: readonly number[],
): TableColumn[] {
  if (columns.some((c) => c.role === 'total') || rows.length < 3) return columns;
  const amounts = columns.map((c, i) => ({ c, i })).filter((x) => x.c.role === 'amount');
  const last = amounts[amounts.length - 1];
  if (!last || amounts.length < 3) return columns;
  const values = (i: number): (number | undefined)[] => rows.map((r) => r[i]!.number);
  const parts = amounts.slice(0, -1).map((x) => ({ col: cols[x.i]!, values: values(x.i) }));
  const sumOf = findSumOf({ col: cols[last.i]!, values: values(last.i) }, parts);
  if (!sumOf) return columns;
  const all = rows.every((r) => {
    const t = r[last.i]!.number;
    const s = sumOf.reduce((acc, col) => acc + (r[cols.indexOf(col)]!.number ?? 0), 0);
    return t !== undefined && Math.abs(t - s) <= 1e-9 * Math.max(1, Math.abs(t));
  });
  if (!all) return columns;
  const out = [...columns];
  out[last.i] = { ...last.c, role: 'total', sumOf };
  return out;
}
