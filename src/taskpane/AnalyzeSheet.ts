import { type Finding } from '../domain/findings/Finding';
import { type TableModel } from '../domain/table/TableModel';
import { type Grid } from '../workbook/Grid';

/** What the pane shows about a sheet's tables: found by src/workbook, checked by src/domain/checks. */
export interface SheetAnalysis {
  readonly tables: readonly TableModel[];
  readonly findings: readonly Finding[];
}

/**
 * Table detection plus checks, handed to the pane by the composition root (src/app), so the pane depends on no
 * detection module directly and is tested with a fake.
 */
export type AnalyzeSheet = (grid: Grid) => SheetAnalysis;
