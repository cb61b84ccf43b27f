import fc from 'fast-check';
import {
  abs,
  add,
  ceilInt,
  compare,
  div,
  equals,
  floorInt,
  floorTo,
  fromBigInt,
  wholeAmount,
  isInteger,
  isMultipleOf,
  isZero,
  max,
  min,
  mul,
  neg,
  rational,
  roundHalfAwayInt,
  roundTo,
  sign,
  sub,
  sum,
  sumIntegers,
} from '../../../src/domain/money/arithmetic';
import { ROUNDING_UNITS } from '../../../src/domain/money/roundingUnits';

const r = (n: bigint, d: bigint = 1n) => rational(n, d);

describe('rational', () => {
  it('returns a normalized value with a positive denominator', () => {
    expect(rational(6n, -4n)).toEqual({ num: -3n, den: 2n });
    expect(rational(0n, 7n)).toEqual({ num: 0n, den: 1n });
  });
  it('throws on a zero denominator', () => {
    expect(() => rational(1n, 0n)).toThrow(RangeError);
  });
});

describe('add, sub, mul, div', () => {
  it('returns exact results', () => {
    expect(add(r(1n, 3n), r(1n, 6n))).toEqual(r(1n, 2n));
    expect(add(r(1n, 4n), r(1n, 4n))).toEqual(r(1n, 2n));
    expect(sub(r(1n, 3n), r(1n, 2n))).toEqual(r(-1n, 6n));
    expect(mul(r(2n, 3n), r(9n, 4n))).toEqual(r(3n, 2n));
    expect(div(r(2n, 3n), r(-4n, 9n))).toEqual(r(-3n, 2n));
  });
  it('throws on division by zero', () => {
    expect(() => div(r(1n), r(0n))).toThrow(RangeError);
  });
  it('keeps frames above 2^53 exact', () => {
    const big = fromBigInt(2n ** 70n + 1n);
    expect(sub(add(big, r(1n, 3n)), r(1n, 3n))).toEqual(big);
  });
});

describe('compare, sign, equals, isZero, isInteger, abs, neg, min, max', () => {
  it('returns the order of two rationals', () => {
    expect(compare(r(1n, 3n), r(1n, 2n))).toBe(-1);
    expect(compare(r(2n, 4n), r(1n, 2n))).toBe(0);
    expect(compare(r(-1n, 3n), r(-1n, 2n))).toBe(1);
    // Same denominator (whole kronor, or two unnormalized values over one key denominator).
    expect(compare(r(7n), r(9n))).toBe(-1);
    expect(compare(r(-7n), r(-9n))).toBe(1);
    expect(compare({ num: 6n, den: 8n }, { num: 6n, den: 8n })).toBe(0);
    expect(compare({ num: 5n, den: 8n }, { num: 3n, den: 8n })).toBe(1);
    expect(sign(r(-5n, 3n))).toBe(-1);
    expect(sign(r(0n))).toBe(0);
    expect(sign(r(5n))).toBe(1);
    expect(equals(r(2n, 4n), r(1n, 2n))).toBe(true);
    expect(isZero(r(0n, 5n))).toBe(true);
    expect(isInteger(r(4n, 2n))).toBe(true);
    expect(isInteger(r(3n, 2n))).toBe(false);
    expect(abs(r(-3n, 2n))).toEqual(r(3n, 2n));
    expect(abs(r(3n, 2n))).toEqual(r(3n, 2n));
    expect(neg(r(3n, 2n))).toEqual(r(-3n, 2n));
    expect(min(r(1n), r(2n))).toEqual(r(1n));
    expect(max(r(1n), r(2n))).toEqual(r(2n));
  });
});

describe('wholeAmount', () => {
  it('is the integer as a Rational, equal to fromBigInt and computed with like any other', () => {
    const a = wholeAmount(1200n);
    expect(a).toEqual({ num: 1200n, den: 1n });
    expect(equals(a, fromBigInt(1200n))).toBe(true);
    expect(add(a, rational(1n, 2n))).toEqual(rational(2401n, 2n));
    expect(JSON.stringify({ ...a }, (_, v: unknown) => (typeof v === 'bigint' ? `${v}` : v))).toBe(
      '{"num":"1200","den":"1"}',
    );
  });
});

describe('sum', () => {
  it('returns 0 for no values and the exact sum otherwise', () => {
    expect(sum([])).toEqual(r(0n));
    expect(sum([r(1n, 3n), r(1n, 3n), r(1n, 3n)])).toEqual(r(1n));
  });
});

describe('sumIntegers', () => {
  it('adds small integers exactly', () => {
    expect(sumIntegers([])).toBe(0n);
    expect(sumIntegers([1n, 2n, 3n])).toBe(6n);
    expect(sumIntegers([59406n, -406n, 1000n])).toBe(60000n);
  });

  it('stays exact past 2^53, for a large term and for a partial sum that outgrows doubles', () => {
    // 2^53 − 1 = 9 007 199 254 740 991
    expect(sumIntegers([1n, 2n, 9007199254740993n])).toBe(9007199254740996n);
    expect(sumIntegers([9007199254740991n, 9007199254740991n, 3n])).toBe(18014398509481985n);
    expect(sumIntegers([-9007199254740991n, -2n, 1n])).toBe(-9007199254740992n);
    expect(sumIntegers([10n ** 30n, 1n])).toBe(10n ** 30n + 1n);
  });
});

describe('floorInt, ceilInt, roundHalfAwayInt', () => {
  it('returns floor and ceiling for both signs', () => {
    expect(floorInt(r(7n, 2n))).toBe(3n);
    expect(floorInt(r(-7n, 2n))).toBe(-4n);
    expect(floorInt(r(-4n))).toBe(-4n);
    expect(ceilInt(r(7n, 2n))).toBe(4n);
    expect(ceilInt(r(-7n, 2n))).toBe(-3n);
  });
  it('rounds halves away from zero like Excel ROUND', () => {
    expect(roundHalfAwayInt(r(5n, 2n))).toBe(3n);
    expect(roundHalfAwayInt(r(-5n, 2n))).toBe(-3n);
    expect(roundHalfAwayInt(r(24n, 10n))).toBe(2n);
    expect(roundHalfAwayInt(r(-26n, 10n))).toBe(-3n);
  });
  it('returns floor ≤ x < floor + 1 for any rational', () => {
    fc.assert(
      fc.property(fc.bigInt(), fc.bigInt({ min: 1n, max: 10n ** 20n }), (n, d) => {
        const x = rational(n, d);
        const f = floorInt(x);
        return f * x.den <= x.num && x.num < (f + 1n) * x.den;
      }),
      { seed: 42 },
    );
  });
});

describe('floorTo, roundTo, isMultipleOf', () => {
  it('returns multiples of each offered rounding unit', () => {
    const x = r(123456789n, 100n); // 1 234 567,89
    expect(floorTo(x, ROUNDING_UNITS.krona)).toEqual(r(1234567n));
    expect(floorTo(x, ROUNDING_UNITS.hundred)).toEqual(r(1234500n));
    expect(floorTo(x, ROUNDING_UNITS.thousand)).toEqual(r(1234000n));
    expect(floorTo(r(12345n, 1000n), ROUNDING_UNITS.ore)).toEqual(r(1234n, 100n));
    expect(roundTo(r(1250n), ROUNDING_UNITS.hundred)).toEqual(r(1300n));
    expect(roundTo(r(-1250n), ROUNDING_UNITS.hundred)).toEqual(r(-1300n));
    expect(isMultipleOf(r(1300n), ROUNDING_UNITS.hundred)).toBe(true);
    expect(isMultipleOf(r(1301n), ROUNDING_UNITS.hundred)).toBe(false);
  });
});
