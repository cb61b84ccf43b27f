import { type LocalizedText } from '../domain/findings/Finding';
import { type SheetPlan } from '../output/SheetPlan';
import { type Grid } from '../workbook/Grid';

/** A sheet as listed by the host. */
export interface SheetInfo {
  readonly name: string;
  readonly visible: boolean;
  /** True for sheets the add-in wrote (they carry the output marker). */
  readonly isOutput: boolean;
}

/** Why the host refused or failed; expected problems are values, not exceptions. */
export type PortErrorCode =
  | 'cell-edit-mode'
  | 'protected'
  | 'payload-too-large'
  | 'not-found'
  | 'access-denied'
  | 'output-exists'
  | 'name-collision'
  | 'cancelled'
  | 'general';

export interface PortError {
  readonly code: PortErrorCode;
  readonly message: LocalizedText;
}

export type PortResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: PortError };

export interface ReadOptions {
  readonly signal?: AbortSignal;
  /** Called with the fraction done, 0..1, for long reads. */
  readonly onProgress?: (fraction: number) => void;
}

export interface WriteOptions extends ReadOptions {
  /** Replace existing output sheets of the same names (the user confirmed). */
  readonly replaceExisting: boolean;
}

export interface WriteSummary {
  readonly written: readonly { readonly sheet: string; readonly range: string }[];
  readonly replaced: readonly string[];
}

/** The one interface the task pane uses to reach a workbook: Excel (Office.js) or the preview host. */
export interface WorkbookPort {
  listSheets(): Promise<PortResult<readonly SheetInfo[]>>;
  activeSheet(): Promise<PortResult<string>>;
  /** The sheet's used range as a Grid; an empty sheet gives a Grid with no cells. */
  readSheet(name: string, options?: ReadOptions): Promise<PortResult<Grid>>;
  /** The user's current selection. */
  getSelection(): Promise<PortResult<{ readonly sheet: string; readonly address: string }>>;
  /** Activate the sheet and select the range (A1). */
  selectRange(sheet: string, address: string): Promise<PortResult<void>>;
  /** All-or-nothing: write new sheets, verify, then remove the previous output. */
  writePlan(plan: SheetPlan, options: WriteOptions): Promise<PortResult<WriteSummary>>;
  /** Document-level state (saved plans); survives save/close/reopen. */
  loadState(key: string): Promise<PortResult<string | null>>;
  saveState(key: string, json: string): Promise<PortResult<void>>;
  /** Notified when sheets are added/removed/renamed or the active sheet changes; returns an unsubscribe. */
  onSheetsChanged(listener: () => void): () => void;
}
