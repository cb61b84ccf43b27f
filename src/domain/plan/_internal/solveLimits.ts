import { add, compare, div, max, min, mul, sub, sum, ZERO } from '../../money/arithmetic';
import { type Rational } from '../../money/Rational';

/** Per unit: amount before the key part, key share, and optional floor and cap. */
export interface LimitedUnit {
  readonly pre: Rational;
  readonly share: Rational;
  readonly floor?: Rational;
  readonly cap?: Rational;
}

/**
 * Clamp-and-redistribute solved exactly: the rest-per-share λ ≥ 0 such that Σ clamp(preᵢ + shareᵢ·λ, floorᵢ, capᵢ)
 * = target. The sum is monotone in λ and piecewise linear, so λ lies between two bound-crossing points found by
 * binary search; the units clamped there are exactly those the iterative loop would clamp. Undefined when no
 * λ ≥ 0 reaches the target (the caller reports which bound is infeasible).
 */
export function solveLimits(units: readonly LimitedUnit[], target: Rational): Rational | undefined {
  const f = (lambda: Rational) => sum(units.map((u) => clampedAt(u, lambda)));
  if (compare(f(ZERO), target) > 0) return undefined;
  const points = breakpoints(units);
  // Largest breakpoint b (or 0) with f(b) ≤ target.
  let lo = -1;
  let hi = points.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (compare(f(points[mid]), target) <= 0) lo = mid;
    else hi = mid;
  }
  const b = lo < 0 ? ZERO : points[lo];
  const atB = f(b);
  if (compare(atB, target) === 0) return b;
  const slope = sum(units.filter((u) => isFreeAbove(u, b)).map((u) => u.share));
  if (slope.num === 0n) return undefined;
  return add(b, div(sub(target, atB), slope));
}

/** The unit's amount at λ: pre + share·λ, clamped to its bounds. */
export function clampedAt(u: LimitedUnit, lambda: Rational): Rational {
  let v = add(u.pre, mul(u.share, lambda));
  if (u.floor) v = max(v, u.floor);
  if (u.cap) v = min(v, u.cap);
  return v;
}

function isFreeAbove(u: LimitedUnit, lambda: Rational): boolean {
  if (u.share.num === 0n) return false;
  const v = add(u.pre, mul(u.share, lambda));
  return (!u.floor || compare(v, u.floor) >= 0) && (!u.cap || compare(v, u.cap) < 0);
}

function breakpoints(units: readonly LimitedUnit[]): Rational[] {
  const points: Rational[] = [];
  for (const u of units) {
    if (u.share.num === 0n) continue;
    for (const bound of [u.floor, u.cap]) {
      if (!bound) continue;
      const p = div(sub(bound, u.pre), u.share);
      if (p.num > 0n) points.push(p);
    }
  }
  points.sort(compare);
  return points.filter((p, i) => i === 0 || compare(points[i - 1], p) !== 0);
}
