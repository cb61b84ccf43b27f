import { type PlanJson } from '../../domain/plan/planSchema';
import { type CommandCall } from '../commands/registry';

/** The table the plans are applied to, with the user's corrections of what detection found. */
export interface SourceSelection {
  readonly sheet: string;
  /** A1 range of the detected table (header to total row). */
  readonly range: string;
  /** Set when the user picked the range with "Använd markering": detection ran on this range only. */
  readonly fromSelection?: boolean;
  /** Letter of the column that names the units, when the user chose another than detection did. */
  readonly unitColumn?: string;
  /** Column letter → role the user chose (overrides detection). */
  readonly roles?: Readonly<Record<string, ColumnRole>>;
  /** Plan indicator id → column letter, or '' for the reference population. */
  readonly indicatorColumns?: Readonly<Record<string, string>>;
  /** 0-based sheet row of the total row; null: the table has none; undefined: as detected. */
  readonly totalRow?: number | null;
}

/** What a column of the source table is used as. */
export type ColumnRole = 'indicator' | 'amount' | 'total' | 'other';

/** One plan under a name: A and B of a comparison. */
export interface Scenario {
  readonly id: string;
  readonly name: string;
  readonly plan: PlanJson;
}

/** What undo/redo restores: the scenarios and which ones are shown. */
export interface SessionSnapshot {
  readonly scenarios: readonly Scenario[];
  readonly activeId: string;
  readonly compareId: string | null;
}

/** A workbook session: the source table, the scenarios and the undo history of plan edits. */
export interface SessionState extends SessionSnapshot {
  readonly source: SourceSelection | null;
  readonly past: readonly SessionSnapshot[];
  readonly future: readonly SessionSnapshot[];
  /** The key of the last edit, so a run of edits with the same key (a slider drag, typing) is one undo step. */
  readonly lastEditKey?: string | undefined;
  /** Counts every change of scenarios; persistence saves when it moved. */
  readonly revision: number;
}

/** Everything that changes a session. */
export type SessionAction =
  | { readonly type: 'select-source'; readonly source: SourceSelection | null }
  | { readonly type: 'edit-source'; readonly patch: Partial<SourceSelection> }
  /** Read plan indicator `indicator` from column `letter` ('' for the reference population). */
  | { readonly type: 'set-indicator-column'; readonly indicator: string; readonly letter: string }
  /** The role the user gives column `letter` (overrides detection). */
  | { readonly type: 'set-column-role'; readonly letter: string; readonly role: ColumnRole }
  /** Replace the plan of a scenario (the active one by default); `coalesce` merges runs of edits into one undo step. */
  | {
      readonly type: 'edit-plan';
      readonly plan: PlanJson;
      readonly scenarioId?: string;
      readonly coalesce?: string;
    }
  /** A named plan command as data (see commands/registry); `coalesce` as for 'edit-plan'. */
  | CommandAction
  | { readonly type: 'duplicate-scenario'; readonly name: string; readonly id?: string }
  | { readonly type: 'rename-scenario'; readonly scenarioId: string; readonly name: string }
  | { readonly type: 'remove-scenario'; readonly scenarioId: string }
  | { readonly type: 'set-active'; readonly scenarioId: string }
  | { readonly type: 'set-compare'; readonly scenarioId: string | null }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  /**
   * Restore a saved session (from the workbook); history starts empty. `then` are the actions the user took while
   * it was loading: they are applied on top, so no edit is lost.
   */
  | { readonly type: 'load'; readonly saved: SavedSession; readonly then?: readonly SessionAction[] };

/** What is stored in the workbook: no history. */
export interface SavedSession extends SessionSnapshot {
  readonly source: SourceSelection | null;
}

/** A plan command dispatched through the session: on the active scenario unless `scenarioId` names another. */
export type CommandAction = {
  readonly type: 'command';
  readonly scenarioId?: string;
  readonly coalesce?: string;
} & CommandCall;
