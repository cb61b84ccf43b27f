import { type TableModel } from '../domain/table/TableModel';
import { type UnitRegistry } from '../domain/units/UnitRegistry';
import { findTables } from '../workbook/findTables';
import { type Grid } from '../workbook/Grid';

/** The tables of every sheet, in sheet order. */
export function findTablesInGrids(grids: readonly Grid[], registry: UnitRegistry): TableModel[] {
  return grids.flatMap((g) => findTables(g, registry));
}
