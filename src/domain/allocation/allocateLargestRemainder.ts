import { ZERO } from '../money/arithmetic';
import { type Rational } from '../money/Rational';
import { largestRemainderUnits } from './_internal/largestRemainderUnits';
import { prepareQuotas, toAmounts, traceOf } from './_internal/prepareQuotas';
import { type RoundingOptions, type RoundingResult } from './RoundingOutcome';

/** The tie-break rule, as printed in audit notes. */
export const LARGEST_REMAINDER_TIE_RULE = {
  sv: 'Lika rester: större nyckelvärde först, sedan lägre officiell kod, sedan tidigare rad.',
  en: 'Equal remainders: larger key value first, then lower official code, then earlier row.',
};

/**
 * Splits `total` by `weights` with the largest-remainder (Hamilton) method: floor every exact share to the
 * rounding unit, then one unit each to the largest remainders. Σ amounts = total exactly; each amount is within
 * one rounding unit of its exact share. Negative totals mirror positive ones.
 * @example allocateLargestRemainder(13 kr, [1, 2, 3, 4]).amounts //=> [1, 3, 4, 5] kr
 */
export function allocateLargestRemainder(
  total: Rational,
  weights: readonly Rational[],
  options: RoundingOptions = {},
): RoundingResult {
  const prepared = prepareQuotas(total, weights, options);
  if (!prepared.ok) return prepared;
  const q = prepared.quotas;
  const { rounded, ranks } = largestRemainderUnits(q, options);
  return {
    ok: true,
    amounts: toAmounts(q, rounded),
    trace: rounded.map((u, i) => traceOf(q, i, u, ranks[i])),
    drift: ZERO,
  };
}
