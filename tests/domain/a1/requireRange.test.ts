import { requireRange } from '../../../src/domain/a1/requireRange';

describe('requireRange', () => {
  it('returns the rectangle of an A1 range', () => {
    expect(requireRange('$B$2:C9')).toEqual({ startRow: 1, startCol: 1, endRow: 8, endCol: 2 });
  });

  it('throws on text that is not an address', () => {
    expect(() => requireRange('Blad1')).toThrow(RangeError);
  });
});
