import { type Finding } from '../../domain/findings/Finding';
import { type PlanJson } from '../../domain/plan/planSchema';
import { type TableModel } from '../../domain/table/TableModel';
import { type Lang } from '../../i18n/Lang';
import { type SheetPlanInput } from '../../output/buildSheetPlan';
import { sheetPlanInputFor } from '../../output/sheetPlanInputFor';
import { type ScenarioResult } from './computeScenario';

/**
 * What buildSheetPlan needs for the active scenario (the CLI's sheetPlanInputFor, fed from the scenario): the
 * allocation, the plan in words with its JSON, the source table's findings plus the plan's own (frame-mismatch),
 * the indicator values used, today's date and the user's sheet names. Undefined while the scenario has no
 * allocation.
 * @example sheetPlanInput(result, json, table, findings, '2025-05-01', 'sv', ['Jönköping'])?.source.range //=> 'A1:E15'
 */
export function sheetPlanInput(
  result: ScenarioResult,
  json: PlanJson,
  table: TableModel,
  findings: readonly Finding[],
  date: string,
  lang: Lang,
  existingSheetNames: readonly string[],
): SheetPlanInput | undefined {
  const { allocation, plan, inputs } = result;
  if (!allocation || !plan || !inputs) return undefined;
  return sheetPlanInputFor({
    allocation,
    plan,
    planJson: JSON.stringify(json, null, 2),
    indicators: inputs.indicators,
    referenced: inputs.sources.flatMap((s) => (s.kind === 'reference' ? [s] : [])),
    findings: [...findings, ...(result.findings ?? [])],
    source: { sheet: table.sheet, range: table.range },
    date,
    lang,
    existingSheetNames,
  });
}
