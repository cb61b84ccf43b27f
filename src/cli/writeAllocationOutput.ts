import { type Allocation } from '../domain/allocation/Allocation';
import { type Finding } from '../domain/findings/Finding';
import { type Plan } from '../domain/plan/planSchema';
import { type TableModel } from '../domain/table/TableModel';
import { buildSheetPlan } from '../output/buildSheetPlan';
import { sheetPlanInputFor } from '../output/sheetPlanInputFor';
import { type PlanInputs } from '../workbook/planInputsFromTable';

/**
 * The hook from `allocate --out` to the output layer: the same sheets the task pane writes (sheetPlanInputFor →
 * buildSheetPlan), written by ExcelJS.
 */
export async function writeAllocationOutput(input: {
  readonly inputPath: string;
  readonly outPath: string;
  readonly allocation: Allocation;
  readonly plan: Plan;
  /** The plan's JSON text as given (plan file, or the one-pot plan built from --key/--total). */
  readonly planJson: string;
  readonly inputs: PlanInputs;
  readonly table: TableModel;
  readonly findings: readonly Finding[];
  /** ISO date of the write; today by default. */
  readonly date?: string;
}): Promise<void> {
  const { allocation, plan, table, inputs } = input;
  // ExcelJS is loaded only when a workbook is written (`--out`), not for every allocate.
  const { writeAllocationWorkbook } = await import('./writeAllocationWorkbook');
  await writeAllocationWorkbook({
    inputPath: input.inputPath,
    outPath: input.outPath,
    plan: (existingSheetNames) =>
      buildSheetPlan(
        sheetPlanInputFor({
          allocation,
          plan,
          planJson: input.planJson,
          indicators: inputs.indicators,
          referenced: inputs.sources.flatMap((s) => (s.kind === 'reference' ? [s] : [])),
          findings: input.findings,
          source: { sheet: table.sheet, range: table.range },
          date: input.date ?? new Date().toISOString().slice(0, 10),
          lang: 'sv',
          existingSheetNames,
        }),
      ),
  });
}
