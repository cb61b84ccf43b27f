import {
  cellAddress,
  columnLetter,
  parseCellAddress,
  quoteSheetName,
  rangeAddress,
} from '../../src/output/a1';

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

  it('throws for a negative column', () => {
    expect(() => columnLetter(-1)).toThrow(RangeError);
  });
});

describe('cellAddress', () => {
  it('returns the A1 address of a 0-based row and column', () => {
    expect(cellAddress(4, 2)).toBe('C5');
  });
});

describe('rangeAddress', () => {
  it('returns a range, or one cell when the corners coincide', () => {
    expect(rangeAddress(4, 0, 9, 2)).toBe('A5:C10');
    expect(rangeAddress(4, 4, 4, 4)).toBe('E5');
  });
});

describe('parseCellAddress', () => {
  it('returns 0-based row and column, ignoring $ and case', () => {
    expect(parseCellAddress('$c$5')).toEqual({ row: 4, col: 2 });
    expect(parseCellAddress('XFD1048576')).toEqual({ row: 1048575, col: 16383 });
  });

  it('throws for a range or a name', () => {
    expect(() => parseCellAddress('A1:B2')).toThrow(/not an A1 cell/);
  });
});

describe('quoteSheetName', () => {
  it('returns the name in quotes with inner quotes doubled', () => {
    expect(quoteSheetName("Kommunernas 'medel'")).toBe("'Kommunernas ''medel'''");
  });
});
