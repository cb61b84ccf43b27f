import { type Allocation, type AllocationUnit } from '../../domain/allocation/Allocation';
import { type UnitDiff } from '../../domain/allocation/diffAllocations';
import { toNumber } from '../../domain/money/toNumber';

/** One row of the result table: amounts per pot and in total, and the change against the compared scenario. */
export interface ResultRow {
  readonly index: number;
  readonly unit: AllocationUnit;
  readonly pots: readonly number[];
  readonly total: number;
  readonly delta?: number;
  readonly deltaPercent?: number;
}

/** Columns the result table sorts by. */
export type ResultSortKey = 'unit' | 'total' | 'delta' | 'deltaPercent' | `pot:${number}`;

/**
 * The result table's rows (numbers at the display boundary), with Δ matched by unit id.
 * @example resultRows(allocation, diff)[0] //=> { unit: Aneby, pots: [650613, …], total: 1928270, delta: -1900 }
 */
export function resultRows(allocation: Allocation, diff?: readonly UnitDiff[]): ResultRow[] {
  const byId = new Map(diff?.map((d) => [d.unit.id, d]));
  return allocation.units.map((unit, index) => {
    const d = byId.get(unit.id);
    return {
      index,
      unit,
      pots: allocation.pots.map((p) => toNumber(p.amounts[index]!)),
      total: toNumber(allocation.totals[index]!),
      ...(d ? { delta: toNumber(d.delta) } : {}),
      ...(d?.deltaPercent ? { deltaPercent: toNumber(d.deltaPercent) } : {}),
    };
  });
}

/** Rows sorted by a column, stable; text by Swedish collation, missing numbers last. */
export function sortRows(
  rows: readonly ResultRow[],
  key: ResultSortKey,
  direction: 'ascending' | 'descending',
): ResultRow[] {
  const value = (r: ResultRow): number | string | undefined =>
    key === 'unit'
      ? r.unit.name.trim()
      : key.startsWith('pot:')
        ? r.pots[Number(key.slice(4))]
        : r[key as 'total'];
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === undefined || y === undefined) return x === y ? a.index - b.index : x === undefined ? 1 : -1;
    const c = typeof x === 'string' ? x.localeCompare(String(y), 'sv-SE') : x - (y as number);
    return c === 0 ? a.index - b.index : sign * c;
  });
}
