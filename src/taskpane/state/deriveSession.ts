import { diffAllocations, type UnitDiff } from '../../domain/allocation/diffAllocations';
import { checkTable } from '../../domain/checks/checkTable';
import { type Finding } from '../../domain/findings/Finding';
import { type TableModel } from '../../domain/table/TableModel';
import { type UnitRegistry } from '../../domain/units/UnitRegistry';
import { applySource } from './applySource';
import { computeScenario, type ScenarioResult } from './computeScenario';
import { type FoundTable } from './readWorkbookTables';
import { activeScenario, compareScenario, type Scenario, type SessionState } from './sessionReducer';
import { type SourceSelection } from './sessionTypes';

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

/** What a derivation reads. */
export interface DeriveInputs {
  readonly state: Pick<SessionState, 'source' | 'scenarios' | 'activeId' | 'compareId'>;
  readonly tables: readonly FoundTable[];
  readonly registry: UnitRegistry;
}

/** The found table the source names (same sheet and range), if it was read. */
export function sourceTable(
  tables: readonly FoundTable[],
  source: SourceSelection | null,
): FoundTable | undefined {
  return source
    ? tables.find((f) => f.table.sheet === source.sheet && f.table.range === source.range)
    : undefined;
}

/** The found table with the user's corrections, or null without one. */
export function correctedTable(
  found: FoundTable | undefined,
  source: SourceSelection | null,
  registry: UnitRegistry,
): TableModel | null {
  return found && source ? applySource(found.table, source, registry) : null;
}

/** The checks' findings on the chosen table. */
export function tableFindings(table: TableModel | null, registry: UnitRegistry): readonly Finding[] {
  return table ? checkTable(table, { registry }) : [];
}

/** Per unit: compare → active, when both allocations were computed. */
export function resultDiff(
  active: ScenarioResult,
  compare: ScenarioResult | undefined,
): readonly UnitDiff[] | undefined {
  return active.allocation && compare?.allocation
    ? diffAllocations(compare.allocation, active.allocation)
    : undefined;
}

/**
 * The chosen table (corrected), its findings, both scenarios computed and their per-unit difference, in one go.
 * The pane memoizes each piece separately (useDerivedSession), so dragging a slider on A does not compute B.
 * @example deriveSession({ state, tables, registry }).activeResult.allocation?.units.length //=> 13
 */
export function deriveSession(inputs: DeriveInputs): DerivedSession {
  const { state, tables, registry } = inputs;
  const table = correctedTable(sourceTable(tables, state.source), state.source, registry);
  const columns = state.source?.indicatorColumns;
  const active = activeScenario(state);
  const compare = compareScenario(state);
  const activeResult = computeScenario(active.plan, table, registry, columns);
  const compareResult = compare && computeScenario(compare.plan, table, registry, columns);
  const diff = resultDiff(activeResult, compareResult);
  return {
    active,
    compare,
    table,
    findings: tableFindings(table, registry),
    activeResult,
    compareResult,
    diff,
  };
}
