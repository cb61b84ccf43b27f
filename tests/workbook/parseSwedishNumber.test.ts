import fc from 'fast-check';
import { parseSwedishNumber } from '../../src/workbook/parseSwedishNumber';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

describe('parseSwedishNumber', () => {
  it.each([
    ['1 264 598', 1264598],
    ['1\u00a0264\u00a0598', 1264598],
    ['1\u202f264\u202f598', 1264598],
    ['1 264 598 kr', 1264598],
    ['12,5', 12.5],
    ['\u22123 400', -3400],
    ['-3 400', -3400],
    ['(3 400)', -3400],
    ['12.5', 12.5],
    ['1.264.598', 1264598],
    ['+7', 7],
    [',5', 0.5],
  ])('returns %j as %p', (text, value) => {
    expect(parseSwedishNumber(text)?.value).toBe(value);
  });

  it('returns percentages as written, flagged', () => {
    expect(parseSwedishNumber('12,5 %')).toEqual({ value: 12.5, percent: true });
  });

  it('returns the money unit written after the number', () => {
    expect(parseSwedishNumber('1 264 598 kr')?.currency).toBe('kr');
    expect(parseSwedishNumber('450 tkr')?.currency).toBe('tkr');
    expect(parseSwedishNumber('1,2 mnkr')).toEqual({ value: 1.2, percent: false, currency: 'mnkr' });
  });

  it.each(['', '  ', 'Avesta', '12 34', '2019-12-31', '1,2,3', '0180 Stockholm', '--3', '(−3)', 'kr'])(
    'returns undefined for %j',
    (text) => {
      expect(parseSwedishNumber(text)).toBeUndefined();
    },
  );

  describe('fuzz', () => {
    it('never throws on any string', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary' }), (s) => {
          parseSwedishNumber(s);
        }),
        { numRuns: RUNS },
      );
    });

    it('returns every integer written with Swedish thousands separators', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: -1e12, max: 1e12 }),
          fc.constantFrom(' ', '\u00a0', '\u202f'),
          (n, sep) => {
            const digits = Math.abs(n)
              .toString()
              .replace(/\B(?=(\d{3})+(?!\d))/g, sep);
            const text = (n < 0 ? '\u2212' : '') + digits;
            expect(parseSwedishNumber(text)?.value).toBe(n === 0 ? 0 : n);
          },
        ),
        { numRuns: RUNS },
      );
    });
  });
});
