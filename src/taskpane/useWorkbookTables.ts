import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type TableModel } from '../domain/table/TableModel';
import { type PortError, type SheetInfo, type WorkbookPort } from '../port/WorkbookPort';
import { type AnalyzeSheet } from './AnalyzeSheet';
import { cropGrid } from './state/cropGrid';
import {
  type FoundTable,
  readWorkbookTables,
  tablesOfGrid,
  thrown,
  type WorkbookRead,
} from './state/readWorkbookTables';
import { type ExtraSheets, needsOwnRead, type SheetAnalysisState, sheetState } from './state/sheetState';
import { useSheetEvents } from './useSheetEvents';

export { type FoundTable } from './state/readWorkbookTables';
export { type SheetAnalysisState } from './state/sheetState';
export { SHEET_EVENT_DELAY_MS } from './useSheetEvents';

/** The one reading of the workbook every step uses: its sheets, the active one, and every table with findings. */
export interface WorkbookTablesState extends Omit<WorkbookRead, 'analyses'> {
  readonly loading: boolean;
  /** The fraction read, 0..1, while loading. */
  readonly progress: number;
  /** The sheet active in the workbook (null until known or when the host cannot say). */
  readonly active: string | null;
  /** Sheet `name` as read: grid, tables and findings, or why it could not be read. */
  readonly sheet: (name: string) => SheetAnalysisState;
  /** Reads the workbook again (after the user changed cells). */
  readonly reload: () => void;
  /** Stops a long read; what was read so far is kept. */
  readonly cancel: () => void;
  /** Reads the user's selection and detects tables in it; resolves to the tables found there. */
  readonly detectSelection: () => Promise<{ range: string; found: readonly FoundTable[] } | PortError>;
}

type ReadState = WorkbookRead & { readonly loading: boolean; readonly progress: number };

const EMPTY: ReadState = {
  loading: true,
  progress: 0,
  sheets: [],
  tables: [],
  grids: new Map(),
  analyses: new Map(),
  error: null,
  skipped: [],
};

/**
 * Reads each of the user's sheets once, and again when sheets are added, removed, renamed or shown/hidden, or
 * on `reload`. Activating a sheet tab only re-reads which sheet is active; a sheet the workbook read leaves out
 * (the add-in's output) is read on its own when it becomes the active one.
 */
export function useWorkbookTables(port: WorkbookPort, analyze: AnalyzeSheet): WorkbookTablesState {
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<ReadState>(EMPTY);
  const [active, setActive] = useState<string | null>(null);
  const [extra, setExtra] = useState<ExtraSheets>(new Map());
  const [picked, setPicked] = useState<readonly FoundTable[]>([]);
  const controller = useRef<AbortController | null>(null);
  const known = useRef<readonly SheetInfo[] | null>(null);

  const reload = useCallback(() => {
    setVersion((v) => v + 1);
    setState((s) => ({ ...s, loading: true, progress: 0 }));
    setExtra(new Map());
  }, []);
  useSheetEvents(port, known, setActive, reload);

  useEffect(() => {
    let current = true;
    const abort = new AbortController();
    controller.current = abort;
    void port.activeSheet().then((a) => current && a.ok && setActive(a.value));
    void readWorkbookTables(port, analyze, {
      signal: abort.signal,
      onSheets: (sheets) => current && setState((s) => ({ ...s, sheets })),
      onProgress: (progress) => current && setState((s) => ({ ...s, progress })),
    }).then((read) => {
      if (!current) return;
      known.current = read.sheets;
      setState({ ...read, loading: false, progress: 1 });
    });
    return () => {
      current = false;
      abort.abort();
    };
  }, [port, analyze, version]);

  useOwnRead(port, analyze, active, state, extra, setExtra);

  const detectSelection = useCallback(async () => {
    try {
      const selection = await port.getSelection();
      if (!selection.ok) return selection.error;
      const read = await port.readSheet(selection.value.sheet);
      if (!read.ok) return read.error;
      const part = cropGrid(read.value, selection.value.address);
      const found = part ? tablesOfGrid(part, analyze).map((t) => ({ ...t, fromSelection: true })) : [];
      setPicked((old) => [...found, ...old.filter((o) => !found.some((f) => same(f.table, o.table)))]);
      return { range: `${selection.value.sheet}!${selection.value.address}`, found };
    } catch (error) {
      return thrown(error);
    }
  }, [port, analyze]);

  const cancel = useCallback(() => controller.current?.abort(), []);
  const tables = useMemo(
    () => [...picked, ...state.tables.filter((t) => !picked.some((p) => same(p.table, t.table)))],
    [picked, state.tables],
  );
  const sheet = useCallback((name: string) => sheetState(state, extra, name, state.loading), [state, extra]);
  return { ...state, tables, active, sheet, reload, cancel, detectSelection };
}

/** Reads the active sheet on its own when the finished workbook read left it out. */
function useOwnRead(
  port: WorkbookPort,
  analyze: AnalyzeSheet,
  active: string | null,
  state: ReadState,
  extra: ExtraSheets,
  setExtra: (edit: (old: ExtraSheets) => ExtraSheets) => void,
) {
  const wanted = active !== null && !state.loading && needsOwnRead(state, extra, active) ? active : null;
  useEffect(() => {
    if (wanted === null) return;
    let current = true;
    const put = (s: SheetAnalysisState) => current && setExtra((old) => new Map(old).set(wanted, s));
    void port
      .readSheet(wanted)
      .then((read) =>
        put(
          read.ok
            ? { loading: false, grid: read.value, analysis: analyze(read.value), error: null }
            : { loading: false, grid: null, analysis: null, error: read.error },
        ),
      )
      .catch((error: unknown) => put({ loading: false, grid: null, analysis: null, error: thrown(error) }));
    return () => {
      current = false;
    };
  }, [port, analyze, wanted, setExtra]);
}

/** The same table: same sheet and range. */
export function same(
  a: Pick<TableModel, 'sheet' | 'range'>,
  b: Pick<TableModel, 'sheet' | 'range'>,
): boolean {
  return a.sheet === b.sheet && a.range === b.range;
}
