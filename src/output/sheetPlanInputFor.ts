import { type Allocation } from '../domain/allocation/Allocation';
import { type Finding, type LocalizedText } from '../domain/findings/Finding';
import { toNumber } from '../domain/money/toNumber';
import { type IndicatorValues } from '../domain/plan/IndicatorValues';
import { type Plan } from '../domain/plan/planSchema';
import { type SheetPlanInput } from './buildSheetPlan';
import { summarizePlan } from './summarizePlan';

/** What one allocation's sheets are planned from, the same for the task pane and the CLI. */
export interface SheetPlanParts {
  readonly allocation: Allocation;
  readonly plan: Plan;
  /** The plan's JSON as the user gave it (saved in the workbook, or the CLI's plan file). */
  readonly planJson: string;
  /** Indicator id → unit id → value: the values the engine used. */
  readonly indicators: IndicatorValues;
  /** Indicators that came from the reference population instead of a column, with the note to show. */
  readonly referenced: readonly { readonly indicatorId: string; readonly note: LocalizedText }[];
  readonly findings: readonly Finding[];
  readonly source: { readonly sheet: string; readonly range: string };
  readonly date: string;
  readonly lang: 'sv' | 'en';
  readonly existingSheetNames: readonly string[];
}

/**
 * What buildSheetPlan needs for one allocation: the plan in words with its JSON, the sources (noting the reference
 * population), and one key column per plan indicator holding the values the engine used.
 * @example sheetPlanInputFor(parts).keyColumns?.[0].header //=> 'Befolkning 31 dec 2019'
 */
export function sheetPlanInputFor(parts: SheetPlanParts): SheetPlanInput {
  const { allocation, plan, lang } = parts;
  const summary = summarizePlan(plan, parts.planJson, lang);
  const nameOf = (id: string): string => plan.indicators?.find((i) => i.id === id)?.name ?? id;
  return {
    allocation,
    findings: parts.findings,
    plan: {
      ...summary,
      sources: [
        ...(summary.sources ?? []),
        ...parts.referenced.map((s) => ({ label: nameOf(s.indicatorId), value: s.note[lang] })),
      ],
    },
    source: parts.source,
    date: parts.date,
    lang,
    existingSheetNames: parts.existingSheetNames,
    keyColumns: (plan.indicators ?? []).map((ind) => ({
      header: ind.name,
      values: allocation.units.map((u) => {
        const v = parts.indicators[ind.id]?.[u.id];
        return v ? toNumber(v) : undefined;
      }),
    })),
  };
}
