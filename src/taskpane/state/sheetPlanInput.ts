import { type Finding } from '../../domain/findings/Finding';
import { toNumber } from '../../domain/money/toNumber';
import { type PlanJson } from '../../domain/plan/planSchema';
import { type TableModel } from '../../domain/table/TableModel';
import { type Lang } from '../../i18n/Lang';
import { type SheetPlanInput } from '../../output/buildSheetPlan';
import { summarizePlan } from '../../output/summarizePlan';
import { type ScenarioResult } from './computeScenario';

/**
 * What buildSheetPlan needs for the active scenario: the allocation, the plan in words with its JSON, the
 * source table's findings, the indicator columns (noting the reference population), today's date and the
 * user's sheet names. Undefined while the scenario has no allocation.
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
  const summary = summarizePlan(plan, JSON.stringify(json, null, 2), lang);
  const referenced = inputs.sources.filter((s) => s.kind === 'reference');
  return {
    allocation,
    findings,
    plan: {
      ...summary,
      sources: [
        ...(summary.sources ?? []),
        ...referenced.map((s) => ({
          label: plan.indicators?.find((i) => i.id === s.indicatorId)?.name ?? s.indicatorId,
          value: s.kind === 'reference' ? s.note[lang] : '',
        })),
      ],
    },
    source: { sheet: table.sheet, range: table.range },
    date,
    lang,
    existingSheetNames,
    keyColumns: (plan.indicators ?? []).map((ind) => ({
      header: ind.name,
      values: allocation.units.map((u) => {
        const v = inputs.indicators[ind.id]?.[u.id];
        return v ? toNumber(v) : undefined;
      }),
    })),
  };
}
