import { add, lcm, max, min, mul, rational } from '../money/arithmetic';
import { type Rational } from '../money/Rational';
import { defined } from '../errors';

/** Per unit: amount before the key part, key share, and optional floor and cap. */
export interface LimitedUnit {
  readonly pre: Rational;
  readonly share: Rational;
  readonly floor?: Rational | undefined;
  readonly cap?: Rational | undefined;
}

/**
 * Clamp-and-redistribute solved exactly: the rest-per-share λ ≥ 0 such that Σ clamp(preᵢ + shareᵢ·λ, floorᵢ, capᵢ)
 * = target. The sum is monotone in λ and piecewise linear, so λ lies between two bound-crossing points found by
 * binary search; the units clamped there are exactly those the iterative loop would clamp. Undefined when no
 * λ ≥ 0 reaches the target (the caller reports which bound is infeasible).
 * @example solveLimits(pre 0, shares 1/10, 1/10, 8/10, floor 200 kr each; target 1 000 kr) //=> 750 kr
 * // (75 and 75 are lifted to 200; 0,8 · 750 = 600; 200 + 200 + 600 = 1 000)
 */
export function solveLimits(units: readonly LimitedUnit[], target: Rational): Rational | undefined {
  // Work on integers: amounts in 1/m kr, shares in 1/d. Then μ = λ·m/d and unit i holds Pᵢ + Sᵢ·μ (in 1/m kr);
  // every evaluation below is BigInt multiply/compare without normalizing, which keeps it fast.
  const d = units.reduce((l, u) => lcm(l, u.share.den), 1n);
  const m = units.reduce(
    (l, u) => lcm(lcm(lcm(l, u.pre.den), u.floor?.den ?? 1n), u.cap?.den ?? 1n),
    target.den,
  );
  // A pot's floor and cap are one Rational shared by every unit: scaled once, not per unit.
  const floorOf = sameBound(m);
  const capOf = sameBound(m);
  const ints = units.map((u): IntUnit => ({
    p: u.pre.num === 0n ? 0n : scaled(u.pre, m),
    s: scaled(u.share, d),
    lo: u.floor ? floorOf(u.floor) : undefined,
    hi: u.cap ? capOf(u.cap) : undefined,
  }));
  const t = scaled(target, m);
  // At μ = 0 every unit holds clamp(p): no products.
  if (ints.reduce((acc, u) => acc + clampInt(u.p, u.lo, u.hi, 1n), 0n) > t) return undefined;
  const points = breakpoints(ints);
  // The binary search asks "Σ clamp(μ) ≤ t?" about 9 times for 290 units. Doubles answer it when the sum is
  // clearly away from t (every term is ≥ 0, so the rounding error is far below 10⁻⁹ of the sum); BigInt otherwise.
  const approx = approximate(ints);
  const tApprox = Number(t);
  const atMost = (point: { num: bigint; den: bigint }): boolean => {
    if (approx) {
      const sum = approx(Number(point.num) / Number(point.den));
      const margin = 1e-9 * Math.max(sum, tApprox);
      if (Number.isFinite(sum) && Number.isFinite(tApprox)) {
        if (sum < tApprox - margin) return true;
        if (sum > tApprox + margin) return false;
      }
    }
    return sumAt(ints, point.num, point.den).total <= t * point.den;
  };
  let lo = -1;
  let hi = points.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (atMost(defined(points[mid], 'breakpoint'))) lo = mid;
    else hi = mid;
  }
  const b = lo < 0 ? { num: 0n, den: 1n } : defined(points[lo], 'breakpoint');
  const { total: atB, slope } = sumAt(ints, b.num, b.den);
  let mu: Rational;
  if (atB === t * b.den) mu = rational(b.num, b.den);
  else {
    if (slope === 0n) return undefined;
    mu = rational(b.num * slope + t * b.den - atB, b.den * slope);
  }
  return rational(mu.num * d, mu.den * m);
}

/**
 * The unit's amount at λ: pre + share·λ, clamped to its bounds.
 * @example clampedAt({ pre: 0 kr, share: 1/10, floor: 200 kr }, 750 kr) //=> 200 kr (75 kr lifted to the floor)
 */
export function clampedAt(u: LimitedUnit, lambda: Rational): Rational {
  let v = add(u.pre, mul(u.share, lambda));
  if (u.floor) v = max(v, u.floor);
  if (u.cap) v = min(v, u.cap);
  return v;
}

interface IntUnit {
  readonly p: bigint;
  readonly s: bigint;
  readonly lo: bigint | undefined;
  readonly hi: bigint | undefined;
}

function clampInt(v: bigint, lo: bigint | undefined, hi: bigint | undefined, den: bigint): bigint {
  if (lo !== undefined) {
    const low = den === 1n ? lo : lo * den;
    if (v < low) return low;
  }
  if (hi !== undefined) {
    const high = den === 1n ? hi : hi * den;
    if (v > high) return high;
  }
  return v;
}

/**
 * At μ = num/den, times den: Σ clamp(p + s·μ, lo, hi), and the slope just above μ (Σ s of the units not held by a
 * bound there). One pass; a bound equal to the previous unit's is not multiplied again (a pot's floor is shared).
 */
function sumAt(units: readonly IntUnit[], num: bigint, den: bigint): { total: bigint; slope: bigint } {
  let total = 0n;
  let slope = 0n;
  let lastLo: bigint | undefined;
  let loDen = 0n;
  let lastHi: bigint | undefined;
  let hiDen = 0n;
  for (const u of units) {
    // Zero terms skipped: each BigInt operation makes a new BigInt, and most units have no pre part.
    const keyPart = u.s === 0n ? 0n : u.s * num;
    const v = u.p === 0n ? keyPart : u.p * den + keyPart;
    if (u.lo !== undefined && u.lo !== lastLo) {
      lastLo = u.lo;
      loDen = den === 1n ? u.lo : u.lo * den;
    }
    if (u.hi !== undefined && u.hi !== lastHi) {
      lastHi = u.hi;
      hiDen = den === 1n ? u.hi : u.hi * den;
    }
    const belowFloor = u.lo !== undefined && v < loDen;
    const aboveCap = !belowFloor && u.hi !== undefined && v > hiDen;
    total += belowFloor ? loDen : aboveCap ? hiDen : v;
    if (u.s !== 0n && (u.lo === undefined || v >= loDen) && (u.hi === undefined || v < hiDen)) slope += u.s;
  }
  return { total, slope };
}

/** Σ clamp(p + s·μ, lo, hi) in doubles, or undefined when a value does not fit a double. */
function approximate(units: readonly IntUnit[]): ((mu: number) => number) | undefined {
  const n = units.length;
  const p = new Float64Array(n);
  const s = new Float64Array(n);
  const lo = new Float64Array(n).fill(-Infinity);
  const hi = new Float64Array(n).fill(Infinity);
  for (let i = 0; i < n; i++) {
    const u = defined(units[i], 'unit');
    const pi = (p[i] = Number(u.p));
    const si = (s[i] = Number(u.s));
    const loi = u.lo === undefined ? -Infinity : (lo[i] = Number(u.lo));
    const hii = u.hi === undefined ? Infinity : (hi[i] = Number(u.hi));
    if (!Number.isFinite(pi) || !Number.isFinite(si) || loi === Infinity || hii === -Infinity)
      return undefined;
  }
  return (mu) => {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      sum += Math.min(Math.max((p[i] ?? 0) + (s[i] ?? 0) * mu, lo[i] ?? -Infinity), hi[i] ?? Infinity);
    }
    return sum;
  };
}

/** μ where a unit reaches a bound, ascending; unnormalized fractions with positive denominators. */
function breakpoints(units: readonly IntUnit[]): { num: bigint; den: bigint }[] {
  const points: { num: bigint; den: bigint; approx: number }[] = [];
  const add = (u: IntUnit, bound: bigint | undefined): void => {
    if (bound === undefined || bound <= u.p) return;
    const num = u.p === 0n ? bound : bound - u.p;
    points.push({ num, den: u.s, approx: Number(num) / Number(u.s) });
  };
  for (const u of units) {
    if (u.s === 0n) continue;
    add(u, u.lo);
    add(u, u.hi);
  }
  // Ordered on doubles where they differ by more than their rounding error, exactly otherwise.
  return points.sort((x, y) => {
    const d = x.approx - y.approx;
    // ±1, not d: a comparator's fractional result is boxed into a new heap number on every call.
    if (Number.isFinite(d) && Math.abs(d) > 1e-12 * Math.max(Math.abs(x.approx), Math.abs(y.approx)))
      return d < 0 ? -1 : 1;
    const l = x.num * y.den;
    const r = y.num * x.den;
    return l < r ? -1 : l > r ? 1 : 0;
  });
}

/** scaled(r, by), remembering the last r by identity. */
function sameBound(by: bigint): (r: Rational) => bigint {
  let last: Rational | undefined;
  let value = 0n;
  return (r) => {
    if (r !== last) {
      last = r;
      value = scaled(r, by);
    }
    return value;
  };
}

function scaled(r: Rational, by: bigint): bigint {
  if (r.den === by) return r.num;
  return r.den === 1n ? r.num * by : (r.num * by) / r.den;
}
