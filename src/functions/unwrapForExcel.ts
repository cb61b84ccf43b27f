import { type FormulaError, type FormulaResult, isFormulaError } from './FormulaError';

/** Builds what a custom function throws for a FormulaError; src/app installs CustomFunctions.Error here. */
export type ExcelErrorFactory = (error: FormulaError) => Error;

/** Thrown when no factory is installed (tests, node): carries the FormulaError so callers can inspect it. */
export class FormulaErrorThrown extends Error {
  constructor(readonly formulaError: FormulaError) {
    super(formulaError.message);
    this.name = 'FormulaErrorThrown';
  }
}

let factory: ExcelErrorFactory = (e) => new FormulaErrorThrown(e);

/**
 * Installs how errors reach Excel. The metadata plugin associates the functions in functions.ts as they are,
 * so the mapping to CustomFunctions.Error (a global only src/app may touch) is injected rather than imported.
 */
export function setExcelErrorFactory(next: ExcelErrorFactory): void {
  factory = next;
}

/**
 * The value of a formula result, or throws the installed Excel error (Excel shows #VALUE! with the message).
 * @example unwrapForExcel([[1]]) //=> [[1]]
 */
export function unwrapForExcel<T>(result: FormulaResult<T>): T {
  if (isFormulaError(result)) throw factory(result);
  return result;
}
