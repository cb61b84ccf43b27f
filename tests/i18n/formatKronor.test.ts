import { formatKronor } from '../../src/i18n/formatKronor';
import { formatNumber } from '../../src/i18n/formatNumber';

const NBSP = '\u00A0';

describe('formatNumber', () => {
  it('returns NBSP-grouped digits with a decimal comma', () => {
    expect(formatNumber(1234567.5, 1)).toBe(`1${NBSP}234${NBSP}567,5`);
    expect(formatNumber(999)).toBe('999');
  });
  it('returns a true minus sign (U+2212) for negatives', () => {
    expect(formatNumber(-1689)).toBe(`\u22121${NBSP}689`);
  });
  it('formats bigint amounts above 2^53 exactly', () => {
    expect(formatNumber(12345678901234567890n)).toBe(
      ['12', '345', '678', '901', '234', '567', '890'].join(NBSP),
    );
    expect(formatNumber(-1000n)).toBe(`\u22121${NBSP}000`);
  });
  describe('edge cases', () => {
    it('returns 0 without a sign for −0 and values rounding to zero', () => {
      expect(formatNumber(-0)).toBe('0');
      expect(formatNumber(-0.004, 2)).toBe('0,00');
    });
    it('agrees with Intl sv-SE for ordinary values', () => {
      for (const v of [0, 7, -12, 1234, -98765.25, 15711504])
        expect(formatNumber(v, 2)).toBe(
          new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2 }).format(v),
        );
    });
  });
});

describe('formatKronor', () => {
  it('returns kronor with an NBSP before kr', () => {
    expect(formatKronor(15711504)).toBe(`15${NBSP}711${NBSP}504${NBSP}kr`);
  });
  it('returns the bare number when unit is false', () => {
    expect(formatKronor(-1689, { unit: false })).toBe(`\u22121${NBSP}689`);
  });
});
