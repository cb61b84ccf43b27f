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
 * What a 0 in the key means. Excel on the web passes a blank cell as null (refused as "tom cell"), but Excel on
 * Windows and Mac passes it as 0 (office-js issues 4702, 5262, 1951), so a 0 cannot be told from a blank there.
 * FORDELA and FORDELA.BAS therefore refuse a 0 ('refuse'): a blank must never silently become 0 kr. BLAND allows
 * it ('allow'): one indicator of a blend may be 0 for some units, and FORDELA refuses a blended share of 0.
 */
export type ZeroInKey = 'refuse' | 'allow';

/**
 * Reads a key range: one column or row of numbers, no blanks, no text, none negative, not summing to 0.
 * @example readKey([[2], [1]]) //=> { values: [2, 1], orientation: 'column' }
 * @example readKey([[2], [0]], 'refuse').message //=> '0 eller tom cell i nyckeln (rad 2)'
 */
export function readKey(arg: unknown, zeros: ZeroInKey = 'allow'): FormulaResult<Key> {
  const vector = readVector(arg, 'nyckel');
  if (isFormulaError(vector)) return vector;
  const values = readNumbers(vector.cells, 'nyckel', 'error');
  if (isFormulaError(values)) return values;
  const negativeAt = values.findIndex((v) => sign(v) < 0);
  if (negativeAt >= 0) return formulaError('negative-key', { row: negativeAt + 1 });
  const zeroAt = zeros === 'refuse' ? values.findIndex((v) => sign(v) === 0) : -1;
  if (zeroAt >= 0) return formulaError('zero-in-key', { row: zeroAt + 1 });
  if (values.every((v) => sign(v) === 0)) return formulaError('zero-key');
  return { values, orientation: vector.orientation };
}
