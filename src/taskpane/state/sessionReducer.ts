import { type PlanJson } from '../../domain/plan/planSchema';
import { performCommand } from '../commands/registry';
import { commit, redo, snapshot, undo } from './sessionHistory';
import {
  type SavedSession,
  type Scenario,
  type SessionAction,
  type SessionSnapshot,
  type SessionState,
  type SourceSelection,
} from './sessionTypes';

export type {
  ColumnRole,
  CommandAction,
  SavedSession,
  Scenario,
  SessionAction,
  SessionSnapshot,
  SessionState,
  SourceSelection,
} from './sessionTypes';
export { HISTORY_LIMIT } from './sessionHistory';

/**
 * A fresh session with one scenario.
 * @example initialSession(plan, 'A').scenarios[0].name //=> 'A'
 */
export function initialSession(plan: PlanJson, name: string): SessionState {
  return {
    source: null,
    scenarios: [{ id: 'a', name, plan }],
    activeId: 'a',
    compareId: null,
    past: [],
    future: [],
    revision: 0,
  };
}

/**
 * The session after an action. Plan edits and scenario add/remove/rename are undoable; choosing the source
 * table and which scenario is shown or compared are not (they are navigation, not edits).
 */
export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case 'select-source':
      return { ...state, source: action.source };
    case 'edit-source':
      return editSource(state, (source) => ({ ...source, ...action.patch }));
    case 'set-indicator-column':
      return editSource(state, (source) => ({
        ...source,
        indicatorColumns: { ...source.indicatorColumns, [action.indicator]: action.letter },
      }));
    case 'set-column-role':
      return editSource(state, (source) => ({
        ...source,
        roles: { ...source.roles, [action.letter]: action.role },
      }));
    case 'edit-plan':
      return editPlan(state, action.scenarioId, () => action.plan, action.coalesce);
    case 'command':
      return editPlan(state, action.scenarioId, (plan) => performCommand(plan, action), action.coalesce);
    case 'duplicate-scenario':
      return duplicateScenario(state, action.name, action.id);
    case 'rename-scenario': {
      const name = action.name.trim();
      if (name === '') return state;
      const scenarios = state.scenarios.map((s) => (s.id === action.scenarioId ? { ...s, name } : s));
      return commit(state, { ...snapshot(state), scenarios }, `${action.scenarioId}:name`);
    }
    case 'remove-scenario':
      return removeScenario(state, action.scenarioId);
    case 'set-active':
      if (!state.scenarios.some((s) => s.id === action.scenarioId)) return state;
      return {
        ...state,
        activeId: action.scenarioId,
        compareId: state.compareId === action.scenarioId ? null : state.compareId,
        lastEditKey: undefined,
      };
    case 'set-compare':
      if (action.scenarioId !== null && !state.scenarios.some((s) => s.id === action.scenarioId))
        return state;
      return { ...state, compareId: action.scenarioId === state.activeId ? null : action.scenarioId };
    case 'undo':
      return undo(state);
    case 'redo':
      return redo(state);
    case 'load': {
      const loaded: SessionState = { ...action.saved, past: [], future: [], revision: state.revision + 1 };
      return (action.then ?? []).reduce(sessionReducer, loaded);
    }
  }
}

/** The session with its source table's corrections changed (not undoable: choosing the table is navigation). */
function editSource(state: SessionState, edit: (source: SourceSelection) => SourceSelection): SessionState {
  return state.source ? { ...state, source: edit(state.source) } : state;
}

/** The scenario `scenarioId` (the active one by default) with its plan replaced by `edit(plan)`. */
function editPlan(
  state: SessionState,
  scenarioId: string | undefined,
  edit: (plan: PlanJson) => PlanJson,
  coalesce: string | undefined,
): SessionState {
  const id = scenarioId ?? state.activeId;
  const scenario = state.scenarios.find((s) => s.id === id);
  if (!scenario) return state;
  const plan = edit(scenario.plan);
  const scenarios = state.scenarios.map((s) => (s === scenario ? { ...s, plan } : s));
  const key = coalesce === undefined ? undefined : `${id}:${coalesce}`;
  return commit(state, { ...snapshot(state), scenarios }, key);
}

function duplicateScenario(state: SessionState, name: string, wanted: string | undefined): SessionState {
  const from = activeScenario(state);
  const id = wanted ?? freshId(state.scenarios);
  // Plans are never changed in place, so the copy may share their parts.
  const copy: Scenario = { id, name, plan: { ...from.plan } };
  // The copy becomes the one edited; the original is what it is compared with.
  return commit(state, { scenarios: [...state.scenarios, copy], activeId: id, compareId: from.id });
}

function removeScenario(state: SessionState, scenarioId: string): SessionState {
  const scenarios = state.scenarios.filter((s) => s.id !== scenarioId);
  const first = scenarios[0];
  if (!first || scenarios.length === state.scenarios.length) return state;
  const activeId = state.activeId === scenarioId ? first.id : state.activeId;
  const compareId = state.compareId === scenarioId || state.compareId === activeId ? null : state.compareId;
  return commit(state, { scenarios, activeId, compareId });
}

/** The scenario being edited. */
export function activeScenario(state: SessionSnapshot): Scenario {
  const active = state.scenarios.find((s) => s.id === state.activeId) ?? state.scenarios[0];
  if (!active) throw new EmptySessionError();
  return active;
}

/** The scenario it is compared with, if any. */
export function compareScenario(state: SessionSnapshot): Scenario | undefined {
  return state.compareId === null ? undefined : state.scenarios.find((s) => s.id === state.compareId);
}

/** What the workbook keeps of a session. */
export function savedSession(state: SessionState): SavedSession {
  return { source: state.source, ...snapshot(state) };
}

/** A session without scenarios: the reducer never makes one, so a caller built it by hand. */
export class EmptySessionError extends Error {
  constructor() {
    super('a session has at least one scenario');
    this.name = 'EmptySessionError';
  }
}

function freshId(scenarios: readonly Scenario[]): string {
  const taken = new Set(scenarios.map((s) => s.id));
  for (let i = 0; ; i++) {
    const id = String.fromCharCode(97 + (i % 26)) + (i >= 26 ? String(Math.floor(i / 26)) : '');
    if (!taken.has(id)) return id;
  }
}
