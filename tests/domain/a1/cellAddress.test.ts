import { cellAddress } from '../../../src/domain/a1/cellAddress';

describe('cellAddress', () => {
  it('returns the A1 address of a 0-based row and column', () => {
    expect(cellAddress(4, 2)).toBe('C5');
    expect(cellAddress(24, 3)).toBe('D25');
  });

  describe('edge cases', () => {
    it('throws for a negative row', () => {
      expect(() => cellAddress(-1, 0)).toThrow(RangeError);
    });
  });
});
