import { type Finding } from '../findings/Finding';
import { type Rational } from '../money/Rational';
import { type UnitCode } from '../units/UnitCode';

/** What one unit was allocated from one pot, and the cell that says so. */
export interface AllocatedAmount {
  /** The unit's label as written (trimmed). */
  readonly unit: string;
  /** Official code when resolved ("2080"); units are matched by code first, then by label. */
  readonly code?: UnitCode;
  readonly pot: string;
  /** Kronor, exact. */
  readonly amount: Rational;
  /** Sheet-local A1 address on the allocation sheet. */
  readonly cell?: string;
}

/** The allocation a follow-up is reconciled against: the Fördelning sheet, a re-run plan or a checked table. */
export interface FollowupAllocation {
  readonly sheet: string;
  readonly range: string;
  readonly amounts: readonly AllocatedAmount[];
  /** Set aside länsgemensamt before the split, when the allocation says so. */
  readonly setAside?: Rational;
}

/** One reported amount: its exact value in kronor, its cell and the column header it stands under. */
export interface ReportedAmount {
  readonly value: Rational;
  readonly cell: string;
  readonly column: string;
}

/** One row of a kommun's återredovisning (tilldelat, rekvirerat, förbrukat, ej förbrukat, överfört). */
export interface ReportedRow {
  readonly unit: string;
  readonly code?: UnitCode;
  /** Pot name, when the report has one row per unit and pot. */
  readonly pot?: string;
  /** Cell of the unit's label: where a finding about the whole row points. */
  readonly labelCell: string;
  /** Tilldelat / erhållet. */
  readonly allocated?: ReportedAmount;
  /** Rekvirerat / utbetalt. */
  readonly requested?: ReportedAmount;
  /** Förbrukat / använt / upparbetat. */
  readonly used?: ReportedAmount;
  /** Ej förbrukat / kvar / återbetalas. */
  readonly unused?: ReportedAmount;
  /** Överfört (moved on, e.g. to next year with permission): neither used nor unused. */
  readonly transferred?: ReportedAmount;
  /** Amount cells holding text that is not a number ("se bilaga"): the row cannot be reconciled. */
  readonly unreadable?: readonly { readonly cell: string; readonly column: string; readonly text: string }[];
}

/** The follow-up table: where it is and its unit rows. */
export interface FollowupReport {
  readonly sheet: string;
  readonly range: string;
  readonly rows: readonly ReportedRow[];
}

/** stämmer / avvikelse / saknas, and a reported unit with no allocation. */
export type FollowupStatus = 'ok' | 'deviation' | 'missing' | 'unexpected';

/** One unit (and pot) after reconciliation. */
export interface FollowupLine {
  readonly unit: string;
  readonly code?: UnitCode;
  readonly pot?: string;
  /** What the allocation gave (0 for a unit it does not have). */
  readonly allocated: Rational;
  /** Reported tilldelat. */
  readonly reported?: Rational;
  readonly used?: Rational;
  readonly unused?: Rational;
  readonly transferred?: Rational;
  readonly status: FollowupStatus;
  /** Index into `FollowupReport.rows`, when the unit reported. */
  readonly reportRow?: number;
}

/** Reconciliation: per-unit lines in allocation order (unexpected units last), totals and findings. */
export interface FollowupResult {
  readonly lines: readonly FollowupLine[];
  readonly totals: { readonly allocated: Rational; readonly used: Rational; readonly unused: Rational };
  readonly findings: readonly Finding[];
}
