import { parseRangeAddress } from '../../../src/domain/a1/parseRangeAddress';

describe('parseRangeAddress', () => {
  it('returns rectangles for cells, ranges, whole columns and rows', () => {
    expect(parseRangeAddress('$B$2:C9')).toEqual({ startRow: 1, startCol: 1, endRow: 8, endCol: 2 });
    expect(parseRangeAddress('C:C')).toMatchObject({
      startRow: 0,
      endRow: 1_048_575,
      startCol: 2,
      endCol: 2,
    });
    expect(parseRangeAddress('2:4')).toMatchObject({ startRow: 1, endRow: 3, startCol: 0 });
  });

  it('normalises ranges given in either corner order', () => {
    expect(parseRangeAddress('D7:B3')).toEqual({ startRow: 2, startCol: 1, endRow: 6, endCol: 3 });
    expect(parseRangeAddress('C4')).toEqual({ startRow: 3, startCol: 2, endRow: 3, endCol: 2 });
  });

  describe('edge cases', () => {
    it('returns undefined for text that is not an address', () => {
      expect(parseRangeAddress('Blad1')).toBeUndefined();
      expect(parseRangeAddress('A1:B2:C3')).toBeUndefined();
      expect(parseRangeAddress('')).toBeUndefined();
    });

    it('returns undefined for a sheet-qualified address or one past the sheet', () => {
      expect(parseRangeAddress('Blad1!A1')).toBeUndefined();
      expect(parseRangeAddress('A1:A1048577')).toBeUndefined();
    });
  });
});
