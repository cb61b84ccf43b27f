import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useReducer,
  type Dispatch,
  type ReactNode,
} from 'react';
import { type UnitDiff } from '../domain/allocation/diffAllocations';
import { type Finding } from '../domain/findings/Finding';
import { populationPerKommunPreset } from '../domain/presets/populationPerKommunPlan';
import { type TableModel } from '../domain/table/TableModel';
import { defaultUnitRegistry } from '../domain/units/defaultUnitRegistry';
import { type UnitRegistry } from '../domain/units/UnitRegistry';
import { type WorkbookPort } from '../port/WorkbookPort';
import { type AnalyzeSheet } from './AnalyzeSheet';
import { type ScenarioResult } from './state/computeScenario';
import {
  initialSession,
  sessionReducer,
  type Scenario,
  type SessionAction,
  type SessionState,
} from './state/sessionReducer';
import { useStrings } from './StringsContext';
import { useDerivedSession } from './useDerivedSession';
import { type PersistError, settle, useSessionPersistence } from './useSessionPersistence';
import { useWorkbookTables, type WorkbookTablesState } from './useWorkbookTables';

export { SAVE_DELAY_MS, type PersistError } from './useSessionPersistence';

/** What every step (and the meeting components) reads. */
export interface SessionStateValue {
  readonly state: SessionState;
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
  /** Why the saved plans could not be read ('load') or the plans could not be saved ('save'). */
  readonly persistError: PersistError | null;
}

/** What changes the session; stable across renders, so components that only edit do not re-render. */
export interface SessionDispatchValue {
  readonly dispatch: Dispatch<SessionAction>;
  readonly undo: () => void;
  readonly redo: () => void;
  /** Saves now (step change, after writing); never rejects: a failure shows as `persistError`. */
  readonly save: () => Promise<void>;
}

/** Both halves, for components that read and edit. */
export type SessionValue = SessionStateValue & SessionDispatchValue;

const StateContext = createContext<SessionStateValue | null>(null);
const DispatchContext = createContext<SessionDispatchValue | null>(null);

/** Holds the workbook session: tables, scenarios with undo, computed results, and saving in the workbook. */
export function SessionProvider(props: { port: WorkbookPort; analyze: AnalyzeSheet; children: ReactNode }) {
  const { t } = useStrings();
  const registry = useMemo(() => defaultUnitRegistry(), []);
  const [state, reduce] = useReducer(sessionReducer, undefined, () =>
    initialSession(populationPerKommunPreset.build(), t('scenario.a')),
  );
  const workbook = useWorkbookTables(props.port, props.analyze);
  const { dispatch, restored, save, persistError } = useSessionPersistence(props.port, state, reduce);
  const derived = useDerivedSession(state, workbook.tables, registry);
  useSourceSuggestion(props.port, dispatch, restored && state.source === null, workbook);

  const actions = useMemo<SessionDispatchValue>(
    () => ({
      dispatch,
      undo: () => dispatch({ type: 'undo' }),
      redo: () => dispatch({ type: 'redo' }),
      save,
    }),
    [dispatch, save],
  );
  const value: SessionStateValue = {
    state,
    canUndo: state.past.length > 0,
    canRedo: state.future.length > 0,
    ...derived,
    workbook,
    registry,
    persistError,
  };
  return (
    <DispatchContext.Provider value={actions}>
      <StateContext.Provider value={value}>{props.children}</StateContext.Provider>
    </DispatchContext.Provider>
  );
}

/** Nothing saved and nothing chosen yet: suggests the first table of the active sheet (the user can change it). */
function useSourceSuggestion(
  port: WorkbookPort,
  dispatch: Dispatch<SessionAction>,
  wanted: boolean,
  workbook: WorkbookTablesState,
) {
  const suggestion = wanted && !workbook.loading ? workbook.tables : null;
  useEffect(() => {
    const fallback = suggestion?.[0];
    if (!suggestion || !fallback) return;
    let current = true;
    void settle(() => port.activeSheet()).then((active) => {
      const first = suggestion.find((f) => active.ok && f.table.sheet === active.value) ?? fallback;
      if (current)
        dispatch({ type: 'select-source', source: { sheet: first.table.sheet, range: first.table.range } });
    });
    return () => {
      current = false;
    };
  }, [suggestion, port, dispatch]);
}

/** The session's state and what is derived from it (re-renders on every change). */
export function useSessionState(): SessionStateValue {
  const value = useContext(StateContext);
  if (!value) throw new MissingSessionProviderError('useSessionState');
  return value;
}

/** `dispatch`, `undo`, `redo` and `save`: stable, so a component that only edits does not re-render on changes. */
export function useSessionDispatch(): SessionDispatchValue['dispatch'] {
  return useSessionActions().dispatch;
}

/** The stable half of the session. */
export function useSessionActions(): SessionDispatchValue {
  const value = useContext(DispatchContext);
  if (!value) throw new MissingSessionProviderError('useSessionDispatch');
  return value;
}

/**
 * The session: `dispatch` plan commands (`{ type: 'command', name, args, coalesce }` makes a run of edits one undo
 * step), `undo`/`redo`, the active and compared scenarios and their computed results.
 */
export function useSession(): SessionValue {
  return { ...useSessionState(), ...useSessionActions() };
}

/** A session hook used outside a SessionProvider. */
export class MissingSessionProviderError extends Error {
  constructor(hook: string) {
    super(`[Länsnyckel] ${hook} needs a SessionProvider above it`);
    this.name = 'MissingSessionProviderError';
  }
}
