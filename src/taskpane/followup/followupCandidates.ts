import { type FollowupAllocation } from '../../domain/followup/Followup';
import { type TableModel } from '../../domain/table/TableModel';
import { type UnitRegistry } from '../../domain/units/UnitRegistry';
import { findTables } from '../../workbook/findTables';
import {
  followupAllocationFromOwnSheet,
  followupAllocationFromTable,
  isFollowupTable,
} from '../../workbook/followupColumns';
import { type Grid } from '../../workbook/Grid';

/** An allocation the user can follow up: Länsnyckel's own Fördelning sheet, or a table with amounts per unit. */
export interface AllocationChoice {
  /** "sheet!range": stable across reads, saved in the workbook. */
  readonly id: string;
  readonly own: boolean;
  readonly allocation: FollowupAllocation;
}

/** A table that reads as an återredovisning (it has förbrukat or ej förbrukat). */
export interface ReportChoice {
  readonly id: string;
  readonly table: TableModel;
}

/**
 * What the Uppföljning mode offers from the workbook's sheets: our own Fördelning sheets first, then every
 * other table with amounts per unit; and every table with a förbrukat or ej förbrukat column as a report.
 * @example followupCandidates(grids, registry).reports.map((r) => r.id) //=> ['Återredovisning 2020!A3:D19']
 */
export function followupCandidates(
  grids: readonly Grid[],
  registry: UnitRegistry,
): { readonly allocations: readonly AllocationChoice[]; readonly reports: readonly ReportChoice[] } {
  const own: AllocationChoice[] = [];
  const other: AllocationChoice[] = [];
  const reports: ReportChoice[] = [];
  for (const grid of grids) {
    const ownSheet = grid.isOutput === true;
    if (ownSheet && !/^(fördelning|allocation)\b/iu.test(grid.sheet)) continue;
    for (const table of findTables(grid, registry)) {
      const id = `${table.sheet}!${table.range}`;
      if (!ownSheet && isFollowupTable(table)) {
        reports.push({ id, table });
        continue;
      }
      const allocation = ownSheet
        ? followupAllocationFromOwnSheet(table)
        : followupAllocationFromTable(table);
      if (allocation && allocation.amounts.length > 0) {
        (ownSheet ? own : other).push({ id, own: ownSheet, allocation });
      }
    }
  }
  return { allocations: [...own, ...other], reports };
}
