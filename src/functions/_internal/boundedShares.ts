import { add, compare, div, max, min, mul, sign, sub, sum, ZERO } from '../../domain/money/arithmetic';
import { type Rational } from '../../domain/money/Rational';

/**
 * Exact shares xᵢ = clamp(λ·wᵢ, floorᵢ, capᵢ) with Σxᵢ = total: "proportional, lifted to the floor and held
 * under the cap, the others paying pro rata". This is the fixed point of the clamp-and-redistribute loop of
 * allocation.md §1.6, found directly: S(λ) = Σ clamp(λ·wᵢ, fᵢ, cᵢ) is continuous, non-decreasing and linear between
 * the breakpoints fᵢ/wᵢ and cᵢ/wᵢ, so we binary-search the breakpoints and interpolate — exact, no iteration limit.
 *
 * Preconditions (the caller reports them as formula errors): weights ≥ 0 and not all 0; 0 ≤ fᵢ ≤ cᵢ;
 * Σfᵢ ≤ total ≤ Σ(wᵢ > 0 ? cᵢ : fᵢ), an absent cap counting as unbounded.
 * @example boundedShares(1000, [1, 1, 8], [200, 200, 200], [∞, ∞, ∞]) //=> [200, 200, 600]
 */
export function boundedShares(
  total: Rational,
  weights: readonly Rational[],
  floors: readonly Rational[],
  caps: readonly (Rational | undefined)[],
): Rational[] {
  const at = (lambda: Rational): Rational[] =>
    weights.map((w, i) => clamp(mul(lambda, w), floors[i], caps[i]));
  const level = (lambda: Rational): Rational => sum(at(lambda));
  const points = breakpoints(weights, floors, caps);
  if (compare(level(points[0]), total) >= 0) return at(points[0]);
  const last = points[points.length - 1];
  const atLast = level(last);
  if (compare(atLast, total) < 0) {
    // Past the last breakpoint only the uncapped units with weight still grow, at slope Σ of their weights.
    const slope = sum(weights.filter((w, i) => sign(w) > 0 && caps[i] === undefined));
    return at(add(last, div(sub(total, atLast), slope)));
  }
  // Smallest k with level(points[k]) ≥ total; level(points[0]) < total, so k ≥ 1.
  let lo = 0;
  let hi = points.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (compare(level(points[mid]), total) >= 0) hi = mid;
    else lo = mid;
  }
  const a = points[lo];
  const b = points[hi];
  const la = level(a);
  const lambda = add(a, div(mul(sub(total, la), sub(b, a)), sub(level(b), la)));
  return at(lambda);
}

function breakpoints(
  weights: readonly Rational[],
  floors: readonly Rational[],
  caps: readonly (Rational | undefined)[],
): Rational[] {
  const points: Rational[] = [ZERO];
  weights.forEach((w, i) => {
    if (sign(w) <= 0) return;
    points.push(div(floors[i], w));
    const cap = caps[i];
    if (cap !== undefined) points.push(div(cap, w));
  });
  points.sort(compare);
  return points.filter((p, i) => i === 0 || compare(p, points[i - 1]) !== 0);
}

function clamp(x: Rational, floor: Rational, cap: Rational | undefined): Rational {
  const lifted = max(x, floor);
  return cap === undefined ? lifted : min(lifted, cap);
}
