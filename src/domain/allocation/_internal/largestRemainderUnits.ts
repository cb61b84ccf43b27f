import { compare } from '../../money/arithmetic';
import { type RoundingOptions } from '../RoundingOutcome';
import { type Quotas } from './prepareQuotas';

/** Hamilton on integer quotas: floors (in rounding units), rounded magnitudes and 1-based ranks of the +1s. */
export function largestRemainderUnits(
  q: Quotas,
  options: RoundingOptions,
): { floors: bigint[]; rounded: bigint[]; ranks: (number | undefined)[] } {
  const floors = q.weights.map((w) => (q.units * w) / q.weightSum);
  const leftover = Number(q.units - floors.reduce((a, b) => a + b, 0n));
  const order = remainderOrder(q, options);
  const rounded = [...floors];
  const ranks = new Array<number | undefined>(floors.length).fill(undefined);
  for (let k = 0; k < leftover; k++) {
    rounded[order[k]] += 1n;
    ranks[order[k]] = k + 1;
  }
  return { floors, rounded, ranks };
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
