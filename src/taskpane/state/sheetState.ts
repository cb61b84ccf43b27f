import { type PortError } from '../../port/WorkbookPort';
import { type Grid } from '../../workbook/Grid';
import { type SheetAnalysis } from '../AnalyzeSheet';
import { type WorkbookRead } from './readWorkbookTables';

/** One sheet as the Underlag step shows it: its grid, its tables with findings, or why it could not be read. */
export interface SheetAnalysisState {
  readonly loading: boolean;
  readonly grid: Grid | null;
  readonly analysis: SheetAnalysis | null;
  readonly error: PortError | null;
}

/** A sheet read on its own because the workbook read leaves it out (the add-in's output sheets). */
export type ExtraSheets = ReadonlyMap<string, SheetAnalysisState>;

const LOADING: SheetAnalysisState = { loading: true, grid: null, analysis: null, error: null };

/**
 * Sheet `name` from the workbook read (or the sheets read on their own): read, skipped with the host's error,
 * or still loading.
 * @example sheetState(read, new Map(), 'Jönköping', false).grid?.sheet //=> 'Jönköping'
 */
export function sheetState(
  read: Pick<WorkbookRead, 'grids' | 'analyses' | 'skipped'>,
  extra: ExtraSheets,
  name: string,
  loading: boolean,
): SheetAnalysisState {
  const grid = read.grids.get(name);
  const analysis = read.analyses.get(name);
  if (grid && analysis) return { loading: false, grid, analysis, error: null };
  const skipped = read.skipped.find((s) => s.sheet === name);
  if (skipped) return { loading: false, grid: null, analysis: null, error: skipped.error };
  return (loading ? undefined : extra.get(name)) ?? LOADING;
}

/** True when sheet `name` is neither in the workbook read nor read on its own yet (so it must be read). */
export function needsOwnRead(
  read: Pick<WorkbookRead, 'grids' | 'skipped'>,
  extra: ExtraSheets,
  name: string,
): boolean {
  return !read.grids.has(name) && !read.skipped.some((s) => s.sheet === name) && !extra.has(name);
}
