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
  const v = singleCell(arg);
  if (isBlank(v)) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v)) return formulaError('not-a-number', { field });
  return fromNumber(v);
}

/** As {@link readScalar}, but the argument is required. */
export function readRequiredScalar(arg: unknown, field: FieldName): FormulaResult<Rational> {
  const r = readScalar(arg, field);
  return r === undefined ? formulaError('not-a-number', { field }) : r;
}

/** The one value of a 1×1 range (Excel passes it as [[v]]), or the argument itself. */
function singleCell(arg: unknown): unknown {
  if (!Array.isArray(arg) || arg.length !== 1) return arg;
  const row: unknown = (arg as unknown[])[0];
  return Array.isArray(row) && row.length === 1 ? (row as unknown[])[0] : arg;
}
