/** How bad a finding is: errors block a clean verdict (CLI exit 1). */
export type Severity = 'error' | 'warning' | 'info';

/** The catalogue of checks: every problem the checker can report about a table, by code. */
export type FindingCode =
  | 'column-total-mismatch'
  | 'row-total-mismatch'
  | 'frame-mismatch'
  | 'total-formula-range'
  | 'hard-coded-total'
  | 'inconsistent-formula'
  | 'unit-unknown'
  | 'unit-duplicate'
  | 'unit-missing'
  | 'label-whitespace'
  | 'number-as-text'
  | 'error-value'
  | 'blank-in-key'
  | 'negative-amount'
  | 'key-deviation'
  | 'rounding-drift'
  | 'reference-mismatch'
  | 'unclassified-row'
  | 'total-not-checkable'
  | 'followup-allocation-mismatch'
  | 'followup-overspent'
  | 'followup-balance'
  | 'followup-unit-missing'
  | 'followup-unit-unexpected';

/** A user-visible text in both UI languages. */
export interface LocalizedText {
  readonly sv: string;
  readonly en: string;
}

/** Something found in a table, named by its cells; never thrown, always returned. */
export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly sheet: string;
  /** Sheet-local A1 addresses, most relevant first. */
  readonly cells: readonly string[];
  /** The unit's label as written in the table, trimmed. */
  readonly unit?: string;
  /** The unit's official code when resolved. */
  readonly unitCode?: string;
  /** The column header as written, trimmed. */
  readonly column?: string;
  /** Amounts in kronor (the reporting boundary; computed exactly, converted last). */
  readonly stated?: number;
  readonly computed?: number;
  /** stated − computed. */
  readonly delta?: number;
  readonly message: LocalizedText;
  /** How many findings of this kind in this column it stands for, when repeated ones were aggregated (≥ 2). */
  readonly count?: number;
}
