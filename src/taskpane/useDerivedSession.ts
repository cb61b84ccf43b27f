import { useMemo } from 'react';
import { type UnitRegistry } from '../domain/units/UnitRegistry';
import { computeScenario } from './state/computeScenario';
import {
  correctedTable,
  type DerivedSession,
  resultDiff,
  sourceTable,
  tableFindings,
} from './state/deriveSession';
import { type FoundTable } from './state/readWorkbookTables';
import { activeScenario, compareScenario, type SessionState } from './state/sessionReducer';

/**
 * What the steps show, each piece memoized on its own inputs: editing A recomputes A and the diff, not B; a tab
 * change or a revision that did not touch the plans computes nothing.
 */
export function useDerivedSession(
  state: SessionState,
  tables: readonly FoundTable[],
  registry: UnitRegistry,
): DerivedSession {
  const source = state.source;
  const found = useMemo(() => sourceTable(tables, source), [tables, source]);
  const table = useMemo(() => correctedTable(found, source, registry), [found, source, registry]);
  const findings = useMemo(() => tableFindings(table, registry), [table, registry]);
  const columns = source?.indicatorColumns;
  const active = activeScenario(state);
  const compare = compareScenario(state);
  const activePlan = active.plan;
  const comparePlan = compare?.plan;
  const activeResult = useMemo(
    () => computeScenario(activePlan, table, registry, columns),
    [activePlan, table, registry, columns],
  );
  const compareResult = useMemo(
    () => comparePlan && computeScenario(comparePlan, table, registry, columns),
    [comparePlan, table, registry, columns],
  );
  const diff = useMemo(() => resultDiff(activeResult, compareResult), [activeResult, compareResult]);
  return { active, compare, table, findings, activeResult, compareResult, diff };
}
