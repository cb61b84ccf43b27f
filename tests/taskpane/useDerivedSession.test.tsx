import { renderHook } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tiersAndPopulationPlan } from '../../src/domain/presets/tiersAndPopulationPlan';
import { defaultUnitRegistry } from '../../src/domain/units/defaultUnitRegistry';
import { initialSession, sessionReducer, type SessionState } from '../../src/taskpane/state/sessionReducer';
import { useDerivedSession } from '../../src/taskpane/useDerivedSession';
import { findTables } from '../../src/workbook/findTables';
import { parseCsv } from '../../src/workbook/parseCsv';

const registry = defaultUnitRegistry();
const csv = readFileSync(
  join(__dirname, '../fixtures/data/jonkoping-2019-2022-socialchefsnatverket.csv'),
  'utf8',
);
const found = findTables(parseCsv(csv, 'Jönköping'), registry);
const tables = found.map((table) => ({ table, findings: [] }));
const range = found[0]?.range ?? '';
const two = [
  { type: 'select-source', source: { sheet: 'Jönköping', range } } as const,
  { type: 'duplicate-scenario', name: 'B' } as const,
].reduce(sessionReducer, initialSession(tiersAndPopulationPlan(), 'A'));

describe('useDerivedSession', () => {
  it('recomputes only the edited scenario and the diff, and nothing for a change that touched no plan', () => {
    const { result, rerender } = renderHook(
      (state: SessionState) => useDerivedSession(state, tables, registry),
      {
        initialProps: two,
      },
    );
    const first = result.current;
    expect(first.activeResult.allocation?.units).toHaveLength(13);
    const edited = sessionReducer(two, { type: 'command', name: 'setPlanName', args: { name: 'B2' } });
    rerender(edited);
    const second = result.current;
    expect(second.compareResult).toBe(first.compareResult);
    expect(second.activeResult).not.toBe(first.activeResult);
    expect(second.table).toBe(first.table);
    rerender({ ...edited, revision: edited.revision + 1 });
    expect(result.current.activeResult).toBe(second.activeResult);
    expect(result.current.diff).toBe(second.diff);
  });
});
