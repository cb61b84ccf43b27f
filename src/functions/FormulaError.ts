import { type LocalizedText } from '../domain/findings/Finding';
import { type FormulaErrorCode, formulaMessage, type FormulaMessageParams } from './formulaMessages';

/** The Excel error values our formulas return (all input problems are #VALUE!, which can carry a message). */
export type ExcelErrorValue = '#VALUE!';

/**
 * A formula's refusal as a plain value: the Excel error, a code for tests, and the sv/en message. src/app turns
 * it into `new CustomFunctions.Error(invalidValue, message)`; the preview grid shows it as is.
 */
export interface FormulaError {
  readonly error: ExcelErrorValue;
  readonly code: FormulaErrorCode;
  /** Swedish, what the cell tooltip shows. */
  readonly message: string;
  readonly localized: LocalizedText;
}

/** A formula's value, or why it has none. */
export type FormulaResult<T> = T | FormulaError;

/**
 * Builds the FormulaError for a code.
 * @example formulaError('zero-key').message //=> 'nyckeln summerar till 0'
 */
export function formulaError(code: FormulaErrorCode, params?: FormulaMessageParams): FormulaError {
  const localized = formulaMessage(code, params);
  return { error: '#VALUE!', code, message: localized.sv, localized };
}

/** Whether a formula result is a refusal. */
export function isFormulaError(value: unknown): value is FormulaError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { error?: unknown }).error === '#VALUE!' &&
    typeof (value as { code?: unknown }).code === 'string'
  );
}

/**
 * The message Excel shows for a FormulaError, in Office's display language: English for "en-…", otherwise
 * Swedish (the working language, as in the task pane).
 * @example formulaErrorText(formulaError('zero-key'), 'en-GB') //=> 'the key sums to 0'
 */
export function formulaErrorText(error: FormulaError, displayLanguage: string | undefined | null): string {
  return displayLanguage?.toLowerCase().startsWith('en') ? error.localized.en : error.localized.sv;
}
