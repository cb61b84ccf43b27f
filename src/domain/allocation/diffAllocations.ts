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
  const amountsA = amountsOf(a, potId);
  const amountsB = amountsOf(b, potId);
  // The usual case (a what-if step on the same units): match by position, no map of ids.
  if (sameUnits(a.units, b.units)) {
    return a.units.map((unit, i) => unitDiff(unit, amountsA[i] ?? ZERO, amountsB[i] ?? ZERO));
  }
  const before = new Map(a.units.map((u, i) => [u.id, amountsA[i] ?? ZERO]));
  const after = new Map(b.units.map((u, i) => [u.id, amountsB[i] ?? ZERO]));
  const units = [...a.units, ...b.units.filter((u) => !before.has(u.id))];
  return units.map((unit) => unitDiff(unit, before.get(unit.id) ?? ZERO, after.get(unit.id) ?? ZERO));
}

function unitDiff(unit: AllocationUnit, before: Rational, after: Rational): UnitDiff {
  const delta = sub(after, before);
  return {
    unit,
    before,
    after,
    delta,
    // 100·delta/before in one normalization (same value as 100 · (delta / before)).
    deltaPercent:
      sign(before) === 0 ? undefined : rational(100n * delta.num * before.den, delta.den * before.num),
  };
}

/** Whether both lists hold the same unit ids in the same order. */
function sameUnits(a: readonly AllocationUnit[], b: readonly AllocationUnit[]): boolean {
  return a === b || (a.length === b.length && a.every((u, i) => u.id === b[i]?.id));
}

function amountsOf(allocation: Allocation, potId: string | undefined): readonly Rational[] {
  if (potId === undefined) return allocation.totals;
  return allocation.pots.find((p) => p.potId === potId)?.amounts ?? [];
}
