import {
  amountFormat,
  decimalText,
  decimalsOf,
  formulaLiteral,
  fractionText,
} from '../../src/output/rationalText';

const r = (num: bigint, den = 1n) => ({ num, den });

describe('decimalText', () => {
  it('returns the value rounded half away from zero without trailing zeros, with the separator', () => {
    expect(decimalText(r(1n, 3n), 5, ',')).toBe('0,33333');
    expect(decimalText(r(2n, 3n), 5, ',')).toBe('0,66667');
    expect(decimalText(r(5n, 2n), 3, ',')).toBe('2,5');
    expect(decimalText(r(-7n, 2n), 0, ',')).toBe('-4');
    expect(decimalText(r(15711504n), 20, '.')).toBe('15711504');
  });

  it('returns 0, not -0, for a tiny negative value', () => {
    expect(decimalText(r(-1n, 1000n), 2, ',')).toBe('0');
  });
});

describe('fractionText', () => {
  it('returns num/den, or the integer alone', () => {
    expect(fractionText(r(11589n, 143983n))).toBe('11589/143983');
    expect(fractionText(r(-4n))).toBe('-4');
  });
});

describe('formulaLiteral', () => {
  it('returns a decimal with "." and negative values in parentheses', () => {
    expect(formulaLiteral(r(123456789n, 100n))).toBe('1234567.89');
    expect(formulaLiteral(r(-5n))).toBe('(-5)');
  });
});

describe('amountFormat', () => {
  it('returns #,##0 for kronor and hundreds, #,##0.00 for öre', () => {
    expect(amountFormat(r(1n))).toBe('#,##0');
    expect(amountFormat(r(100n))).toBe('#,##0');
    expect(amountFormat(r(1n, 100n))).toBe('#,##0.00');
    expect(decimalsOf(r(1n, 10n))).toBe(1);
  });
});
