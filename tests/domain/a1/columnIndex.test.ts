import { columnIndex } from '../../../src/domain/a1/columnIndex';

describe('columnIndex', () => {
  it('returns the 0-based column of letters in any case', () => {
    expect(columnIndex('A')).toBe(0);
    expect(columnIndex('ab')).toBe(27);
    expect(columnIndex('XFD')).toBe(16_383);
  });
});
