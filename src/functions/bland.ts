import { defined } from '../domain/errors';
import { compare, div, fromBigInt, mul, ONE, rational, sign, sum } from '../domain/money/arithmetic';
import { type Rational } from '../domain/money/Rational';
import { type IndicatorValues } from '../domain/plan/IndicatorValues';
import { keyShares } from '../domain/plan/_internal/keyShares';
import { formulaError, type FormulaResult, isFormulaError } from './FormulaError';
import { readKey, type Key } from './readKey';
import { readRequiredScalar } from './readScalar';
import { toSpill } from './toSpill';

const HUNDRED = fromBigInt(100n);

/**
 * BLAND: a blended key from pairs (nyckel, vikt): shareᵢ = Σₖ αₖ·xᵢₖ/Σⱼxⱼₖ — weights apply to each key's
 * normalized shares, not to the raw indicators (50 % population + 50 % mottagare). Weights must sum to 1
 * (100 % formatted cells) or to 100 (typed as percent numbers). Exact; the column sums to 1. The shares are the
 * plan engine's blend (`keyShares`), so a pot with the same blend divides by exactly these shares.
 * Excel passes the repeating argument as one list of ranges: [nyckel1, vikt1, nyckel2, vikt2, …].
 * @example bland([[[1], [3]], [[0.5]], [[1], [1]], [[0.5]]]) //=> [[0.375], [0.625]]
 */
export function bland(nycklarOchVikter: readonly unknown[]): FormulaResult<number[][]> {
  if (nycklarOchVikter.length < 2 || nycklarOchVikter.length % 2 !== 0)
    return formulaError('blend-needs-pairs');
  const keys: Key[] = [];
  const weights: Rational[] = [];
  for (let k = 0; k < nycklarOchVikter.length; k += 2) {
    const key = readKey(nycklarOchVikter[k]);
    if (isFormulaError(key)) return key;
    const head = keys[0];
    if (head && key.values.length !== head.values.length)
      return formulaError('length-mismatch', {
        field: 'nyckel',
        expected: head.values.length,
        actual: key.values.length,
      });
    const weight = readRequiredScalar(nycklarOchVikter[k + 1], 'vikt');
    if (isFormulaError(weight)) return weight;
    if (sign(weight) < 0) return formulaError('negative-weight');
    keys.push(key);
    weights.push(weight);
  }
  const total = sum(weights);
  const scale = compare(total, ONE) === 0 ? ONE : compare(total, HUNDRED) === 0 ? HUNDRED : undefined;
  if (scale === undefined) return formulaError('weights-not-100');
  // At least one pair was read above, so there is a first key.
  const first = defined(keys[0], 'the first BLAND key');
  const units = first.values.map((_, i) => ({ id: String(i + 1), name: String(i + 1) }));
  const indicators: IndicatorValues = Object.fromEntries(
    keys.map((key, k) => [`k${k}`, Object.fromEntries(key.values.map((v, i) => [String(i + 1), v]))]),
  );
  const parts = weights.map((w, k) => ({ indicator: `k${k}`, weight: mul(div(w, scale), HUNDRED) }));
  const blended = keyShares({ type: 'blend', parts }, units, indicators, { id: 'BLAND', name: 'BLAND' });
  // readKey has refused negative and all-zero keys, the only problems keyShares reports.
  if (!blended.ok) return formulaError('zero-key');
  const shares = blended.numerators.map((n) => rational(n, blended.denominator));
  return toSpill(shares, first.orientation);
}
