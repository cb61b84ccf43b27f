import { rational, sign, sub, ZERO } from '../money/arithmetic';
import { type Rational } from '../money/Rational';
import { type Allocation, type AllocationUnit } from './Allocation';

/** One unit's change between two allocations. */
export interface UnitDiff {
  readonly unit: AllocationUnit;
  /** Amount in the first allocation (0 when the unit is absent there). */
  readonly before: Rational;
  /** Amount in the second allocation (0 when the unit is absent there). */
  readonly after: Rational;
  /** after − before, exact. */
  readonly delta: Rational;
  /** 100 · delta / before, exact; undefined when before is 0. */
  readonly deltaPercent?: Rational | undefined;
}

/**
 * Per unit (matched by id, so row order never matters) the change from `a` to `b`: of the totals, or of one pot
 * when `potId` is given. Units of `a` come first in a's order, then units only in `b`.
 * @example diffAllocations(scenarioA, scenarioB)[0] //=> { delta: 1200 kr, deltaPercent: 2.5 %, … }
 */
export function diffAllocations(a: Allocation, b: Allocation, potId?: string): UnitDiff[] {
  const before = amountsById(a, potId);
  const after = amountsById(b, potId);
  const units = [...a.units, ...b.units.filter((u) => !before.has(u.id))];
  return units.map((unit) => {
    const x = before.get(unit.id) ?? ZERO;
    const y = after.get(unit.id) ?? ZERO;
    const delta = sub(y, x);
    return {
      unit,
      before: x,
      after: y,
      delta,
      // 100·delta/before in one normalization (same value as 100 · (delta / before)).
      deltaPercent: sign(x) === 0 ? undefined : rational(100n * delta.num * x.den, delta.den * x.num),
    };
  });
}

function amountsById(allocation: Allocation, potId: string | undefined): Map<string, Rational> {
  const pot = potId === undefined ? undefined : allocation.pots.find((p) => p.potId === potId);
  const amounts = potId === undefined ? allocation.totals : (pot?.amounts ?? []);
  return new Map(allocation.units.map((u, i) => [u.id, amounts[i] ?? ZERO]));
}
