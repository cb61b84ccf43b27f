import { type TableModel, type TableRow } from '../table/TableModel';
import { type AggregateOutcome, compareAggregate } from './compareAggregate';

/**
 * Long format and breakdowns: each aggregate row (Riket/Sverige/Samtliga per period) against the unit rows of its
 * group, and each subtotal row (a unit's "Samtliga" huvudman row) against the unit's other rows of the same
 * group. Compared as compareAggregate says (additive columns, only where the sheet says it is a total). A relation
 * that fails in many groups is not a relation ("Totalt 18+" is not the sum of all age groups): a column's
 * mismatches are reported only when the column reconciles in some group and fails in few (one, or a tenth).
 * @example checkGroupTotals(lanPerKvartal).flatMap((o) => o.mismatches).length //=> 0
 */
export function checkGroupTotals(table: TableModel): AggregateOutcome[] {
  const outcomes: AggregateOutcome[] = [];
  const byGroup = new Map<string, TableRow[]>();
  for (const row of table.rows) {
    if (row.group === undefined) continue;
    const list = byGroup.get(row.group);
    if (list) list.push(row);
    else byGroup.set(row.group, [row]);
  }
  for (const agg of table.aggregateRows ?? []) {
    if (agg.group === undefined) continue;
    const parts = byGroup.get(agg.group) ?? [];
    outcomes.push(
      compareAggregate(
        table,
        agg,
        parts,
        parts.every((p) => p.row < agg.row),
      ),
    );
  }
  outcomes.push(...subtotals(table));
  const holds = holdsIn(outcomes);
  return outcomes.map((o) => onlyWhereItHolds(o, holds));
}

/** The share of compared groups a column must reconcile in for its mismatches to count. */
const NEARLY_EVERY_GROUP = 0.9;

function holdsIn(outcomes: readonly AggregateOutcome[]): ReadonlySet<number> {
  const ok = new Map<number, number>();
  const bad = new Map<number, number>();
  for (const o of outcomes) {
    for (const i of o.reconciledColumns) ok.set(i, (ok.get(i) ?? 0) + 1);
    for (const i of o.mismatchColumns) bad.set(i, (bad.get(i) ?? 0) + 1);
  }
  const holds = new Set<number>();
  for (const [i, n] of ok) {
    const misses = bad.get(i) ?? 0;
    if (misses <= Math.max(1, Math.floor((n + misses) * (1 - NEARLY_EVERY_GROUP)))) holds.add(i);
  }
  return holds;
}

function onlyWhereItHolds(o: AggregateOutcome, holds: ReadonlySet<number>): AggregateOutcome {
  const keep = o.mismatchColumns.map((i) => holds.has(i));
  return {
    ...o,
    mismatches: o.mismatches.filter((_, k) => keep[k]),
    mismatchColumns: o.mismatchColumns.filter((_, k) => keep[k]),
  };
}

/**
 * Subtotal rows against the same unit's rows that differ only in the subtotal key. The key's "Samtliga"/"Totalt"
 * value names the sum of the other categories, so it vouches for a lone additive column.
 */
function subtotals(table: TableModel): AggregateOutcome[] {
  const at = table.columns.findIndex((c) => c.col === table.subtotalColumn);
  if (at < 0) return [];
  const keys = (table.keyColumns ?? [])
    .map((col) => table.columns.findIndex((c) => c.col === col))
    .filter((i) => i >= 0 && i !== at);
  const value = (r: TableRow, i: number): string =>
    r.cells[i]?.text?.trim() ?? String(r.cells[i]?.number ?? '');
  const id = (r: TableRow): string =>
    [r.unit?.code ?? r.label.trim(), ...keys.map((i) => value(r, i))].join('\u0001');
  const parts = new Map<string, TableRow[]>();
  for (const row of table.rows) {
    if (row.role === 'subtotal') continue;
    const k = id(row);
    const list = parts.get(k);
    if (list) list.push(row);
    else parts.set(k, [row]);
  }
  return table.rows
    .filter((r) => r.role === 'subtotal')
    .map((s) => {
      const own = parts.get(id(s)) ?? [];
      return compareAggregate(
        table,
        s,
        own,
        own.every((p) => p.row < s.row),
        true,
      );
    });
}
