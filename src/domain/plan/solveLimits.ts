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
  const floats = asDoubles(ints);
  const tApprox = Number(t);
  const atMost = (num: bigint, den: bigint): boolean => {
    if (floats) {
      const sum = approximateSum(floats, Number(num) / Number(den));
      const margin = 1e-9 * Math.max(sum, tApprox);
      if (Number.isFinite(sum) && Number.isFinite(tApprox)) {
        if (sum < tApprox - margin) return true;
        if (sum > tApprox + margin) return false;
      }
    }
    return sumAt(ints, floats, num, den).total <= t * den;
  };
  let lo = -1;
  let hi = points.order.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    const at = points.order[mid] ?? 0;
    if (atMost(defined(points.nums[at], 'breakpoint'), defined(points.dens[at], 'breakpoint'))) lo = mid;
    else hi = mid;
  }
  const at = lo < 0 ? -1 : (points.order[lo] ?? 0);
  const bNum = at < 0 ? 0n : defined(points.nums[at], 'breakpoint');
  const bDen = at < 0 ? 1n : defined(points.dens[at], 'breakpoint');
  const { total: atB, slope } = sumAt(ints, floats, bNum, bDen);
  let mu: Rational;
  if (atB === t * bDen) mu = rational(bNum, bDen);
  else {
    if (slope === 0n) return undefined;
    mu = rational(bNum * slope + t * bDen - atB, bDen * slope);
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
 * bound there). Σ (p·den + s·μ) over the units between their bounds is Σp·den + Σs·num, so no product is made per
 * unit: which side of a bound a unit is on is read off the doubles where they are clearly apart, exactly otherwise.
 */
function sumAt(
  units: readonly IntUnit[],
  floats: Doubles | undefined,
  num: bigint,
  den: bigint,
): { total: bigint; slope: bigint } {
  const numD = Number(num);
  const denD = Number(den);
  let pFree = 0n;
  let slope = 0n;
  let sAtCap = 0n;
  let held = 0n;
  units.forEach((u, i) => {
    const vD = floats ? (floats.p[i] ?? 0) * denD + (floats.s[i] ?? 0) * numD : Number.NaN;
    const belowFloor =
      u.lo !== undefined ? side(u, u.lo, vD, (floats?.lo[i] ?? Number.NaN) * denD, num, den) : 1;
    if (belowFloor < 0) {
      held += defined(u.lo, 'floor');
      return;
    }
    const aboveCap =
      u.hi !== undefined ? side(u, u.hi, vD, (floats?.hi[i] ?? Number.NaN) * denD, num, den) : -1;
    if (aboveCap > 0) {
      held += defined(u.hi, 'cap');
      return;
    }
    if (u.p !== 0n) pFree += u.p;
    if (u.s === 0n) return;
    if (aboveCap < 0) slope += u.s;
    else sAtCap += u.s;
  });
  const sFree = sAtCap === 0n ? slope : slope + sAtCap;
  return { total: (pFree + held) * den + sFree * num, slope };
}

/**
 * Sign of (p·den + s·num) − bound·den: from the doubles vD and bD when they are clearly apart, exactly otherwise.
 */
function side(u: IntUnit, bound: bigint, vD: number, bD: number, num: bigint, den: bigint): number {
  if (Number.isFinite(vD) && Number.isFinite(bD)) {
    const margin = 1e-9 * Math.max(Math.abs(vD), Math.abs(bD));
    if (vD < bD - margin) return -1;
    if (vD > bD + margin) return 1;
  }
  const v = u.p * den + u.s * num;
  const b = bound * den;
  return v < b ? -1 : v > b ? 1 : 0;
}

/** The integer units as doubles, column by column. */
interface Doubles {
  readonly p: Float64Array;
  readonly s: Float64Array;
  readonly lo: Float64Array;
  readonly hi: Float64Array;
}

/** The units in doubles, or undefined when a value does not fit a double. */
function asDoubles(units: readonly IntUnit[]): Doubles | undefined {
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
  return { p, s, lo, hi };
}

/** Σ clamp(p + s·μ, lo, hi) in doubles. */
function approximateSum(d: Doubles, mu: number): number {
  let sum = 0;
  for (let i = 0; i < d.p.length; i++) {
    sum += Math.min(Math.max((d.p[i] ?? 0) + (d.s[i] ?? 0) * mu, d.lo[i] ?? -Infinity), d.hi[i] ?? Infinity);
  }
  return sum;
}

/** The μ where units reach a bound, as columns (unnormalized fractions, positive denominators), and their order. */
interface Breakpoints {
  readonly nums: readonly bigint[];
  readonly dens: readonly bigint[];
  /** Indices into nums and dens, μ ascending. */
  readonly order: Int32Array;
}

/** μ where a unit reaches a bound: columns and an ascending order, no object per point. */
function breakpoints(units: readonly IntUnit[]): Breakpoints {
  const nums: bigint[] = [];
  const dens: bigint[] = [];
  const approx: number[] = [];
  const add = (u: IntUnit, bound: bigint | undefined): void => {
    if (bound === undefined || bound <= u.p) return;
    const num = u.p === 0n ? bound : bound - u.p;
    nums.push(num);
    dens.push(u.s);
    approx.push(Number(num) / Number(u.s));
  };
  for (const u of units) {
    if (u.s === 0n) continue;
    add(u, u.lo);
    add(u, u.hi);
  }
  const order = new Int32Array(nums.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  // Ordered on doubles where they differ by more than their rounding error, exactly otherwise.
  order.sort((i, j) => {
    const x = approx[i] ?? 0;
    const y = approx[j] ?? 0;
    const d = x - y;
    // ±1, not d: a comparator's fractional result is boxed into a new heap number on every call.
    if (Number.isFinite(d) && Math.abs(d) > 1e-12 * Math.max(Math.abs(x), Math.abs(y))) return d < 0 ? -1 : 1;
    const l = defined(nums[i], 'breakpoint') * defined(dens[j], 'breakpoint');
    const r = defined(nums[j], 'breakpoint') * defined(dens[i], 'breakpoint');
    return l < r ? -1 : l > r ? 1 : 0;
  });
  return { nums, dens, order };
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
