import { ZERO } from '../money/arithmetic';
import { type Rational } from '../money/Rational';
import { prepareQuotas, toAmounts, traceOf } from './_internal/prepareQuotas';
import { type RoundingOptions, type RoundingResult } from './RoundingOutcome';

/**
 * Cumulative rounding in row order: amountᵢ = ROUND(total·cumulative shareᵢ) − ROUND(total·cumulative shareᵢ₋₁).
 * Exact sum, each unit within one rounding unit of its share, but the result depends on row order.
 * @example allocateCumulative(10 kr, [1, 1, 1]).amounts //=> [3, 4, 3] kr
 */
export function allocateCumulative(
  total: Rational,
  weights: readonly Rational[],
  options: RoundingOptions = {},
): RoundingResult {
  const prepared = prepareQuotas(total, weights, options);
  if (!prepared.ok) return prepared;
  const q = prepared.quotas;
  let cumWeight = 0n;
  let previous = 0n;
  const rounded = q.weights.map((w) => {
    cumWeight += w;
    const cum = (2n * q.units * cumWeight + q.weightSum) / (2n * q.weightSum);
    const part = cum - previous;
    previous = cum;
    return part;
  });
  return {
    ok: true,
    amounts: toAmounts(q, rounded),
    trace: rounded.map((u, i) => traceOf(q, i, u)),
    drift: ZERO,
  };
}
