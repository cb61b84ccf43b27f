import { fromBigInt, mul, sub, sum } from '../money/arithmetic';
import { type Rational } from '../money/Rational';
import { prepareQuotas, toAmounts, traceOf } from './_internal/prepareQuotas';
import { type RoundingOptions, type RoundingResult } from './RoundingOutcome';

/**
 * Rounds every exact share on its own, half away from zero like Excel ROUND, to reproduce other people's sheets.
 * The sum usually misses the total: `drift` = Σ amounts − total reports by how much.
 * @example allocateRoundEach(10 kr, [1, 1, 1]) //=> amounts [3, 3, 3], drift −1
 */
export function allocateRoundEach(
  total: Rational,
  weights: readonly Rational[],
  options: RoundingOptions = {},
): RoundingResult {
  const prepared = prepareQuotas(total, weights, options);
  if (!prepared.ok) return prepared;
  const q = prepared.quotas;
  // round(n·w/S) half up on magnitudes = floor((2·n·w + S) / (2·S)); the sign is applied by toAmounts.
  const rounded = q.weights.map((w) => (2n * q.units * w + q.weightSum) / (2n * q.weightSum));
  const amounts = toAmounts(q, rounded);
  return {
    ok: true,
    amounts,
    trace: rounded.map((u, i) => traceOf(q, i, u)),
    drift: sub(sum(amounts), mul(fromBigInt(q.negative ? -q.units : q.units), q.unit)),
  };
}
