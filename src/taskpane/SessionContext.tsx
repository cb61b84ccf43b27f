import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { type UnitDiff } from '../domain/allocation/diffAllocations';
import { type Finding, type LocalizedText } from '../domain/findings/Finding';
import { populationPerKommunPreset } from '../domain/presets/populationPerKommunPlan';
import { type TableModel } from '../domain/table/TableModel';
import { defaultUnitRegistry } from '../domain/units/defaultUnitRegistry';
import { type UnitRegistry } from '../domain/units/UnitRegistry';
import { type PortResult, type WorkbookPort } from '../port/WorkbookPort';
import { type AnalyzeSheet } from './AnalyzeSheet';
import { type ScenarioResult } from './state/computeScenario';
import { type DeriveCache, deriveSession } from './state/deriveSession';
import { thrown } from './state/readWorkbookTables';
import {
  initialSession,
  sessionReducer,
  type Scenario,
  type SessionAction,
  type SessionState,
} from './state/sessionReducer';
import { SESSION_STATE_KEY, sessionFromJson, sessionToJson } from './state/sessionJson';
import { useStrings } from './StringsContext';
import { useWorkbookTables, type WorkbookTablesState } from './useWorkbookTables';

/** Milliseconds after the last edit before the session is saved in the workbook (each save may clear Excel's undo). */
export const SAVE_DELAY_MS = 2000;

/** What every step (and the meeting components) reads and changes. */
export interface SessionValue {
  readonly state: SessionState;
  readonly dispatch: (action: SessionAction) => void;
  readonly undo: () => void;
  readonly redo: () => void;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly active: Scenario;
  readonly compare: Scenario | undefined;
  /** The chosen table with the user's corrections, or null until one is chosen. */
  readonly table: TableModel | null;
  readonly findings: readonly Finding[];
  readonly activeResult: ScenarioResult;
  readonly compareResult: ScenarioResult | undefined;
  /** Per unit: compare → active (undefined without a computed comparison). */
  readonly diff: readonly UnitDiff[] | undefined;
  readonly workbook: WorkbookTablesState;
  readonly registry: UnitRegistry;
  /** Saves now (step change, after writing); never rejects: a failure shows as `persistError`. */
  readonly save: () => Promise<void>;
  /** Why the saved plans could not be read ('load') or the plans could not be saved ('save'). */
  readonly persistError: PersistError | null;
}

/** A failure to read or save the session in the workbook, with the host's words. */
export interface PersistError {
  readonly kind: 'load' | 'save';
  readonly message: LocalizedText;
}

const SessionContext = createContext<SessionValue | null>(null);

/** Holds the workbook session: tables, scenarios with undo, computed results, and saving in the workbook. */
export function SessionProvider(props: { port: WorkbookPort; analyze: AnalyzeSheet; children: ReactNode }) {
  const { t } = useStrings();
  const registry = useMemo(() => defaultUnitRegistry(), []);
  const [state, reduce] = useReducer(sessionReducer, undefined, () =>
    initialSession(populationPerKommunPreset.build(), t('scenario.a')),
  );
  const workbook = useWorkbookTables(props.port, props.analyze);
  const [persistError, setPersistError] = useState<PersistError | null>(null);
  const loaded = useRef(false);
  // Edits made before the saved session is read: applied again on top of it, so none is lost.
  const pending = useRef<SessionAction[]>([]);
  const [restored, setRestored] = useState(false);
  const stateRef = useRef(state);
  stateRef.current = state;

  const dispatch = useCallback((action: SessionAction) => {
    if (!loaded.current) pending.current.push(action);
    reduce(action);
  }, []);

  const cache = useRef<DeriveCache | undefined>(undefined);
  const { derived } = useMemo(() => {
    cache.current = deriveSession({ state, tables: workbook.tables, registry }, cache.current);
    return cache.current;
  }, [state, workbook.tables, registry]);

  const save = useCallback(async () => {
    const result = await settle(() =>
      props.port.saveState(SESSION_STATE_KEY, sessionToJson(stateRef.current)),
    );
    setPersistError((old) =>
      result.ok ? (old?.kind === 'save' ? null : old) : { kind: 'save', message: result.error.message },
    );
  }, [props.port]);

  // Restore the saved session once, when the pane opens.
  useEffect(() => {
    let current = true;
    void settle(() => props.port.loadState(SESSION_STATE_KEY)).then((result) => {
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
  }, [props.port]);

  // Nothing saved and nothing chosen yet: suggest the first table of the active sheet (the user can change it).
  const suggestion = restored && state.source === null && !workbook.loading ? workbook.tables : null;
  useEffect(() => {
    if (!suggestion || suggestion.length === 0) return;
    let current = true;
    void settle(() => props.port.activeSheet()).then((active) => {
      const first = suggestion.find((f) => active.ok && f.table.sheet === active.value) ?? suggestion[0]!;
      if (current)
        dispatch({ type: 'select-source', source: { sheet: first.table.sheet, range: first.table.range } });
    });
    return () => {
      current = false;
    };
  }, [suggestion, props.port, dispatch]);

  // Scenarios added or removed: save at once. Other edits: 2 s after the last one (not on every keystroke).
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

  const value: SessionValue = {
    state,
    dispatch,
    undo: useCallback(() => dispatch({ type: 'undo' }), [dispatch]),
    redo: useCallback(() => dispatch({ type: 'redo' }), [dispatch]),
    canUndo: state.past.length > 0,
    canRedo: state.future.length > 0,
    ...derived,
    workbook,
    registry,
    save,
    persistError,
  };
  return <SessionContext.Provider value={value}>{props.children}</SessionContext.Provider>;
}

/**
 * The session: `dispatch` plan edits (`{ type: 'edit-plan', plan, coalesce: 'what-if' }` makes a slider drag one
 * undo step), `undo`/`redo`, the active and compared scenarios and their computed results.
 */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('[Länsnyckel] useSession needs a SessionProvider above it');
  return value;
}

/** A port call that may reject as well as fail: both become a failed result. */
async function settle<T>(call: () => Promise<PortResult<T>>): Promise<PortResult<T>> {
  try {
    return await call();
  } catch (error) {
    return { ok: false, error: thrown(error) };
  }
}
