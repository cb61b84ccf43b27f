import { rational } from '../../../src/domain/money/arithmetic';
import { fromNumber, fromNumberBinary } from '../../../src/domain/money/fromNumber';
import { toDecimalString } from '../../../src/domain/money/toDecimalString';
import { toNumber } from '../../../src/domain/money/toNumber';

describe('fromNumber', () => {
  it('returns the decimal the double displays as', () => {
    expect(fromNumber(0.1)).toEqual(rational(1n, 10n));
    expect(fromNumber(12.5)).toEqual(rational(25n, 2n));
    expect(fromNumber(-1264598)).toEqual(rational(-1264598n));
    expect(fromNumber(1e21)).toEqual(rational(10n ** 21n));
    expect(fromNumber(1.5e-7)).toEqual(rational(15n, 10n ** 8n));
  });
  it('throws on non-finite input', () => {
    expect(() => fromNumber(NaN)).toThrow(RangeError);
    expect(() => fromNumber(Infinity)).toThrow(RangeError);
  });
});

describe('fromNumberBinary', () => {
  it('returns the exact binary value of the double', () => {
    expect(fromNumberBinary(0.5)).toEqual(rational(1n, 2n));
    expect(fromNumberBinary(0.1)).toEqual(rational(3602879701896397n, 2n ** 55n));
    expect(fromNumberBinary(7)).toEqual(rational(7n));
    expect(() => fromNumberBinary(-Infinity)).toThrow(RangeError);
  });
});

describe('toNumber', () => {
  it('returns the nearest double', () => {
    expect(toNumber(rational(1n, 3n))).toBeCloseTo(0.333333333333, 12);
    expect(toNumber(rational(-1264598n))).toBe(-1264598);
    expect(toNumber(rational(1n, 10n))).toBe(0.1);
  });
});

describe('toDecimalString', () => {
  it('returns the value rounded half away from zero to the given decimals', () => {
    expect(toDecimalString(rational(2n, 3n), 4)).toBe('0.6667');
    expect(toDecimalString(rational(-5n, 2n))).toBe('-3');
    expect(toDecimalString(rational(1n, 200n), 2)).toBe('0.01');
    expect(toDecimalString(rational(-1n, 200n), 2)).toBe('-0.01');
    expect(toDecimalString(rational(2n ** 64n), 0)).toBe('18446744073709551616');
    expect(toDecimalString(rational(-7n, 100n), 2)).toBe('-0.07');
  });
  it('throws on a negative digit count', () => {
    expect(() => toDecimalString(rational(1n), -1)).toThrow(RangeError);
  });
});
