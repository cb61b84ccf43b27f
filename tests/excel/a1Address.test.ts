import {
  columnIndex,
  columnName,
  parseA1Range,
  quoteSheetName,
  splitSheetAddress,
} from '../../src/excel/a1Address';

describe('parseA1Range', () => {
  it('returns rectangles for cells, ranges, whole columns and rows', () => {
    expect(parseA1Range('$B$2:C9')).toEqual({ startRow: 1, startCol: 1, endRow: 8, endCol: 2 });
    expect(parseA1Range('C:C')).toMatchObject({ startRow: 0, endRow: 1_048_575, startCol: 2, endCol: 2 });
    expect(parseA1Range('2:4')).toMatchObject({ startRow: 1, endRow: 3, startCol: 0 });
  });

  it('throws on text that is not an address', () => {
    expect(() => parseA1Range('Blad1')).toThrow(RangeError);
  });
});

describe('columnName', () => {
  it('returns letters that columnIndex maps back', () => {
    for (const col of [0, 25, 26, 701, 702, 16_383]) expect(columnIndex(columnName(col))).toBe(col);
    expect(columnName(27)).toBe('AB');
  });
});

describe('splitSheetAddress', () => {
  it('returns the unquoted sheet and the local address', () => {
    expect(splitSheetAddress("'Kommun''s blad'!B2:C3")).toEqual({ sheet: "Kommun's blad", local: 'B2:C3' });
    expect(splitSheetAddress('A1')).toEqual({ sheet: undefined, local: 'A1' });
    expect(quoteSheetName("Kommun's blad")).toBe("'Kommun''s blad'");
    expect(quoteSheetName('Data')).toBe('Data');
    expect(quoteSheetName('AB12')).toBe("'AB12'");
  });
});
