import { type Allocation, type AllocationUnit } from '../../domain/allocation/Allocation';
import { type EngineProblem } from '../../domain/allocation/EngineProblem';
import { type Finding, type LocalizedText } from '../../domain/findings/Finding';
import { allocatePlan } from '../../domain/plan/allocatePlan';
import { type IndicatorValues } from '../../domain/plan/IndicatorValues';
import { parsePlan } from '../../domain/plan/parsePlan';
import { type Plan, type PlanJson } from '../../domain/plan/planSchema';
import { type TableModel } from '../../domain/table/TableModel';
import { type UnitRegistry } from '../../domain/units/UnitRegistry';
import { type PlanInputs } from '../../workbook/planInputsFromTable';
import { type AllocationNote, prepareAllocation } from '../../workbook/prepareAllocation';

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
  /** True when the table's input was refused (duplicate units, merged rows, bad keys): `problems` say why. */
  readonly refused?: boolean;
  /** What to tell the user beside a result: hidden rows, unknown labels, reference population, frame mismatch. */
  readonly notes?: readonly AllocationNote[];
  /** Plan-dependent findings (frame-mismatch), for the Kontroller sheet. */
  readonly findings?: readonly Finding[];
}

/** What the pane knows of the table's sheet beyond the table: merged areas, and a reader for frame cells. */
export interface ScenarioOptions {
  readonly merged?: readonly string[];
  readonly readCell?: (ref: string) => number | undefined;
}

/**
 * parsePlan → prepareAllocation (the CLI's step too: inputs, refusals, frame cells) → allocatePlan: what the pane
 * shows for one scenario. Every step's problems are values; the first step that fails stops the chain.
 * @example computeScenario(presetJson, jonkoping, registry).allocation?.pots.length //=> 3
 */
export function computeScenario(
  json: PlanJson,
  table: TableModel | null,
  registry: UnitRegistry,
  columns: Readonly<Record<string, string>> = {},
  options: ScenarioOptions = {},
): ScenarioResult {
  const parsed = parsePlan(json);
  if (!parsed.ok) return { problems: parsed.problems.map(toProblem) };
  if (!table) return { plan: parsed.plan, problems: [] };
  const prepared = prepareAllocation(table, parsed.plan, registry, { ...options, columns });
  const { inputs, notes } = prepared;
  if (!prepared.ok) {
    const problems = prepared.problems.map((p) => ({ message: p.message, code: p.code }));
    return { plan: parsed.plan, inputs, problems, refused: true, notes };
  }
  const { findings } = prepared;
  const { units, indicators } = sameAsLast(prepared.units, prepared.indicators);
  const result = allocatePlan(parsed.plan, units, indicators, { frames: prepared.frames });
  if (!result.ok)
    return { plan: parsed.plan, inputs, problems: result.problems.map(toProblem), notes, findings };
  return { plan: parsed.plan, inputs, allocation: result.allocation, problems: [], notes, findings };
}

let last: { units: readonly AllocationUnit[]; indicators: IndicatorValues } | undefined;

/**
 * The previous call's units and indicator objects when their content is the same: allocatePlan remembers pots per
 * those objects, so a what-if step (same table, one knob changed) recomputes only the pot that changed.
 */
function sameAsLast(
  units: readonly AllocationUnit[],
  indicators: IndicatorValues,
): { units: readonly AllocationUnit[]; indicators: IndicatorValues } {
  if (last && sameUnits(last.units, units) && sameIndicators(last.indicators, indicators)) return last;
  last = { units, indicators };
  return last;
}

function sameUnits(a: readonly AllocationUnit[], b: readonly AllocationUnit[]): boolean {
  return (
    a.length === b.length &&
    a.every((u, i) => {
      const v = b[i];
      return v !== undefined && u.id === v.id && u.code === v.code && u.name === v.name;
    })
  );
}

function sameIndicators(a: IndicatorValues, b: IndicatorValues): boolean {
  const names = Object.keys(a);
  if (names.length !== Object.keys(b).length) return false;
  return names.every((name) => {
    const x = a[name];
    const y = b[name];
    if (!x || !y) return x === y;
    const ids = Object.keys(x);
    return (
      ids.length === Object.keys(y).length &&
      ids.every((id) => {
        const xv = x[id];
        const yv = y[id];
        return xv !== undefined && yv !== undefined && xv.num === yv.num && xv.den === yv.den;
      })
    );
  });
}

function toProblem(p: EngineProblem): ScenarioProblem {
  return {
    message: p.message,
    code: p.code,
    ...(p.path === undefined ? {} : { path: p.path }),
    ...(p.potId === undefined ? {} : { potId: p.potId }),
  };
}
