import { parseRangeAddress } from '../../../src/domain/a1/parseRangeAddress';
import { rangeAddress } from '../../../src/domain/a1/rangeAddress';
import { defined } from '../../helpers/defined';

describe('rangeAddress', () => {
  it('returns a range, or one cell when the corners coincide', () => {
    expect(rangeAddress({ startRow: 4, startCol: 0, endRow: 9, endCol: 2 })).toBe('A5:C10');
    expect(rangeAddress({ startRow: 4, startCol: 4, endRow: 4, endCol: 4 })).toBe('E5');
  });

  it('normalises ranges given in either corner order', () => {
    expect(rangeAddress(defined(parseRangeAddress('D7:B3')))).toBe('B3:D7');
    expect(rangeAddress(defined(parseRangeAddress('C4')))).toBe('C4');
  });
});
