import { rational } from '../../../src/domain/money/arithmetic';
import { parseDecimal } from '../../../src/domain/money/parseDecimal';

describe('parseDecimal', () => {
  it('returns exact rationals for Swedish and English decimals', () => {
    expect(parseDecimal('12,5')).toEqual(rational(25n, 2n));
    expect(parseDecimal('12.5')).toEqual(rational(25n, 2n));
    expect(parseDecimal('1 264 598')).toEqual(rational(1264598n));
    expect(parseDecimal('1\u00a0264\u202f598,25')).toEqual(rational(126459825n, 100n));
    expect(parseDecimal('\u22123,1')).toEqual(rational(-31n, 10n));
    expect(parseDecimal('-0.001')).toEqual(rational(-1n, 1000n));
    expect(parseDecimal('1e6')).toEqual(rational(1000000n));
    expect(parseDecimal('.5')).toEqual(rational(1n, 2n));
  });
  it('returns values above 2^53 exactly', () => {
    expect(parseDecimal('123456789012345678901234567')).toEqual(rational(123456789012345678901234567n));
  });
  it('returns undefined for text that is not one decimal', () => {
    for (const bad of ['', 'abc', '1,264,598', '1.264,5', '12 kr', '1e', '--1', 'NaN', 'Infinity']) {
      expect(parseDecimal(bad)).toBeUndefined();
    }
  });
  it('returns undefined for hostile exponents and 0 for a zero with one', () => {
    expect(parseDecimal('1e999999999')).toBeUndefined();
    expect(parseDecimal('1e-999999999')).toBeUndefined();
    expect(parseDecimal('0e999999999')).toEqual(rational(0n));
  });
});
