import { sign } from '../domain/money/arithmetic';
import { type Rational } from '../domain/money/Rational';
import { formulaError, type FormulaResult, isFormulaError } from './FormulaError';
import { type Orientation, readVector } from './readVector';
import { readNumbers } from './readNumbers';

/** A validated distribution key: one non-negative exact value per unit, not all zero. */
export interface Key {
  readonly values: readonly Rational[];
  readonly orientation: Orientation;
}

/**
 * Reads a key range: one column or row of numbers, no blanks, no text, none negative, not summing to 0.
 * @example readKey([[2], [1]]) //=> { values: [2, 1], orientation: 'column' }
 */
export function readKey(arg: unknown): FormulaResult<Key> {
  const vector = readVector(arg, 'nyckel');
  if (isFormulaError(vector)) return vector;
  const values = readNumbers(vector.cells, 'nyckel', 'error');
  if (isFormulaError(values)) return values;
  const negativeAt = values.findIndex((v) => sign(v) < 0);
  if (negativeAt >= 0) return formulaError('negative-key', { row: negativeAt + 1 });
  if (values.every((v) => sign(v) === 0)) return formulaError('zero-key');
  return { values, orientation: vector.orientation };
}
