import { diffAllocations, type UnitDiff } from '../../domain/allocation/diffAllocations';
import { checkTable } from '../../domain/checks/checkTable';
import { type Finding } from '../../domain/findings/Finding';
import { type TableModel } from '../../domain/table/TableModel';
import { type UnitRegistry } from '../../domain/units/UnitRegistry';
import { applySource } from './applySource';
import { computeScenario, type ScenarioResult } from './computeScenario';
import { type FoundTable } from './readWorkbookTables';
import { activeScenario, compareScenario, type Scenario, type SessionState } from './sessionReducer';

/** What the steps show, computed from the session and the workbook's tables. */
export interface DerivedSession {
  readonly active: Scenario;
  readonly compare: Scenario | undefined;
  /** The chosen table with the user's corrections, or null until one is chosen (or while it is not found). */
  readonly table: TableModel | null;
  readonly findings: readonly Finding[];
  readonly activeResult: ScenarioResult;
  readonly compareResult: ScenarioResult | undefined;
  /** Per unit: compare → active (undefined without two computed allocations). */
  readonly diff: readonly UnitDiff[] | undefined;
}

/** The inputs of a derivation, kept beside its result so the next one can reuse what did not change. */
export interface DeriveInputs {
  readonly state: Pick<SessionState, 'source' | 'scenarios' | 'activeId' | 'compareId'>;
  readonly tables: readonly FoundTable[];
  readonly registry: UnitRegistry;
}

/** A derivation and its inputs: pass it back as `previous`. */
export interface DeriveCache {
  readonly inputs: DeriveInputs;
  readonly found: FoundTable | undefined;
  readonly derived: DerivedSession;
}

/**
 * The chosen table (corrected), its findings, both scenarios computed and their per-unit difference. Pure; with
 * `previous`, a part whose inputs are the same objects is reused, so dragging a slider on A does not compute B
 * again and a tab change computes nothing.
 * @example deriveSession({ state, tables, registry }).derived.activeResult.allocation?.units.length //=> 13
 */
export function deriveSession(inputs: DeriveInputs, previous?: DeriveCache): DeriveCache {
  const { state, tables, registry } = inputs;
  const source = state.source;
  const found = source
    ? tables.find((f) => f.table.sheet === source.sheet && f.table.range === source.range)
    : undefined;
  const old = previous?.derived;
  const sameTable =
    !!previous &&
    previous.found === found &&
    previous.inputs.state.source === source &&
    previous.inputs.registry === registry;
  const table = sameTable ? old!.table : found && source ? applySource(found.table, source, registry) : null;
  const findings = sameTable ? old!.findings : table ? checkTable(table, { registry }) : [];
  const columns = source?.indicatorColumns;
  const active = activeScenario(state);
  const compare = compareScenario(state);
  const result = (scenario: Scenario, before: Scenario | undefined, then: ScenarioResult | undefined) =>
    sameTable && then && before?.plan === scenario.plan
      ? then
      : computeScenario(scenario.plan, table, registry, columns);
  const activeResult = result(active, old?.active, old?.activeResult);
  const compareResult = compare ? result(compare, old?.compare, old?.compareResult) : undefined;
  const diff =
    old && activeResult === old.activeResult && compareResult === old.compareResult
      ? old.diff
      : activeResult.allocation && compareResult?.allocation
        ? diffAllocations(compareResult.allocation, activeResult.allocation)
        : undefined;
  return {
    inputs,
    found,
    derived: { active, compare, table, findings, activeResult, compareResult, diff },
  };
}
