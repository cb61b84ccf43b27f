import { checkTable } from '../domain/checks/checkTable';
import { type Finding } from '../domain/findings/Finding';
import { type FollowupAllocation, type FollowupResult } from '../domain/followup/Followup';
import { reconcileFollowup } from '../domain/followup/reconcileFollowup';
import { type TableModel } from '../domain/table/TableModel';
import { type UnitRegistry } from '../domain/units/UnitRegistry';
import {
  followupReportFromTable,
  recogniseFollowupColumns,
  type FollowupColumnChoice,
  type FollowupRole,
} from './followupColumns';

/** A reconciled report table: the domain's result plus every finding, or the roles two columns share. */
export type FollowupTablesOutcome =
  | {
      readonly ok: true;
      readonly result: FollowupResult;
      /** The report table's ordinary checks, then the reconciliation's findings. */
      readonly findings: readonly Finding[];
      readonly choice: FollowupColumnChoice;
    }
  | { readonly ok: false; readonly ambiguous: readonly FollowupRole[] };

/**
 * Reconciles a detected report table against an allocation and runs the ordinary table checks (`checkTable`:
 * totals, formulas, unit labels, cell values) on the report too, since a follow-up is a sheet like any other;
 * the checks' unit-missing (which kommuner of the län are absent) and row totals over follow-up columns are left
 * to the reconciliation, which names the same problem against the allocation.
 * @example reconcileFollowupTables(allocation, report, registry).findings.map((f) => f.code) //=> ['followup-overspent']
 */
export function reconcileFollowupTables(
  allocation: FollowupAllocation,
  report: TableModel,
  registry: UnitRegistry,
  chosen?: FollowupColumnChoice,
): FollowupTablesOutcome {
  const recognised = recogniseFollowupColumns(report);
  if (!chosen && recognised.ambiguous.length > 0) return { ok: false, ambiguous: recognised.ambiguous };
  const choice = chosen ?? recognised.choice;
  const result = reconcileFollowup(allocation, followupReportFromTable(report, choice));
  const followupHeaders = new Set(
    report.columns.filter((c) => Object.values(choice).includes(c.letter)).map((c) => c.header),
  );
  const ordinary = checkTable(report, { registry }).filter(
    (f) =>
      f.code !== 'unit-missing' && !(f.code === 'row-total-mismatch' && followupHeaders.has(f.column ?? '')),
  );
  return { ok: true, result, findings: [...ordinary, ...result.findings], choice };
}
