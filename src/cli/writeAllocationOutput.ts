import { type Allocation } from '../domain/allocation/Allocation';
import { type Finding } from '../domain/findings/Finding';
import { type Plan } from '../domain/plan/planSchema';
import { type TableModel } from '../domain/table/TableModel';
import { columnIndexOf } from '../domain/checks/tableFacts';
import { buildSheetPlan } from '../output/buildSheetPlan';
import { writeAllocationWorkbook } from './writeAllocationWorkbook';

/** The hook from `allocate --out` to the output layer: sheets planned by buildSheetPlan, written by ExcelJS. */
export async function writeAllocationOutput(input: {
  readonly inputPath: string;
  readonly outPath: string;
  readonly allocation: Allocation;
  readonly plan: Plan;
  readonly table: TableModel;
  readonly findings: readonly Finding[];
}): Promise<void> {
  const { allocation, plan, table } = input;
  const keyColumns = (plan.indicators ?? []).flatMap((ind) => {
    const idx = columnIndexOf(table, ind.name);
    return idx < 0 ? [] : [{ header: ind.name, values: table.rows.map((r) => r.cells[idx]!.number) }];
  });
  await writeAllocationWorkbook({
    inputPath: input.inputPath,
    outPath: input.outPath,
    plan: (existingSheetNames) =>
      buildSheetPlan({
        allocation,
        findings: input.findings,
        plan: {
          name: plan.name,
          keyInWords: keyColumns.map((k) => k.header).join(', ') || plan.name,
          json: JSON.stringify(plan, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)),
        },
        source: { sheet: table.sheet, range: table.range },
        date: new Date().toISOString().slice(0, 10),
        lang: 'sv',
        existingSheetNames,
        keyColumns,
      }),
  });
}
