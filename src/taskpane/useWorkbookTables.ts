import { useCallback, useEffect, useRef, useState } from 'react';
import { type TableModel } from '../domain/table/TableModel';
import { type PortError, type SheetInfo, type WorkbookPort } from '../port/WorkbookPort';
import { type Grid } from '../workbook/Grid';
import { type AnalyzeSheet } from './AnalyzeSheet';
import { cropGrid } from './state/cropGrid';
import { type FoundTable, readWorkbookTables, tablesOfGrid, thrown } from './state/readWorkbookTables';
import { sameSheetList } from './state/sameSheetList';

export { type FoundTable } from './state/readWorkbookTables';

/** Milliseconds a burst of sheet events (activating tabs) is left to settle before the list is compared. */
export const SHEET_EVENT_DELAY_MS = 300;

/** Every table of every sheet (not only the active one), read through the port and analyzed. */
export interface WorkbookTablesState {
  readonly loading: boolean;
  /** The fraction read, 0..1, while loading. */
  readonly progress: number;
  readonly tables: readonly FoundTable[];
  readonly grids: ReadonlyMap<string, Grid>;
  /** Nothing could be listed, or the read was cancelled (code 'cancelled'). */
  readonly error: PortError | null;
  /** Sheets that could not be read; the other sheets' tables are still shown. */
  readonly skipped: readonly { readonly sheet: string; readonly error: PortError }[];
  /** Reads the workbook again (after the user changed cells). */
  readonly reload: () => void;
  /** Stops a long read; what was read so far is kept. */
  readonly cancel: () => void;
  /** Reads the user's selection and detects tables in it; resolves to the tables found there. */
  readonly detectSelection: () => Promise<{ range: string; found: readonly FoundTable[] } | PortError>;
}

type ReadState = Pick<WorkbookTablesState, 'loading' | 'progress' | 'tables' | 'grids' | 'error' | 'skipped'>;

/**
 * Reads each of the user's sheets once, and again when sheets are added, removed, renamed or shown/hidden, or
 * on `reload`. Activating a sheet tab only fires the port's event: the sheet list is compared, nothing re-read.
 */
export function useWorkbookTables(port: WorkbookPort, analyze: AnalyzeSheet): WorkbookTablesState {
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<ReadState>({
    loading: true,
    progress: 0,
    tables: [],
    grids: new Map(),
    error: null,
    skipped: [],
  });
  const [picked, setPicked] = useState<readonly FoundTable[]>([]);
  const controller = useRef<AbortController | null>(null);
  const sheets = useRef<readonly SheetInfo[] | null>(null);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let current = true;
    const unsubscribe = port.onSheetsChanged(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void port
          .listSheets()
          .then((list) => {
            if (!current) return;
            if (!list.ok || !sheets.current || !sameSheetList(list.value, sheets.current))
              setVersion((v) => v + 1);
          })
          .catch(() => current && setVersion((v) => v + 1));
      }, SHEET_EVENT_DELAY_MS);
    });
    return () => {
      current = false;
      clearTimeout(timer);
      unsubscribe();
    };
  }, [port]);

  useEffect(() => {
    let current = true;
    const abort = new AbortController();
    controller.current = abort;
    setState((s) => ({ ...s, loading: true, progress: 0 }));
    void readWorkbookTables(port, analyze, {
      signal: abort.signal,
      onProgress: (progress) => current && setState((s) => ({ ...s, progress })),
    }).then((read) => {
      if (!current) return;
      sheets.current = read.sheets;
      setState({ loading: false, progress: 1, ...read });
    });
    return () => {
      current = false;
      abort.abort();
    };
  }, [port, analyze, version]);

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

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const cancel = useCallback(() => controller.current?.abort(), []);
  const tables = [...picked, ...state.tables.filter((t) => !picked.some((p) => same(p.table, t.table)))];
  return { ...state, tables, reload, cancel, detectSelection };
}

/** The same table: same sheet and range. */
export function same(
  a: Pick<TableModel, 'sheet' | 'range'>,
  b: Pick<TableModel, 'sheet' | 'range'>,
): boolean {
  return a.sheet === b.sheet && a.range === b.range;
}
