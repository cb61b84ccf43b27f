import { type Finding } from '../findings/Finding';
import { type TableModel } from '../table/TableModel';
import { compareAggregate } from './compareAggregate';

/**
 * column-total-mismatch: each stated total in the total row against the exact sum of the unit rows (numbers typed
 * as text included, as the author meant them), in additive columns, where the sheet says the row is a total (see
 * compareAggregate). Delta = stated − computed, in kronor (or the column's own unit).
 * @example checkColumnTotals(jonkoping)[0].delta //=> 1689
 */
export function checkColumnTotals(table: TableModel): Finding[] {
  return [...columnTotals(table).mismatches];
}

/**
 * The total row compared with the unit rows: mismatches and the columns whose total cannot be verified.
 * @example columnTotals(kommunSheet).unverifiable.size //=> 62
 */
export function columnTotals(table: TableModel): ReturnType<typeof compareAggregate> {
  const total = table.totalRow;
  if (!total) return { mismatches: [], mismatchColumns: [], reconciledColumns: [], unverifiable: new Map() };
  const closes = table.rows.every((r) => r.row < total.row);
  return compareAggregate(table, total, table.rows, closes);
}
