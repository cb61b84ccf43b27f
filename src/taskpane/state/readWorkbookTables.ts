import { type Finding } from '../../domain/findings/Finding';
import { type TableModel } from '../../domain/table/TableModel';
import { type PortError, type SheetInfo, type WorkbookPort } from '../../port/WorkbookPort';
import { type Grid } from '../../workbook/Grid';
import { type AnalyzeSheet, type SheetAnalysis } from '../AnalyzeSheet';
import { assignFindings } from './assignFindings';

/** A table found in the workbook, with the findings about it and whether it came from the user's selection. */
export interface FoundTable {
  readonly table: TableModel;
  readonly findings: readonly Finding[];
  readonly fromSelection?: boolean;
}

/** What reading the workbook gave: every readable sheet's tables, and the sheets that could not be read. */
export interface WorkbookRead {
  /** The sheets listed (output sheets included), to tell later whether the list changed. */
  readonly sheets: readonly SheetInfo[];
  readonly tables: readonly FoundTable[];
  readonly grids: ReadonlyMap<string, Grid>;
  /** Per sheet read: its tables and findings as the analyzer gave them (what the Underlag step shows). */
  readonly analyses: ReadonlyMap<string, SheetAnalysis>;
  /** Sheets skipped because the host could not read them (too large, protected …), with why. */
  readonly skipped: readonly { readonly sheet: string; readonly error: PortError }[];
  /** Set when nothing could be listed, or the user cancelled (code 'cancelled'; what was read is kept). */
  readonly error: PortError | null;
}

/** How to follow and stop a long read. */
export interface ReadWorkbookOptions {
  readonly signal?: AbortSignal;
  /** The fraction of the whole workbook read, 0..1. */
  readonly onProgress?: (fraction: number) => void;
  /** The sheets as soon as they are listed, before any is read. */
  readonly onSheets?: (sheets: readonly SheetInfo[]) => void;
}

/**
 * Reads each of the user's sheets (not the add-in's output) through the port and finds its tables. One sheet
 * the host cannot read is skipped and named, so it does not hide the other sheets' tables. Never rejects: a
 * port that throws becomes a 'general' error.
 * @example (await readWorkbookTables(port, analyzeSheet)).tables.map((f) => f.table.range) //=> ['A3:E17', …]
 */
export async function readWorkbookTables(
  port: WorkbookPort,
  analyze: AnalyzeSheet,
  options: ReadWorkbookOptions = {},
): Promise<WorkbookRead> {
  const grids = new Map<string, Grid>();
  const analyses = new Map<string, SheetAnalysis>();
  const tables: FoundTable[] = [];
  const skipped: { sheet: string; error: PortError }[] = [];
  let sheets: readonly SheetInfo[] = [];
  const done = (error: PortError | null): WorkbookRead => ({
    sheets,
    tables,
    grids,
    analyses,
    skipped,
    error,
  });
  try {
    const list = await port.listSheets();
    if (!list.ok) return done(list.error);
    sheets = list.value;
    options.onSheets?.(sheets);
    const mine = sheets.filter((s) => !s.isOutput);
    for (const [i, sheet] of mine.entries()) {
      const read = await port.readSheet(sheet.name, {
        ...(options.signal ? { signal: options.signal } : {}),
        onProgress: (f) => options.onProgress?.((i + Math.min(Math.max(f, 0), 1)) / mine.length),
      });
      if (!read.ok && read.error.code === 'cancelled') return done(read.error);
      if (!read.ok) {
        skipped.push({ sheet: sheet.name, error: read.error });
        continue;
      }
      const analysis = analyze(read.value);
      grids.set(sheet.name, read.value);
      analyses.set(sheet.name, analysis);
      tables.push(...foundTables(analysis));
      options.onProgress?.((i + 1) / mine.length);
    }
    return done(null);
  } catch (error) {
    return done(thrown(error));
  }
}

/**
 * The tables of one grid with each one's own findings (matched on rows and columns; sheet-level ones once).
 * @example tablesOfGrid(jonkopingGrid, analyzeSheet)[0].findings.length //=> 2
 */
export function tablesOfGrid(grid: Grid, analyze: AnalyzeSheet): FoundTable[] {
  return foundTables(analyze(grid));
}

/** An analysis's tables, each with its own findings. */
export function foundTables({ tables, findings }: SheetAnalysis): FoundTable[] {
  const groups = assignFindings(tables, findings);
  return tables.map((table, i) => ({ table, findings: groups[i] ?? [] }));
}

/** A port that rejected instead of returning its error: say what it said. */
export function thrown(error: unknown): PortError {
  const text = error instanceof Error ? error.message : String(error);
  return { code: 'general', message: { sv: text, en: text } };
}
