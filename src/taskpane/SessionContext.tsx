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
import { diffAllocations, type UnitDiff } from '../domain/allocation/diffAllocations';
import { checkTable } from '../domain/checks/checkTable';
import { type Finding, type LocalizedText } from '../domain/findings/Finding';
import { populationPerKommunPreset } from '../domain/presets/populationPerKommunPlan';
import { type TableModel } from '../domain/table/TableModel';
import { defaultUnitRegistry } from '../domain/units/defaultUnitRegistry';
import { type UnitRegistry } from '../domain/units/UnitRegistry';
import { type WorkbookPort } from '../port/WorkbookPort';
import { type AnalyzeSheet } from './AnalyzeSheet';
import { applySource } from './state/applySource';
import { computeScenario, type ScenarioResult } from './state/computeScenario';
import {
  activeScenario,
  compareScenario,
  initialSession,
  sessionReducer,
  type Scenario,
  type SessionAction,
  type SessionState,
} from './state/sessionReducer';
import { SESSION_STATE_KEY, sessionFromJson, sessionToJson } from './state/sessionJson';
import { useStrings } from './StringsContext';
import { same, useWorkbookTables, type WorkbookTablesState } from './useWorkbookTables';

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
  /** Saves now (step change, after writing); resolves to the error text, if any. */
  readonly save: () => Promise<void>;
  readonly persistError: LocalizedText | null;
}

const SessionContext = createContext<SessionValue | null>(null);

/** Holds the workbook session: tables, scenarios with undo, computed results, and saving in the workbook. */
export function SessionProvider(props: { port: WorkbookPort; analyze?: AnalyzeSheet; children: ReactNode }) {
  const { t } = useStrings();
  const registry = useMemo(() => defaultUnitRegistry(), []);
  const [state, dispatch] = useReducer(sessionReducer, undefined, () =>
    initialSession(populationPerKommunPreset.build(), t('scenario.a')),
  );
  const workbook = useWorkbookTables(props.port, props.analyze);
  const [persistError, setPersistError] = useState<LocalizedText | null>(null);
  const loaded = useRef(false);
  const [restored, setRestored] = useState(false);
  const stateRef = useRef(state);
  stateRef.current = state;

  const found = state.source ? workbook.tables.find((f) => same(f.table, state.source!)) : undefined;
  const table = useMemo(
    () => (found && state.source ? applySource(found.table, state.source) : null),
    [found, state.source],
  );
  const findings = useMemo(() => (table ? checkTable(table, { registry }) : []), [table, registry]);
  const columns = state.source?.indicatorColumns;
  const active = activeScenario(state);
  const compare = compareScenario(state);
  const activeResult = useMemo(
    () => computeScenario(active.plan, table, registry, columns),
    [active.plan, table, registry, columns],
  );
  const compareResult = useMemo(
    () => (compare ? computeScenario(compare.plan, table, registry, columns) : undefined),
    [compare, table, registry, columns],
  );
  const diff = useMemo(
    () =>
      activeResult.allocation && compareResult?.allocation
        ? diffAllocations(compareResult.allocation, activeResult.allocation)
        : undefined,
    [activeResult.allocation, compareResult?.allocation],
  );

  const save = useCallback(async () => {
    const result = await props.port.saveState(SESSION_STATE_KEY, sessionToJson(stateRef.current));
    setPersistError(result.ok ? null : result.error.message);
  }, [props.port]);

  // Restore the saved session once, when the pane opens.
  useEffect(() => {
    let current = true;
    void props.port.loadState(SESSION_STATE_KEY).then((result) => {
      if (!current) return;
      loaded.current = true;
      setRestored(true);
      if (!result.ok) return setPersistError(result.error.message);
      if (result.value === null) return;
      const saved = sessionFromJson(result.value);
      if (saved.ok) dispatch({ type: 'load', saved: saved.saved });
      else setPersistError(saved.message);
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
    void props.port.activeSheet().then((active) => {
      const first = suggestion.find((f) => active.ok && f.table.sheet === active.value) ?? suggestion[0]!;
      if (current)
        dispatch({ type: 'select-source', source: { sheet: first.table.sheet, range: first.table.range } });
    });
    return () => {
      current = false;
    };
  }, [suggestion, props.port]);

  // Scenarios added or removed: save at once. Other edits: 2 s after the last one (not on every keystroke).
  const count = state.scenarios.length;
  const lastCount = useRef(count);
  useEffect(() => {
    if (!loaded.current || state.revision === 0) return;
    if (count !== lastCount.current) {
      lastCount.current = count;
      void save();
      return;
    }
    const timer = setTimeout(() => void save(), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [state.revision, count, save]);

  const value: SessionValue = {
    state,
    dispatch,
    undo: useCallback(() => dispatch({ type: 'undo' }), []),
    redo: useCallback(() => dispatch({ type: 'redo' }), []),
    canUndo: state.past.length > 0,
    canRedo: state.future.length > 0,
    active,
    compare,
    table,
    findings,
    activeResult,
    compareResult,
    diff,
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
