import { type Allocation, type AllocationUnit } from '../../domain/allocation/Allocation';
import { type UnitDiff } from '../../domain/allocation/diffAllocations';
import { defined } from '../../domain/errors';
import { add, ZERO } from '../../domain/money/arithmetic';
import { type Rational } from '../../domain/money/Rational';
import { toNumber } from '../../domain/money/toNumber';
import { decimalsOf } from '../../output/rationalText';

/** One row of the result table: amounts per pot and in total, and the change against the compared scenario. */
export interface ResultRow {
  readonly index: number;
  readonly unit: AllocationUnit;
  readonly pots: readonly number[];
  readonly total: number;
  readonly delta?: number;
  readonly deltaPercent?: number;
  /** The same amounts exact, for sums and for text with the rounding unit's decimals. */
  readonly exact: ResultAmounts;
}

/** Exact amounts of a row or of the sum row: per pot, in total, and Δ against the compared scenario. */
export interface ResultAmounts {
  readonly pots: readonly Rational[];
  readonly total: Rational;
  readonly delta?: Rational;
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
    const exact: ResultAmounts = {
      pots: allocation.pots.map((p) => defined(p.amounts[index], `amount of unit ${index}`)),
      total: defined(allocation.totals[index], `total of unit ${index}`),
      ...(d ? { delta: d.delta } : {}),
    };
    return {
      index,
      unit,
      pots: exact.pots.map(toNumber),
      total: toNumber(exact.total),
      ...(d ? { delta: toNumber(d.delta) } : {}),
      ...(d?.deltaPercent ? { deltaPercent: toNumber(d.deltaPercent) } : {}),
      exact,
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

/**
 * The sum row, exact: Σ of the rows per pot, in total and of Δ (Δ only when some row has one). Row order and
 * sorting never change it.
 * @example resultSumRow(resultRows(allocation, diff), 1) //=> { pots: [15711504 kr], total: 15711504 kr, delta: 0 kr }
 */
export function resultSumRow(rows: readonly ResultRow[], potCount: number): ResultAmounts {
  const deltas = rows.flatMap((r) => (r.exact.delta === undefined ? [] : [r.exact.delta]));
  return {
    pots: Array.from({ length: potCount }, (_, p) =>
      rows.reduce((acc, r) => add(acc, r.exact.pots[p] ?? ZERO), ZERO),
    ),
    total: rows.reduce((acc, r) => add(acc, r.exact.total), ZERO),
    ...(deltas.length > 0 ? { delta: deltas.reduce(add, ZERO) } : {}),
  };
}

/**
 * Decimals to show amounts of this allocation with: those of its rounding unit (2 for öre, else 0), so no
 * amount is shown rounded away from what was allocated.
 * @example amountDecimals({ ...allocation, roundingUnit: { num: 1n, den: 100n } }) //=> 2
 */
export function amountDecimals(allocation: Pick<Allocation, 'roundingUnit'>): number {
  return decimalsOf(allocation.roundingUnit);
}
