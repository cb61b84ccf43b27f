import { compare, ZERO } from '../money/arithmetic';
import { type Rational } from '../money/Rational';
import { prepareQuotas, type Quotas, toAmounts, traceOf } from './_internal/prepareQuotas';
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
  const prepared = prepareQuotas(total, weights, options.unit);
  if (!prepared.ok) return prepared;
  const q = prepared.quotas;
  const floors = q.weights.map((w) => (q.units * w) / q.weightSum);
  const leftover = Number(q.units - floors.reduce((a, b) => a + b, 0n));
  const order = remainderOrder(q, options);
  const rounded = [...floors];
  const ranks = new Array<number | undefined>(floors.length).fill(undefined);
  for (let k = 0; k < leftover; k++) {
    rounded[order[k]] += 1n;
    ranks[order[k]] = k + 1;
  }
  return {
    ok: true,
    amounts: toAmounts(q, rounded),
    trace: rounded.map((u, i) => traceOf(q, i, u, ranks[i])),
    drift: ZERO,
  };
}

/** Indices with a non-zero remainder, largest remainder first, ties by the documented rule. */
function remainderOrder(q: Quotas, options: RoundingOptions): number[] {
  const rems = q.weights.map((w) => (q.units * w) % q.weightSum);
  const idx: number[] = [];
  for (let i = 0; i < rems.length; i++) if (rems[i] !== 0n) idx.push(i);
  const tieWeights = options.tieWeights;
  const codes = options.tieKeys;
  return idx.sort((a, b) => {
    if (rems[a] !== rems[b]) return rems[a] > rems[b] ? -1 : 1;
    const byWeight = tieWeights
      ? compare(tieWeights[b], tieWeights[a])
      : q.weights[a] === q.weights[b]
        ? 0
        : q.weights[a] > q.weights[b]
          ? -1
          : 1;
    if (byWeight !== 0) return byWeight;
    const ca = codes?.[a];
    const cb = codes?.[b];
    if (ca !== cb && ca !== undefined && cb !== undefined) return ca < cb ? -1 : 1;
    return a - b;
  });
}
