import { isMultipleOf, sign } from '../domain/money/arithmetic';
import { type Rational } from '../domain/money/Rational';
import { formulaError, type FormulaResult, isFormulaError } from './FormulaError';
import { readNumbers, isBlank } from './readNumbers';
import { readVector } from './readVector';

/**
 * Reads floors (golv) or caps (tak) per unit: omitted → undefined; one number → the same for every unit; a range
 * → one per unit, where a blank cell means "no bound for this unit" (where Excel passes it as null: on the web).
 * Bounds must be ≥ 0 (caps > 0) and whole multiples of the rounding unit, so that rounding can never push an
 * amount across its bound.
 * @example readBounds(300000, 'golv', 3, 1 kr) //=> [300000, 300000, 300000]
 */
export function readBounds(
  arg: unknown,
  field: 'golv' | 'tak',
  expected: number,
  unit: Rational,
): FormulaResult<(Rational | undefined)[] | undefined> {
  if (isBlank(arg)) return undefined;
  const vector = readVector(arg, field);
  if (isFormulaError(vector)) return vector;
  const single = vector.cells.length === 1 && expected !== 1;
  if (!single && vector.cells.length !== expected)
    return formulaError('length-mismatch', { field, expected, actual: vector.cells.length });
  const values = readNumbers(vector.cells, field, 'absent');
  if (isFormulaError(values)) return values;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const row = single ? undefined : i + 1;
    if (v === undefined) continue;
    if (sign(v) < 0) return formulaError('negative-bound', { field, row });
    // Excel on Windows/Mac passes a blank cap cell as 0 (on the web as null, "no cap"): a cap of 0 is refused
    // so that a blank never silently means 0 kr. A floor of 0 and no floor mean the same, so 0 stays allowed.
    if (field === 'tak' && sign(v) === 0) return formulaError('zero-cap', { row });
    if (!isMultipleOf(v, unit)) return formulaError('bound-not-multiple', { field, row });
  }
  return single ? new Array<Rational | undefined>(expected).fill(values[0]) : values;
}
