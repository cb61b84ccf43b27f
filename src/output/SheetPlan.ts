/** What to put in one cell. Text is always written as text: it never becomes a formula. */
export type PlannedCell =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  /** `result` is what the formula evaluates to when written (for hosts that cache results: ExcelJS, preview). */
  | { readonly kind: 'formula'; readonly formula: string; readonly result?: number | string };

/** A rectangular block of cells starting at `address` (top-left, A1). */
export interface CellBlock {
  readonly address: string;
  readonly rows: ReadonlyArray<ReadonlyArray<PlannedCell>>;
}

export interface NumberFormat {
  /** A1 range. */
  readonly range: string;
  /** Invariant (en-US) format code, e.g. "#,##0". */
  readonly format: string;
}

/** Red fill when a control cell is not 0. */
export interface ConditionalFormat {
  readonly range: string;
  readonly rule: 'not-equal-zero';
  readonly fill: string;
  readonly fontColor: string;
}

export interface Hyperlink {
  readonly address: string;
  readonly text: string;
  /** Target inside the workbook: sheet and A1 cell. */
  readonly sheet: string;
  readonly cell: string;
}

export interface TableObject {
  readonly name: string;
  /** A1 range including the header row. */
  readonly range: string;
  readonly style?: string;
}

export interface PageSetup {
  readonly orientation: 'landscape' | 'portrait';
  readonly paper: 'A4';
  readonly fitToPagesWide: 1;
  readonly header?: string;
  readonly footer?: string;
}

/** One sheet the add-in writes. */
export interface SheetWrite {
  /** Unique, ≤ 31 characters, no []:*?/\ */
  readonly name: string;
  readonly role: 'allocation' | 'checks' | 'basis' | 'followup';
  readonly blocks: readonly CellBlock[];
  readonly numberFormats: readonly NumberFormat[];
  readonly bold?: readonly string[];
  readonly columnWidths?: readonly { readonly col: number; readonly width: number }[];
  readonly table?: TableObject;
  readonly conditionalFormats?: readonly ConditionalFormat[];
  readonly hyperlinks?: readonly Hyperlink[];
  readonly freezeRows?: number;
  readonly pageSetup?: PageSetup;
}

/** Everything one write does: the sheets, and the marker that tells our sheets from the user's. */
export interface SheetPlan {
  /** Marker value stored with each written sheet (e.g. the plan id). */
  readonly marker: string;
  readonly sheets: readonly SheetWrite[];
}

/** Name of the sheet-level custom property / named item that marks the add-in's own sheets. */
export const OUTPUT_MARKER_KEY = 'Lansnyckel.Output';
