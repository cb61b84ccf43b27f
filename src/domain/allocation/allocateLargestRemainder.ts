import { type Rational } from '../money/Rational';
import { exactLargestRemainder, fastLargestRemainder } from './_internal/largestRemainderOutcome';
import { prepareQuotas } from './_internal/prepareQuotas';
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
  // Integers below 2^53 on doubles; the same answer in BigInt beyond.
  return fastLargestRemainder(prepared.quotas, options) ?? exactLargestRemainder(prepared.quotas, options);
}
