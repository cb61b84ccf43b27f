import { type TableModel } from '../../domain/table/TableModel';
import { type SourceSelection } from './sessionReducer';

/**
 * The detected table with the user's corrections: column roles, and which row (if any) is the total row.
 * Detection is a guess; the user has the last word. The table itself is not changed.
 * @example applySource(table, { sheet, range, roles: { D: 'amount' } }).columns[3].role //=> 'amount'
 */
export function applySource(table: TableModel, source: SourceSelection): TableModel {
  const roles = source.roles ?? {};
  const columns = table.columns.map((c) => {
    const role = roles[c.letter];
    if (role === undefined || c.role === 'unit' || c.role === 'code') return c;
    const { sumOf: _sumOf, ...rest } = c;
    return role === 'total' ? { ...c, role } : { ...rest, role };
  });
  if (source.totalRow === undefined) return { ...table, columns };
  const all = [...table.rows, ...(table.totalRow ? [table.totalRow] : [])].sort((x, y) => x.row - y.row);
  const total = source.totalRow === null ? undefined : all.find((r) => r.row === source.totalRow);
  const rows = all.filter((r) => r !== total);
  const { totalRow: _old, ...rest } = table;
  return { ...rest, columns, rows, ...(total ? { totalRow: total } : {}) };
}
