import { useCallback, useEffect, useRef, useState, type Dispatch } from 'react';
import { type LocalizedText } from '../domain/findings/Finding';
import { type PortResult, type WorkbookPort } from '../port/WorkbookPort';
import { thrown } from './state/readWorkbookTables';
import { type SessionAction, type SessionState } from './state/sessionReducer';
import { SESSION_STATE_KEY, sessionFromJson, sessionToJson } from './state/sessionJson';

/** Milliseconds after the last edit before the session is saved in the workbook (each save may clear Excel's undo). */
export const SAVE_DELAY_MS = 2000;

/** A failure to read or save the session in the workbook, with the host's words. */
export interface PersistError {
  readonly kind: 'load' | 'save';
  readonly message: LocalizedText;
}

/** What persistence gives the provider. */
export interface SessionPersistence {
  /** Dispatches, remembering actions taken before the saved session was read so they are replayed on top of it. */
  readonly dispatch: Dispatch<SessionAction>;
  /** True once the saved session was read (or found missing). */
  readonly restored: boolean;
  /** Saves now; never rejects: a failure shows as `persistError`. */
  readonly save: () => Promise<void>;
  readonly persistError: PersistError | null;
}

/**
 * Restores the saved session once when the pane opens, replays the edits made meanwhile, and saves: at once when
 * a scenario is added or removed, otherwise 2 s after the last edit (not on every keystroke).
 */
export function useSessionPersistence(
  port: WorkbookPort,
  state: SessionState,
  reduce: Dispatch<SessionAction>,
): SessionPersistence {
  const [persistError, setPersistError] = useState<PersistError | null>(null);
  const [restored, setRestored] = useState(false);
  const loaded = useRef(false);
  // Edits made before the saved session is read: applied again on top of it, so none is lost.
  const pending = useRef<SessionAction[]>([]);
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);

  const dispatch = useCallback(
    (action: SessionAction) => {
      if (!loaded.current) pending.current.push(action);
      reduce(action);
    },
    [reduce],
  );

  const save = useCallback(async () => {
    const result = await settle(() => port.saveState(SESSION_STATE_KEY, sessionToJson(latest.current)));
    setPersistError((old) =>
      result.ok ? (old?.kind === 'save' ? null : old) : { kind: 'save', message: result.error.message },
    );
  }, [port]);

  useEffect(() => {
    let current = true;
    void settle(() => port.loadState(SESSION_STATE_KEY)).then((result) => {
      if (!current) return;
      const then = pending.current;
      pending.current = [];
      loaded.current = true;
      setRestored(true);
      if (!result.ok) return setPersistError({ kind: 'load', message: result.error.message });
      if (result.value === null) return;
      const saved = sessionFromJson(result.value);
      if (saved.ok) reduce({ type: 'load', saved: saved.saved, then });
      else setPersistError({ kind: 'load', message: saved.message });
    });
    return () => {
      current = false;
    };
  }, [port, reduce]);

  useAutoSave(state, restored, save);
  return { dispatch, restored, save, persistError };
}

/** Scenarios added or removed: save at once. Other edits: SAVE_DELAY_MS after the last one. */
function useAutoSave(state: SessionState, restored: boolean, save: () => Promise<void>) {
  const count = state.scenarios.length;
  const lastCount = useRef(count);
  useEffect(() => {
    if (!restored || state.revision === 0) return;
    if (count !== lastCount.current) {
      lastCount.current = count;
      void save();
      return;
    }
    const timer = setTimeout(() => void save(), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [state.revision, count, save, restored]);
}

/** A port call that may reject as well as fail: both become a failed result. */
export async function settle<T>(call: () => Promise<PortResult<T>>): Promise<PortResult<T>> {
  try {
    return await call();
  } catch (error) {
    return { ok: false, error: thrown(error) };
  }
}
