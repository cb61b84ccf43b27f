import { useCallback, useEffect, useState } from 'react';
import { type Finding } from '../domain/findings/Finding';
import { type TableModel } from '../domain/table/TableModel';
import { type PortError, type WorkbookPort } from '../port/WorkbookPort';
import { type Grid } from '../workbook/Grid';
import { type AnalyzeSheet } from './AnalyzeSheet';
import { cropGrid } from './state/cropGrid';

/** A table found in the workbook, with the findings about it and whether it came from the user's selection. */
export interface FoundTable {
  readonly table: TableModel;
  readonly findings: readonly Finding[];
  readonly fromSelection?: boolean;
}

/** Every table of every sheet (not only the active one), read through the port and analyzed. */
export interface WorkbookTablesState {
  readonly loading: boolean;
  readonly tables: readonly FoundTable[];
  readonly grids: ReadonlyMap<string, Grid>;
  readonly error: PortError | null;
  readonly reload: () => void;
  /** Reads the user's selection and detects tables in it; resolves to the tables found there. */
  readonly detectSelection: () => Promise<{ range: string; found: readonly FoundTable[] } | PortError>;
}

/** Reads each of the user's sheets once (and again when sheets change) and detects its tables. */
export function useWorkbookTables(
  port: WorkbookPort,
  analyze: AnalyzeSheet | undefined,
): WorkbookTablesState {
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<{
    loading: boolean;
    tables: readonly FoundTable[];
    grids: ReadonlyMap<string, Grid>;
    error: PortError | null;
  }>({ loading: true, tables: [], grids: new Map(), error: null });
  const [picked, setPicked] = useState<readonly FoundTable[]>([]);

  useEffect(() => port.onSheetsChanged(() => setVersion((v) => v + 1)), [port]);

  useEffect(() => {
    let current = true;
    void (async () => {
      const list = await port.listSheets();
      if (!list.ok) {
        if (current) setState({ loading: false, tables: [], grids: new Map(), error: list.error });
        return;
      }
      const grids = new Map<string, Grid>();
      const tables: FoundTable[] = [];
      for (const sheet of list.value.filter((s) => !s.isOutput)) {
        const read = await port.readSheet(sheet.name);
        if (!current) return;
        if (!read.ok) {
          setState({ loading: false, tables: [], grids, error: read.error });
          return;
        }
        grids.set(sheet.name, read.value);
        tables.push(...tablesOf(read.value, analyze));
      }
      if (current) setState({ loading: false, tables, grids, error: null });
    })();
    return () => {
      current = false;
    };
  }, [port, analyze, version]);

  const detectSelection = useCallback(async () => {
    const selection = await port.getSelection();
    if (!selection.ok) return selection.error;
    const read = await port.readSheet(selection.value.sheet);
    if (!read.ok) return read.error;
    const part = cropGrid(read.value, selection.value.address);
    const found = part ? tablesOf(part, analyze).map((t) => ({ ...t, fromSelection: true })) : [];
    setPicked((old) => [...found, ...old.filter((o) => !found.some((f) => same(f.table, o.table)))]);
    return { range: `${selection.value.sheet}!${selection.value.address}`, found };
  }, [port, analyze]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const tables = [...picked, ...state.tables.filter((t) => !picked.some((p) => same(p.table, t.table)))];
  return { ...state, tables, reload, detectSelection };
}

/** The same table: same sheet and range. */
export function same(
  a: Pick<TableModel, 'sheet' | 'range'>,
  b: Pick<TableModel, 'sheet' | 'range'>,
): boolean {
  return a.sheet === b.sheet && a.range === b.range;
}

function tablesOf(grid: Grid, analyze: AnalyzeSheet | undefined): FoundTable[] {
  if (!analyze) return [];
  const { tables, findings } = analyze(grid);
  return tables.map((table) => ({
    table,
    findings: findings.filter((f) => f.sheet === table.sheet && inTable(f, table)),
  }));
}

function inTable(finding: Finding, table: TableModel): boolean {
  const rows = [
    table.headerRow,
    ...table.rows.map((r) => r.row),
    ...(table.totalRow ? [table.totalRow.row] : []),
  ];
  const first = Math.min(...rows) + 1;
  const last = Math.max(...rows) + 1;
  return (
    finding.cells.length === 0 ||
    finding.cells.some((c) => {
      const row = Number(/\d+/.exec(c)?.[0] ?? NaN);
      return row >= first && row <= last;
    })
  );
}
