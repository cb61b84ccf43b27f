import { compare } from '../../money/arithmetic';
import { type RoundingOptions } from '../RoundingOutcome';
import { firstInOrder } from './fastLargestRemainder';
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
    // A unit without an official code comes after those with one (a total order, so every sort agrees).
    if (ca !== cb) return ca === undefined ? 1 : cb === undefined ? -1 : ca < cb ? -1 : 1;
    return a - b;
  });
}

/**
 * Hamilton when every quota is numᵢ / den rounding units exactly (Σ numᵢ = units · den): floor and remainder by one
 * division each, and the remainders ranked on their doubles (rounding is monotone, so a difference there is the
 * true order) with BigInt only where two doubles are equal; the k largest by partial selection. Same floors,
 * amounts and ranks as {@link largestRemainderUnits} on the same quotas.
 */
export function largestRemainderOverDenominator(
  nums: readonly bigint[],
  den: bigint,
  units: bigint,
  options: RoundingOptions,
): { floors: bigint[]; remainders: bigint[]; rounded: bigint[]; ranks: (number | undefined)[] } {
  const n = nums.length;
  const floors = new Array<bigint>(n);
  const remainders = new Array<bigint>(n);
  const approx = new Float64Array(n);
  let floorSum = 0n;
  let nonZero = 0;
  for (let i = 0; i < n; i++) {
    const f = nums[i] / den;
    const r = nums[i] - f * den;
    floors[i] = f;
    remainders[i] = r;
    approx[i] = Number(r);
    floorSum += f;
    if (r !== 0n) nonZero++;
  }
  const rounded = [...floors];
  const ranks = new Array<number | undefined>(n).fill(undefined);
  const leftover = Number(units - floorSum);
  if (leftover <= 0) return { floors, remainders, rounded, ranks };
  const candidates = new Int32Array(nonZero);
  for (let i = 0, j = 0; i < n; i++) if (remainders[i] !== 0n) candidates[j++] = i;
  const tieWeights = options.tieWeights;
  const codes = options.tieKeys;
  const before = (a: number, b: number): number => {
    const d = approx[b] - approx[a];
    if (d !== 0) return d;
    if (remainders[a] !== remainders[b]) return remainders[a] > remainders[b] ? -1 : 1;
    const byWeight = tieWeights
      ? compare(tieWeights[b], tieWeights[a])
      : nums[b] > nums[a]
        ? 1
        : nums[b] < nums[a]
          ? -1
          : 0;
    if (byWeight !== 0) return byWeight;
    const ca = codes?.[a];
    const cb = codes?.[b];
    // A unit without an official code comes after those with one (a total order, so every sort agrees).
    if (ca !== cb) return ca === undefined ? 1 : cb === undefined ? -1 : ca < cb ? -1 : 1;
    return a - b;
  };
  const top = firstInOrder(candidates, leftover, before);
  for (let k = 0; k < leftover; k++) {
    rounded[top[k]] += 1n;
    ranks[top[k]] = k + 1;
  }
  return { floors, remainders, rounded, ranks };
}
