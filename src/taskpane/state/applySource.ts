import { type TableModel, type TableRow } from '../../domain/table/TableModel';
import { type UnitRegistry } from '../../domain/units/UnitRegistry';
import { type SourceSelection } from './sessionReducer';

/**
 * The detected table with the user's corrections: which column names the units, column roles, and which row
 * (if any) is the total row. Detection is a guess; the user has the last word. The table itself is not changed.
 * A new unit column relabels the rows from its cells and resolves them with `registry`.
 * @example applySource(table, { sheet, range, roles: { D: 'amount' } }).columns[3].role //=> 'amount'
 */
export function applySource(table: TableModel, source: SourceSelection, registry?: UnitRegistry): TableModel {
  const relabelled =
    source.unitColumn === undefined ? table : withUnitColumn(table, source.unitColumn, registry);
  const roles = source.roles ?? {};
  const columns = relabelled.columns.map((c) => {
    const role = roles[c.letter];
    if (role === undefined || c.role === 'unit' || c.role === 'code') return c;
    const { sumOf: _sumOf, ...rest } = c;
    return role === 'total' ? { ...c, role } : { ...rest, role };
  });
  const base = { ...relabelled, columns };
  if (source.totalRow === undefined) return base;
  const all = [...base.rows, ...(base.totalRow ? [base.totalRow] : [])].sort((x, y) => x.row - y.row);
  const total = source.totalRow === null ? undefined : all.find((r) => r.row === source.totalRow);
  const rows = all.filter((r) => r !== total);
  const { totalRow: _old, ...rest } = base;
  return { ...rest, rows, ...(total ? { totalRow: total } : {}) };
}

function withUnitColumn(table: TableModel, letter: string, registry: UnitRegistry | undefined): TableModel {
  const index = table.columns.findIndex((c) => c.letter === letter);
  const column = table.columns[index];
  if (!column || column.role === 'unit') return table;
  const columns = table.columns.map((c, i) => {
    if (i === index) {
      const { sumOf: _sumOf, scale: _scale, ...rest } = c;
      return { ...rest, role: 'unit' as const };
    }
    return c.role === 'unit' ? { ...c, role: 'other' as const } : c;
  });
  const relabel = (row: TableRow): TableRow => {
    const cell = row.cells[index];
    const label = cell?.text ?? (cell?.number === undefined ? '' : String(cell.number));
    const { unit: _unit, ...rest } = row;
    const found = registry?.resolve(label.trim(), table.level === 'unknown' ? undefined : table.level);
    return { ...rest, label, ...(found?.ok ? { unit: found.unit } : {}) };
  };
  return {
    ...table,
    columns,
    rows: table.rows.map(relabel),
    ...(table.totalRow ? { totalRow: relabel(table.totalRow) } : {}),
  };
}
