import { type PlanJson } from '../../domain/plan/planSchema';

/** The table the plans are applied to, with the user's corrections of what detection found. */
export interface SourceSelection {
  readonly sheet: string;
  /** A1 range of the detected table (header to total row). */
  readonly range: string;
  /** Set when the user picked the range with "Använd markering": detection ran on this range only. */
  readonly fromSelection?: boolean;
  /** Letter of the column that names the units, when the user chose another than detection did. */
  readonly unitColumn?: string;
  /** Column letter → role the user chose (overrides detection). */
  readonly roles?: Readonly<Record<string, 'indicator' | 'amount' | 'total' | 'other'>>;
  /** Plan indicator id → column letter, or '' for the reference population. */
  readonly indicatorColumns?: Readonly<Record<string, string>>;
  /** 0-based sheet row of the total row; null: the table has none; undefined: as detected. */
  readonly totalRow?: number | null;
}

/** One plan under a name: A and B of a comparison. */
export interface Scenario {
  readonly id: string;
  readonly name: string;
  readonly plan: PlanJson;
}

/** What undo/redo restores: the scenarios and which ones are shown. */
export interface SessionSnapshot {
  readonly scenarios: readonly Scenario[];
  readonly activeId: string;
  readonly compareId: string | null;
}

/** A workbook session: the source table, the scenarios and the undo history of plan edits. */
export interface SessionState extends SessionSnapshot {
  readonly source: SourceSelection | null;
  readonly past: readonly SessionSnapshot[];
  readonly future: readonly SessionSnapshot[];
  /** The key of the last edit, so a run of edits with the same key (a slider drag, typing) is one undo step. */
  readonly lastEditKey?: string;
  /** Counts every change of scenarios; persistence saves when it moved. */
  readonly revision: number;
}

/** Everything that changes a session. */
export type SessionAction =
  | { readonly type: 'select-source'; readonly source: SourceSelection | null }
  | { readonly type: 'edit-source'; readonly patch: Partial<SourceSelection> }
  /** Replace the plan of a scenario (the active one by default); `coalesce` merges runs of edits into one undo step. */
  | {
      readonly type: 'edit-plan';
      readonly plan: PlanJson;
      readonly scenarioId?: string;
      readonly coalesce?: string;
    }
  | { readonly type: 'duplicate-scenario'; readonly name: string; readonly id?: string }
  | { readonly type: 'rename-scenario'; readonly scenarioId: string; readonly name: string }
  | { readonly type: 'remove-scenario'; readonly scenarioId: string }
  | { readonly type: 'set-active'; readonly scenarioId: string }
  | { readonly type: 'set-compare'; readonly scenarioId: string | null }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  /**
   * Restore a saved session (from the workbook); history starts empty. `then` are the actions the user took while
   * it was loading: they are applied on top, so no edit is lost.
   */
  | { readonly type: 'load'; readonly saved: SavedSession; readonly then?: readonly SessionAction[] };

/** What is stored in the workbook: no history. */
export interface SavedSession extends SessionSnapshot {
  readonly source: SourceSelection | null;
}

/** Longest undo history kept. */
export const HISTORY_LIMIT = 100;

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
      return state.source ? { ...state, source: { ...state.source, ...action.patch } } : state;
    case 'edit-plan': {
      const id = action.scenarioId ?? state.activeId;
      if (!state.scenarios.some((s) => s.id === id)) return state;
      const scenarios = state.scenarios.map((s) => (s.id === id ? { ...s, plan: action.plan } : s));
      const key = action.coalesce === undefined ? undefined : `${id}:${action.coalesce}`;
      return commit(state, { ...snapshot(state), scenarios }, key);
    }
    case 'duplicate-scenario': {
      const from = activeScenario(state);
      const id = action.id ?? freshId(state.scenarios);
      const copy: Scenario = {
        id,
        name: action.name,
        plan: JSON.parse(JSON.stringify(from.plan)) as PlanJson,
      };
      // The copy becomes the one edited; the original is what it is compared with.
      return commit(state, {
        scenarios: [...state.scenarios, copy],
        activeId: id,
        compareId: from.id,
      });
    }
    case 'rename-scenario': {
      const name = action.name.trim();
      if (name === '') return state;
      const scenarios = state.scenarios.map((s) => (s.id === action.scenarioId ? { ...s, name } : s));
      return commit(state, { ...snapshot(state), scenarios }, `${action.scenarioId}:name`);
    }
    case 'remove-scenario': {
      if (state.scenarios.length <= 1 || !state.scenarios.some((s) => s.id === action.scenarioId))
        return state;
      const scenarios = state.scenarios.filter((s) => s.id !== action.scenarioId);
      const activeId = state.activeId === action.scenarioId ? scenarios[0]!.id : state.activeId;
      const compareId =
        state.compareId === action.scenarioId || state.compareId === activeId ? null : state.compareId;
      return commit(state, { scenarios, activeId, compareId });
    }
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
    case 'undo': {
      const previous = state.past[state.past.length - 1];
      if (!previous) return state;
      return {
        ...state,
        ...previous,
        past: state.past.slice(0, -1),
        future: [snapshot(state), ...state.future],
        lastEditKey: undefined,
        revision: state.revision + 1,
      };
    }
    case 'redo': {
      const next = state.future[0];
      if (!next) return state;
      return {
        ...state,
        ...next,
        past: [...state.past, snapshot(state)],
        future: state.future.slice(1),
        lastEditKey: undefined,
        revision: state.revision + 1,
      };
    }
    case 'load': {
      const loaded: SessionState = { ...action.saved, past: [], future: [], revision: state.revision + 1 };
      return (action.then ?? []).reduce(sessionReducer, loaded);
    }
  }
}

/** The scenario being edited. */
export function activeScenario(state: SessionSnapshot): Scenario {
  return state.scenarios.find((s) => s.id === state.activeId) ?? state.scenarios[0]!;
}

/** The scenario it is compared with, if any. */
export function compareScenario(state: SessionSnapshot): Scenario | undefined {
  return state.compareId === null ? undefined : state.scenarios.find((s) => s.id === state.compareId);
}

/** What the workbook keeps of a session. */
export function savedSession(state: SessionState): SavedSession {
  return { source: state.source, ...snapshot(state) };
}

function snapshot(state: SessionSnapshot): SessionSnapshot {
  return { scenarios: state.scenarios, activeId: state.activeId, compareId: state.compareId };
}

function commit(state: SessionState, next: SessionSnapshot, editKey?: string): SessionState {
  // A run of edits with the same key (dragging a slider, typing in one field) is one undo step.
  const merge = editKey !== undefined && editKey === state.lastEditKey && state.past.length > 0;
  const past = merge ? state.past : [...state.past, snapshot(state)].slice(-HISTORY_LIMIT);
  return { ...state, ...next, past, future: [], lastEditKey: editKey, revision: state.revision + 1 };
}

function freshId(scenarios: readonly Scenario[]): string {
  const taken = new Set(scenarios.map((s) => s.id));
  for (let i = 0; ; i++) {
    const id = String.fromCharCode(97 + (i % 26)) + (i >= 26 ? String(Math.floor(i / 26)) : '');
    if (!taken.has(id)) return id;
  }
}
