import { formatAmount } from '../../../src/domain/money/formatAmount';

const NBSP = '\u00A0';
const MINUS = '\u2212';

describe('formatAmount', () => {
  it('returns Swedish digits: NBSP thousands, U+2212 minus, decimal comma', () => {
    expect(formatAmount(-1234567.5, 'sv')).toBe(`${MINUS}1${NBSP}234${NBSP}567,5`);
    expect(formatAmount(15711504n, 'sv')).toBe(`15${NBSP}711${NBSP}504`);
  });

  it('returns English digits: comma thousands, ASCII minus, decimal point', () => {
    expect(formatAmount(-1234567.5, 'en')).toBe('-1,234,567.5');
    expect(formatAmount({ num: -190000050n, den: 100n }, 'en', 2)).toBe('-1,900,000.50');
  });

  it('returns negative fractions with their minus', () => {
    expect(formatAmount(-0.5, 'sv')).toBe(`${MINUS}0,5`);
    expect(formatAmount({ num: -1n, den: 2n }, 'sv')).toBe(`${MINUS}0,5`);
    expect(formatAmount({ num: -1n, den: 2n }, 'en', 2)).toBe('-0.50');
  });

  it('groups amounts at and above 2^53 exactly', () => {
    expect(formatAmount(2n ** 53n + 1n, 'sv')).toBe(['9', '007', '199', '254', '740', '993'].join(NBSP));
    expect(formatAmount(2n ** 60n, 'en')).toBe('1,152,921,504,606,846,976');
    expect(formatAmount({ num: -(2n ** 64n) - 1n, den: 2n }, 'en', 1)).toBe('-9,223,372,036,854,775,808.5');
  });

  it('rounds half away from zero to the given decimals', () => {
    expect(formatAmount({ num: 5n, den: 2n }, 'en', 0)).toBe('3');
    expect(formatAmount({ num: -5n, den: 2n }, 'en', 0)).toBe('-3');
    expect(formatAmount({ num: 1005n, den: 1000n }, 'sv', 2)).toBe('1,01');
    expect(formatAmount({ num: -1005n, den: 1000n }, 'sv', 2)).toBe(`${MINUS}1,01`);
    expect(formatAmount({ num: 2n, den: 3n }, 'en', 4)).toBe('0.6667');
    expect(formatAmount(1234.5, 'sv', 0)).toBe(`1${NBSP}235`);
  });

  it('returns every digit a value has when no decimals are given', () => {
    expect(formatAmount({ num: 1n, den: 8n }, 'en')).toBe('0.125');
    expect(formatAmount(0.1 + 0.2, 'en')).toBe(String(0.1 + 0.2));
    expect(formatAmount(1e21, 'en')).toBe('1,000,000,000,000,000,000,000');
  });

  describe('edge cases', () => {
    it('returns zero without a sign for −0 and values that round to zero', () => {
      expect(formatAmount(-0, 'sv')).toBe('0');
      expect(formatAmount(-0.004, 'sv', 2)).toBe('0,00');
      expect(formatAmount({ num: -1n, den: 1000n }, 'en', 2)).toBe('0.00');
    });

    it('returns NaN and Infinity as JavaScript prints them', () => {
      expect(formatAmount(Number.NaN, 'sv')).toBe('NaN');
      expect(formatAmount(Number.POSITIVE_INFINITY, 'en')).toBe('Infinity');
    });

    it('defaults to Swedish', () => {
      expect(formatAmount(-1689)).toBe(`${MINUS}1${NBSP}689`);
    });
  });
});
