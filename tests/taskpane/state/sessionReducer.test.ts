import { type PlanJson } from '../../../src/domain/plan/planSchema';
import { tiersAndPopulationPlan } from '../../../src/domain/presets/tiersAndPopulationPlan';
import {
  activeScenario,
  compareScenario,
  initialSession,
  sessionReducer,
  type SessionAction,
  type SessionState,
} from '../../../src/taskpane/state/sessionReducer';
import { sessionFromJson, sessionToJson } from '../../../src/taskpane/state/sessionJson';

const named = (name: string): PlanJson => ({ ...tiersAndPopulationPlan(), name });
const run = (state: SessionState, ...actions: SessionAction[]) => actions.reduce(sessionReducer, state);

describe('sessionReducer', () => {
  it('sets a column role and an indicator column on the chosen table, keeping the other corrections', () => {
    const s = run(
      initialSession(named('P0'), 'A'),
      { type: 'select-source', source: { sheet: 'S', range: 'A1:D9', roles: { C: 'amount' } } },
      { type: 'set-column-role', letter: 'D', role: 'total' },
      { type: 'set-indicator-column', indicator: 'bef', letter: 'C' },
    );
    expect(s.source).toEqual({
      sheet: 'S',
      range: 'A1:D9',
      roles: { C: 'amount', D: 'total' },
      indicatorColumns: { bef: 'C' },
    });
    expect(s.past).toEqual([]);
  });

  it('returns the edited plan and undoes and redoes it', () => {
    const s0 = initialSession(named('P0'), 'A');
    const s1 = run(s0, { type: 'edit-plan', plan: named('P1') }, { type: 'edit-plan', plan: named('P2') });
    expect(activeScenario(s1).plan.name).toBe('P2');
    const u1 = run(s1, { type: 'undo' });
    expect(activeScenario(u1).plan.name).toBe('P1');
    const u2 = run(u1, { type: 'undo' });
    expect(activeScenario(u2).plan.name).toBe('P0');
    expect(u2.past).toHaveLength(0);
    expect(run(u2, { type: 'undo' })).toBe(u2);
    const r = run(u2, { type: 'redo' }, { type: 'redo' });
    expect(activeScenario(r).plan.name).toBe('P2');
    expect(r.future).toHaveLength(0);
  });

  it('merges a run of edits with the same coalesce key into one undo step (a slider drag)', () => {
    const s0 = initialSession(named('P0'), 'A');
    const dragged = run(
      s0,
      { type: 'edit-plan', plan: named('d1'), coalesce: 'slider' },
      { type: 'edit-plan', plan: named('d2'), coalesce: 'slider' },
      { type: 'edit-plan', plan: named('d3'), coalesce: 'slider' },
    );
    expect(dragged.past).toHaveLength(1);
    expect(activeScenario(run(dragged, { type: 'undo' })).plan.name).toBe('P0');
  });

  it('drops the redo future after a new edit', () => {
    const s = run(
      initialSession(named('P0'), 'A'),
      { type: 'edit-plan', plan: named('P1') },
      { type: 'undo' },
      { type: 'edit-plan', plan: named('Q') },
    );
    expect(s.future).toEqual([]);
    expect(run(s, { type: 'redo' })).toBe(s);
  });

  it('duplicates the active scenario, edits the copy and compares it with the original', () => {
    const s = run(
      initialSession(named('P0'), 'A'),
      { type: 'duplicate-scenario', name: 'B' },
      { type: 'edit-plan', plan: named('B-plan') },
    );
    expect(s.scenarios.map((x) => x.name)).toEqual(['A', 'B']);
    expect(activeScenario(s).name).toBe('B');
    expect(compareScenario(s)?.name).toBe('A');
    expect(compareScenario(s)?.plan.name).toBe('P0');
    // The copy is deep: editing it never touches A.
    expect(s.scenarios[0]!.plan.pots).not.toBe(s.scenarios[1]!.plan.pots);
    const back = run(s, { type: 'undo' }, { type: 'undo' });
    expect(back.scenarios).toHaveLength(1);
  });

  it('renames and removes scenarios, never the last one', () => {
    let s = run(initialSession(named('P0'), 'A'), { type: 'duplicate-scenario', name: 'B' });
    s = run(s, { type: 'rename-scenario', scenarioId: s.activeId, name: '  Utan avsättning ' });
    expect(activeScenario(s).name).toBe('Utan avsättning');
    expect(run(s, { type: 'rename-scenario', scenarioId: s.activeId, name: ' ' })).toBe(s);
    const removed = run(s, { type: 'remove-scenario', scenarioId: s.activeId });
    expect(removed.scenarios.map((x) => x.name)).toEqual(['A']);
    expect(removed.compareId).toBeNull();
    expect(run(removed, { type: 'remove-scenario', scenarioId: 'a' })).toBe(removed);
  });

  it('does not compare a scenario with itself', () => {
    const s = run(initialSession(named('P0'), 'A'), { type: 'duplicate-scenario', name: 'B' });
    expect(run(s, { type: 'set-compare', scenarioId: s.activeId }).compareId).toBeNull();
    expect(run(s, { type: 'set-active', scenarioId: 'a' }).compareId).toBeNull();
  });

  it('keeps source choice and navigation out of the undo history', () => {
    const s = run(
      initialSession(named('P0'), 'A'),
      { type: 'select-source', source: { sheet: 'Jönköping', range: 'A1:E15' } },
      { type: 'edit-source', patch: { roles: { D: 'amount' } } },
    );
    expect(s.past).toEqual([]);
    expect(s.source).toEqual({ sheet: 'Jönköping', range: 'A1:E15', roles: { D: 'amount' } });
  });
});

describe('sessionToJson / sessionFromJson', () => {
  it('returns the scenarios, source and compare choice after a round trip, without history', () => {
    const s = run(
      initialSession(named('P0'), 'A'),
      { type: 'select-source', source: { sheet: 'Jönköping', range: 'A1:E15', totalRow: null } },
      { type: 'duplicate-scenario', name: 'B' },
    );
    const back = sessionFromJson(sessionToJson(s));
    expect(back).toEqual({
      ok: true,
      saved: { source: s.source, scenarios: s.scenarios, activeId: s.activeId, compareId: 'a' },
    });
    const loaded = run(
      initialSession(named('other'), 'X'),
      back.ok ? { type: 'load', saved: back.saved } : { type: 'undo' },
    );
    expect(loaded.scenarios.map((x) => x.name)).toEqual(['A', 'B']);
    expect(loaded.past).toEqual([]);
  });

  it('returns a message for text that is no saved session', () => {
    const bad = sessionFromJson('{"version":1}');
    expect(bad.ok).toBe(false);
    expect(sessionFromJson('{').ok).toBe(false);
    if (!bad.ok) expect(bad.message.sv).toContain('gick inte att läsa');
  });
});
