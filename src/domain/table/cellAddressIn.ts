import { cellAddress } from '../a1/cellAddress';
import { defined } from '../errors';
import { type TableModel, type TableRow } from './TableModel';

/**
 * The sheet's own A1 address of a table cell: the row's sheet row and the column's sheet column, swapped in a
 * transposed table (there `row.row` is a sheet column and `column.col` a sheet row). Cells carry no address of
 * their own: a long table has millions of cells and only the few a finding names need one.
 * @example cellAddressIn(jonkoping, jonkoping.rows[0], 2) //=> 'C4'
 * @example cellAddressIn(turned, turned.rows[1], 0) //=> 'C1' (sheet column C, sheet row 1)
 */
export function cellAddressIn(
  table: Pick<TableModel, 'columns' | 'transposed'>,
  row: Pick<TableRow, 'row'>,
  columnIndex: number,
): string {
  const column = defined(table.columns[columnIndex], `column ${columnIndex} of the table`);
  return table.transposed ? cellAddress(column.col, row.row) : cellAddress(row.row, column.col);
}
