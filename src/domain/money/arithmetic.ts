import { type Rational } from './Rational';
import { DivisionByZeroError, ZeroDenominatorError } from '../errors';

/** Exact rational arithmetic on BigInt. Every function returns a normalized Rational (den > 0, gcd 1). */

/**
 * Builds num/den, normalized; throws on a zero denominator (a programmer error).
 * @example rational(6n, -4n) //=> { num: -3n, den: 2n }
 */
export function rational(num: bigint, den: bigint = 1n): Rational {
  if (den === 1n) return { num, den };
  if (den === 0n) throw new ZeroDenominatorError();
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const g = gcd(num < 0n ? -num : num, den);
  return g === 1n ? { num, den } : { num: num / g, den: den / g };
}

/**
 * An integer as a Rational.
 * @example fromBigInt(1200n) //=> { num: 1200n, den: 1n }
 */
export function fromBigInt(n: bigint): Rational {
  return { num: n, den: 1n };
}

/** A whole amount made by `new`, which V8 never pretenures (see {@link wholeAmount}). */
class WholeAmount implements Rational {
  readonly num: bigint;
  readonly den: bigint;
  constructor(num: bigint) {
    this.num = num;
    this.den = 1n;
  }
}

/**
 * An integer as a Rational, for a result's many amounts: the same value as {@link fromBigInt}, but made by a class
 * constructor rather than an object literal. V8 may pretenure a literal whose objects often survive (a remembered
 * result's amounts do), and an amount born in old space holds its young BigInt through every scavenge until a full
 * collection; `new` is never pretenured.
 * @example wholeAmount(1200n) //=> { num: 1200n, den: 1n } (equal to fromBigInt(1200n))
 */
export function wholeAmount(n: bigint): Rational {
  return new WholeAmount(n);
}

export const ZERO: Rational = { num: 0n, den: 1n };
export const ONE: Rational = { num: 1n, den: 1n };

/**
 * a + b
 * @example add(rational(1n, 2n), rational(1n, 3n)) //=> { num: 5n, den: 6n }
 */
export function add(a: Rational, b: Rational): Rational {
  if (a.den === b.den) return rational(a.num + b.num, a.den);
  return rational(a.num * b.den + b.num * a.den, a.den * b.den);
}

/**
 * a − b
 * @example sub(rational(1n, 2n), rational(1n, 3n)) //=> { num: 1n, den: 6n }
 */
export function sub(a: Rational, b: Rational): Rational {
  return add(a, neg(b));
}

/**
 * a · b
 * @example mul(rational(2n, 3n), rational(9n, 4n)) //=> { num: 3n, den: 2n }
 */
export function mul(a: Rational, b: Rational): Rational {
  return rational(a.num * b.num, a.den * b.den);
}

/**
 * a / b; throws when b is zero (callers check zero weights first and report them as problems).
 * @example div(rational(3n, 4n), rational(3n, 2n)) //=> { num: 1n, den: 2n }
 */
export function div(a: Rational, b: Rational): Rational {
  if (b.num === 0n) throw new DivisionByZeroError();
  return rational(a.num * b.den, a.den * b.num);
}

/**
 * −a
 * @example neg(rational(5n, 2n)) //=> { num: -5n, den: 2n }
 */
export function neg(a: Rational): Rational {
  return { num: -a.num, den: a.den };
}

/**
 * |a|
 * @example abs(rational(-5n, 2n)) //=> { num: 5n, den: 2n }
 */
export function abs(a: Rational): Rational {
  return a.num < 0n ? neg(a) : a;
}

/**
 * −1, 0 or 1.
 * @example sign(rational(-1n, 3n)) //=> -1
 */
export function sign(a: Rational): -1 | 0 | 1 {
  return a.num < 0n ? -1 : a.num > 0n ? 1 : 0;
}

/**
 * −1, 0 or 1 as a < b, a = b, a > b (exact, by cross-multiplication).
 * @example compare(rational(2n, 3n), rational(3n, 5n)) //=> 1 (10/15 > 9/15)
 */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  // Denominators are positive: over the same one (whole kronor, the usual case) compare numerators, no products.
  if (a.den === b.den) return a.num < b.num ? -1 : a.num > b.num ? 1 : 0;
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

/**
 * a = b
 * @example equals(rational(2n, 4n), rational(1n, 2n)) //=> true (both normalize to 1/2)
 */
export function equals(a: Rational, b: Rational): boolean {
  return a.num === b.num && a.den === b.den;
}

/**
 * Whether a is zero.
 * @example isZero(rational(0n, 7n)) //=> true
 */
export function isZero(a: Rational): boolean {
  return a.num === 0n;
}

/**
 * Whether a is a whole number.
 * @example isInteger(rational(10n, 5n)) //=> true
 */
export function isInteger(a: Rational): boolean {
  return a.den === 1n;
}

/**
 * Σ values (0 for none).
 * @example sum([rational(1n, 2n), rational(1n, 3n), rational(1n, 6n)]) //=> { num: 1n, den: 1n }
 */
export function sum(values: readonly Rational[]): Rational {
  // Whole numbers (most amounts) are added as BigInts and zeros skipped: one Rational made, not one per value.
  let whole = 0n;
  let rest: Rational | undefined;
  for (const v of values) {
    if (v.num === 0n) continue;
    if (v.den === 1n) whole += v.num;
    else rest = rest ? add(rest, v) : rational(v.num, v.den);
  }
  if (!rest) return whole === 0n ? ZERO : { num: whole, den: 1n };
  return whole === 0n ? rest : add(rest, { num: whole, den: 1n });
}

/**
 * The largest integer ≤ a.
 * @example floorInt(rational(-7n, 2n)) //=> -4n
 */
export function floorInt(a: Rational): bigint {
  const q = a.num / a.den;
  // BigInt division truncates toward zero; step down for negative non-integers.
  return a.num < 0n && q * a.den !== a.num ? q - 1n : q;
}

/**
 * The smallest integer ≥ a.
 * @example ceilInt(rational(-7n, 2n)) //=> -3n
 */
export function ceilInt(a: Rational): bigint {
  return -floorInt(neg(a));
}

/**
 * Rounds half away from zero to an integer, like Excel ROUND(x; 0).
 * @example roundHalfAwayInt(rational(-5n, 2n)) //=> -3n
 */
export function roundHalfAwayInt(a: Rational): bigint {
  const m = abs(a);
  const r = floorInt(add(m, { num: 1n, den: 2n }));
  return a.num < 0n ? -r : r;
}

/**
 * a rounded down to a multiple of unit (unit > 0).
 * @example floorTo(rational(1234n), rational(100n)) //=> { num: 1200n, den: 1n }
 */
export function floorTo(a: Rational, unit: Rational): Rational {
  return mul(fromBigInt(floorInt(div(a, unit))), unit);
}

/**
 * a rounded half away from zero to a multiple of unit (unit > 0), like Excel ROUND / MROUND.
 * @example roundTo(rational(1250n), rational(100n)) //=> { num: 1300n, den: 1n }
 */
export function roundTo(a: Rational, unit: Rational): Rational {
  return mul(fromBigInt(roundHalfAwayInt(div(a, unit))), unit);
}

/**
 * Whether a is a whole multiple of unit.
 * @example isMultipleOf(rational(1250n), rational(100n)) //=> false
 */
export function isMultipleOf(a: Rational, unit: Rational): boolean {
  return isInteger(div(a, unit));
}

/**
 * min(a, b)
 * @example min(rational(1n, 2n), rational(1n, 3n)) //=> { num: 1n, den: 3n }
 */
export function min(a: Rational, b: Rational): Rational {
  return compare(a, b) <= 0 ? a : b;
}

/**
 * max(a, b)
 * @example max(rational(1n, 2n), rational(1n, 3n)) //=> { num: 1n, den: 2n }
 */
export function max(a: Rational, b: Rational): Rational {
  return compare(a, b) >= 0 ? a : b;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * gcd of naturals; 1 for gcd(0, 0) so normalizing 0/d gives 0/1.
 * @example gcd(12n, 18n) //=> 6n
 */
export function gcd(a: bigint, b: bigint): bigint {
  if (b === 1n || a === 1n) return 1n;
  // Euclid in BigInt only while the smaller operand is beyond 2^53; one step usually suffices because
  // denominators are small. The rest runs on doubles, which are exact for integers below 2^53.
  while (b > MAX_SAFE) [a, b] = [b, a % b];
  if (b === 0n) return a === 0n ? 1n : a;
  let x = Number(a % b);
  let y = Number(b);
  while (x !== 0) [x, y] = [y % x, x];
  return BigInt(y);
}

/**
 * lcm of positive integers: the common denominator of two fractions.
 * @example lcm(4n, 6n) //=> 12n
 */
export function lcm(a: bigint, b: bigint): bigint {
  if (a === b || b === 1n) return a;
  if (a === 1n) return b;
  return (a / gcd(a, b)) * b;
}

/**
 * Σ of integers, exact: added as doubles while every term and partial sum is a safe integer (no BigInt made per
 * term, which is what a long sum of whole kronor costs in garbage), in BigInt from the first one that is not.
 * @example sumIntegers([1n, 2n, 9007199254740993n]) //=> 9007199254740996n
 */
export function sumIntegers(values: readonly bigint[]): bigint {
  let inDoubles = 0;
  let k = 0;
  for (; k < values.length; k++) {
    const v = values[k] ?? 0n;
    if (v > MAX_SAFE || v < -MAX_SAFE) break;
    const next = inDoubles + Number(v);
    if (Math.abs(next) > Number.MAX_SAFE_INTEGER) break;
    inDoubles = next;
  }
  let total = BigInt(inDoubles);
  for (; k < values.length; k++) total += values[k] ?? 0n;
  return total;
}
