import { type Allocation } from '../domain/allocation/Allocation';
import { type Finding } from '../domain/findings/Finding';
import { buildAllocationSheet } from './buildAllocationSheet';
import { buildBasisSheet } from './buildBasisSheet';
import { buildChecksSheet } from './buildChecksSheet';
import { outputTexts } from './outputTexts';
import { type KeyColumn, type PlanSummary } from './PlanSummary';
import { type SheetPlan } from './SheetPlan';
import { uniqueSheetName } from './sheetName';
import { tableName } from './tableName';

export interface SheetPlanInput {
  readonly allocation: Allocation;
  readonly findings: readonly Finding[];
  readonly plan: PlanSummary;
  /** The table the allocation was computed from. */
  readonly source: { readonly sheet: string; readonly range: string };
  /** ISO date (or date-time) of the write, passed in so the plan is a pure function of its input. */
  readonly date: string;
  readonly lang: 'sv' | 'en';
  /** Sheet names the workbook keeps (the user's sheets; our previous output only if it is not replaced). */
  readonly existingSheetNames: readonly string[];
  /** Indicator values to show per unit beside the amounts. */
  readonly keyColumns?: readonly KeyColumn[];
  /** Marker stored with each sheet; defaults to "<plan name>|<date>". */
  readonly marker?: string;
}

/**
 * The sheets one allocation writes: `Fördelning – <plan>` (amounts with live sums and control cells),
 * `Kontroller` (findings with links) and `Underlag` (plan, sources, trace). Pure: same input, same plan.
 */
export function buildSheetPlan(input: SheetPlanInput): SheetPlan {
  const texts = outputTexts(input.lang);
  const taken = [...input.existingSheetNames];
  const claim = (wanted: string): string => {
    const name = uniqueSheetName(wanted, taken);
    taken.push(name);
    return name;
  };
  const allocationName = claim(texts.allocationSheet(input.plan.name));
  const checksName = claim(texts.checksSheet);
  const basisName = claim(texts.basisSheet);
  return {
    marker: input.marker ?? `${input.plan.name}|${input.date}`,
    sheets: [
      buildAllocationSheet({
        name: allocationName,
        allocation: input.allocation,
        plan: input.plan,
        source: input.source,
        date: input.date,
        texts,
        keyColumns: input.keyColumns ?? [],
        tableName: tableName(allocationName),
      }),
      buildChecksSheet({
        name: checksName,
        findings: input.findings,
        lang: input.lang,
        texts,
        date: input.date,
      }),
      buildBasisSheet({
        name: basisName,
        allocation: input.allocation,
        plan: input.plan,
        source: input.source,
        date: input.date,
        texts,
        lang: input.lang,
      }),
    ],
  };
}
