import { columnLetter, formatRange, parseCell, parseRange, toA1 } from '../../src/preview/a1';

describe('a1', () => {
  it('returns column letters past Z', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
  it('round-trips cell addresses', () => {
    expect(parseCell('D25')).toEqual({ row: 24, col: 3 });
    expect(toA1({ row: 24, col: 3 })).toBe('D25');
    expect(parseCell('$B$3')).toEqual({ row: 2, col: 1 });
  });
  it('normalises ranges given in either corner order', () => {
    expect(formatRange(parseRange('D7:B3')!)).toBe('B3:D7');
    expect(formatRange(parseRange('C4')!)).toBe('C4');
  });
  describe('edge cases', () => {
    it('returns undefined for what is not an address', () => {
      expect(parseCell('Summa')).toBeUndefined();
      expect(parseCell('A0')).toBeUndefined();
      expect(parseRange('A1:B2:C3')).toBeUndefined();
      expect(parseRange('')).toBeUndefined();
    });
  });
});
