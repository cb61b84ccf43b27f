import { type PlannedCell } from './SheetPlan';
import { NotFiniteNumberError } from '../domain/errors';
import { NotAFormulaError } from './outputErrors';

/** Constructors for PlannedCell, so the sheet builders read like the sheet. */

export const EMPTY: PlannedCell = { kind: 'empty' };

/** A text cell. Text is always written as text, even when it starts with '=' (see startsLikeFormula). */
export function textCell(text: string): PlannedCell {
  return { kind: 'text', text };
}

/** A number cell; non-finite numbers are a programmer error. */
export function numberCell(value: number): PlannedCell {
  if (!Number.isFinite(value)) throw new NotFiniteNumberError(value);
  return { kind: 'number', value };
}

/** A formula cell (with '='), carrying the value it evaluates to when written. */
export function formulaCell(formula: string, result?: number | string): PlannedCell {
  if (!formula.startsWith('=')) throw new NotAFormulaError(formula);
  return result === undefined ? { kind: 'formula', formula } : { kind: 'formula', formula, result };
}

/** A number cell when defined, else empty. */
export function optionalNumberCell(value: number | undefined): PlannedCell {
  return value === undefined ? EMPTY : numberCell(value);
}

/** A text cell when non-empty, else empty. */
export function optionalTextCell(text: string | undefined): PlannedCell {
  return text === undefined || text === '' ? EMPTY : textCell(text);
}
