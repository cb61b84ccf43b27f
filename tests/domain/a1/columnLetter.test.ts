import { columnIndex } from '../../../src/domain/a1/columnIndex';
import { columnLetter } from '../../../src/domain/a1/columnLetter';

describe('columnLetter', () => {
  it('returns letters for 0-based columns across the Z/AA and ZZ/AAA boundaries', () => {
    expect([0, 25, 26, 27, 701, 702, 16383].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AB',
      'ZZ',
      'AAA',
      'XFD',
    ]);
  });

  it('returns letters that columnIndex maps back', () => {
    for (const col of [0, 25, 26, 701, 702, 16_383]) expect(columnIndex(columnLetter(col))).toBe(col);
    expect(columnLetter(27)).toBe('AB');
  });

  describe('edge cases', () => {
    it('throws for a negative column', () => {
      expect(() => columnLetter(-1)).toThrow(RangeError);
    });

    it('throws for a column past XFD', () => {
      expect(() => columnLetter(16_384)).toThrow(RangeError);
    });
  });
});
