import { type Allocation } from '../../domain/allocation/Allocation';
import { type EngineProblem } from '../../domain/allocation/EngineProblem';
import { type LocalizedText } from '../../domain/findings/Finding';
import { allocatePlan } from '../../domain/plan/allocatePlan';
import { parsePlan } from '../../domain/plan/parsePlan';
import { type Plan, type PlanJson } from '../../domain/plan/planSchema';
import { type TableModel } from '../../domain/table/TableModel';
import { type UnitRegistry } from '../../domain/units/UnitRegistry';
import { type PlanInputs, planInputsFromTable } from '../../workbook/planInputsFromTable';

/** A problem to show beside the plan editor: the message and, when known, the plan path it is about. */
export interface ScenarioProblem {
  readonly message: LocalizedText;
  readonly path?: string;
  /** The engine's code, when the problem is the engine's. */
  readonly code?: string;
  /** The pot concerned, when known. */
  readonly potId?: string;
}

/** One scenario computed: the parsed plan, the inputs read from the table, and the allocation or its problems. */
export interface ScenarioResult {
  readonly plan?: Plan;
  readonly inputs?: PlanInputs;
  readonly allocation?: Allocation;
  readonly problems: readonly ScenarioProblem[];
}

/**
 * parsePlan → planInputsFromTable → allocatePlan: what the pane shows for one scenario. Every step's problems
 * are values; the first step that fails stops the chain.
 * @example computeScenario(presetJson, jonkoping, registry).allocation?.pots.length //=> 3
 */
export function computeScenario(
  json: PlanJson,
  table: TableModel | null,
  registry: UnitRegistry,
  columns: Readonly<Record<string, string>> = {},
): ScenarioResult {
  const parsed = parsePlan(json);
  if (!parsed.ok) return { problems: parsed.problems.map(toProblem) };
  if (!table) return { plan: parsed.plan, problems: [] };
  const inputs = planInputsFromTable(table, parsed.plan, registry, { columns });
  if (inputs.problems.length > 0)
    return { plan: parsed.plan, inputs, problems: inputs.problems.map((p) => ({ message: p.message })) };
  const result = allocatePlan(parsed.plan, inputs.units, inputs.indicators);
  if (!result.ok) return { plan: parsed.plan, inputs, problems: result.problems.map(toProblem) };
  return { plan: parsed.plan, inputs, allocation: result.allocation, problems: [] };
}

function toProblem(p: EngineProblem): ScenarioProblem {
  return {
    message: p.message,
    code: p.code,
    ...(p.path === undefined ? {} : { path: p.path }),
    ...(p.potId === undefined ? {} : { potId: p.potId }),
  };
}
