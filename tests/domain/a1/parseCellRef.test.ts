import { cellAddress } from '../../../src/domain/a1/cellAddress';
import { parseCellRef } from '../../../src/domain/a1/parseCellRef';

describe('parseCellRef', () => {
  it('returns 0-based row and column, ignoring $ and case', () => {
    expect(parseCellRef('$c$5')).toMatchObject({ row: 4, col: 2 });
    expect(parseCellRef('XFD1048576')).toMatchObject({ row: 1048575, col: 16383 });
  });

  it('returns the $ anchors', () => {
    expect(parseCellRef('$D7')).toEqual({ row: 6, col: 3, absRow: false, absCol: true });
  });

  it('round-trips cell addresses', () => {
    expect(parseCellRef('D25')).toMatchObject({ row: 24, col: 3 });
    expect(cellAddress(24, 3)).toBe('D25');
    expect(parseCellRef('$B$3')).toMatchObject({ row: 2, col: 1 });
  });

  it('keeps the sheet of a sheet-qualified reference, unquoted', () => {
    expect(parseCellRef("'Kommun''s blad'!B2")).toMatchObject({ sheet: "Kommun's blad", row: 1, col: 1 });
    expect(parseCellRef('Blad2!C4')).toMatchObject({ sheet: 'Blad2', row: 3, col: 2 });
    expect(parseCellRef('C4')).not.toHaveProperty('sheet');
  });

  describe('edge cases', () => {
    it('returns undefined for a range or a name', () => {
      expect(parseCellRef('A1:B2')).toBeUndefined();
      expect(parseCellRef('Summa')).toBeUndefined();
    });

    it('returns undefined for an address outside the sheet', () => {
      expect(parseCellRef('A0')).toBeUndefined();
      expect(parseCellRef('A1048577')).toBeUndefined();
      expect(parseCellRef('XFE1')).toBeUndefined();
    });
  });
});
