import { type SessionSnapshot, type SessionState } from './sessionTypes';

/** Longest undo history kept. */
export const HISTORY_LIMIT = 100;

/** What undo/redo restores of a session. */
export function snapshot(state: SessionSnapshot): SessionSnapshot {
  return { scenarios: state.scenarios, activeId: state.activeId, compareId: state.compareId };
}

/** The session with `next` applied as an undoable edit; `editKey` merges a run of edits into one undo step. */
export function commit(state: SessionState, next: SessionSnapshot, editKey?: string): SessionState {
  // A run of edits with the same key (dragging a slider, typing in one field) is one undo step.
  const merge = editKey !== undefined && editKey === state.lastEditKey && state.past.length > 0;
  const past = merge ? state.past : [...state.past, snapshot(state)].slice(-HISTORY_LIMIT);
  return { ...state, ...next, past, future: [], lastEditKey: editKey, revision: state.revision + 1 };
}

/** The session one edit back (unchanged when there is none). */
export function undo(state: SessionState): SessionState {
  const previous = state.past.at(-1);
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

/** The session one undone edit forward (unchanged when there is none). */
export function redo(state: SessionState): SessionState {
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
