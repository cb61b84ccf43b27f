import { InvariantError } from '../../../src/domain/errors';
import { cellAddressIn } from '../../../src/domain/table/cellAddressIn';
import { type TableColumn } from '../../../src/domain/table/TableModel';

const column = (col: number, letter: string): TableColumn => ({ col, letter, header: '', role: 'amount' });

describe('cellAddressIn', () => {
  it("returns the row's sheet row and the column's sheet column: row 6, column D is D7", () => {
    const table = { columns: [column(0, 'A'), column(3, 'D')] };
    expect(cellAddressIn(table, { row: 6 }, 1)).toBe('D7');
    expect(cellAddressIn(table, { row: 0 }, 0)).toBe('A1');
  });

  it('returns AB100 for sheet column 27 on sheet row 99 (two-letter columns)', () => {
    expect(cellAddressIn({ columns: [column(27, 'AB')] }, { row: 99 }, 0)).toBe('AB100');
  });

  it('swaps in a transposed table: the row is sheet column C, the column sheet row 1, so C1', () => {
    // Turned view: the row stands for sheet column 2 (C), the column for sheet row 0 (letter "1").
    const turned = { columns: [column(0, '1'), column(1, '2')], transposed: true as const };
    expect(cellAddressIn(turned, { row: 2 }, 0)).toBe('C1');
    expect(cellAddressIn(turned, { row: 4 }, 1)).toBe('E2');
  });

  it('throws an InvariantError for a column the table does not have', () => {
    expect(() => cellAddressIn({ columns: [column(0, 'A')] }, { row: 0 }, 3)).toThrow(InvariantError);
  });
});
