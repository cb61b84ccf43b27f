import { fromNumber } from '../domain/money/fromNumber';
import { type Rational } from '../domain/money/Rational';
import { formulaError, type FormulaResult } from './FormulaError';
import { type FieldName } from './formulaMessages';
import { isBlank } from './readNumbers';

/**
 * Reads a single-number argument (a number, or a 1×1 range); undefined when it is omitted or blank.
 * @example readScalar([[100]], 'avrundning') //=> 100 as a Rational
 */
export function readScalar(arg: unknown, field: FieldName): FormulaResult<Rational | undefined> {
  const v =
    Array.isArray(arg) && arg.length === 1 && Array.isArray(arg[0]) && arg[0].length === 1 ? arg[0][0] : arg;
  if (isBlank(v)) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v)) return formulaError('not-a-number', { field });
  return fromNumber(v);
}

/** As {@link readScalar}, but the argument is required. */
export function readRequiredScalar(arg: unknown, field: FieldName): FormulaResult<Rational> {
  const r = readScalar(arg, field);
  return r === undefined ? formulaError('not-a-number', { field }) : r;
}
