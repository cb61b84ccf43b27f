import { type RoundingOptions } from '../RoundingOutcome';
import { firstInOrder } from './fastLargestRemainder';
import { type Quotas } from './prepareQuotas';
import { largerFirst, tieOrder } from './tieRule';

const MAX_SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Hamilton on integer quotas: floors (in rounding units), rounded magnitudes and 1-based ranks of the +1s.
 * @example largestRemainderUnits(quotas of 13 kr over 1:2:3:4, {})
 * //=> { floors: [1n, 2n, 3n, 5n], rounded: [1n, 3n, 4n, 5n], ranks: [undefined, 2, 1, undefined] }
 */
export function largestRemainderUnits(
  q: Quotas,
  options: RoundingOptions,
): { floors: bigint[]; rounded: bigint[]; ranks: (number | undefined)[] } {
  const floors = q.weights.map((w) => (q.units * w) / q.weightSum);
  const leftover = Number(q.units - floors.reduce((a, b) => a + b, 0n));
  const order = remainderOrder(q, options);
  const rounded = [...floors];
  const ranks = new Array<number | undefined>(floors.length).fill(undefined);
  order.slice(0, Math.max(leftover, 0)).forEach((unit, k) => {
    rounded[unit] = (rounded[unit] ?? 0n) + 1n;
    ranks[unit] = k + 1;
  });
  return { floors, rounded, ranks };
}

/** Indices with a non-zero remainder, largest remainder first, ties by the documented rule (a full sort). */
function remainderOrder(q: Quotas, options: RoundingOptions): number[] {
  const rems = q.weights.map((w) => (q.units * w) % q.weightSum);
  const idx: number[] = [];
  rems.forEach((r, i) => {
    if (r !== 0n) idx.push(i);
  });
  const byRemainder = largerFirst(rems);
  const byWeight = largerFirst(q.weights);
  return idx.sort((a, b) => byRemainder(a, b) || tieOrder(a, b, options, byWeight));
}

/**
 * Hamilton when every quota is numᵢ / den rounding units exactly (Σ numᵢ = units · den): floor and remainder by one
 * division each, and the remainders ranked on their doubles (rounding is monotone, so a difference there is the
 * true order) with BigInt only where two doubles are equal; the k largest by partial selection. Same floors,
 * amounts and ranks as {@link largestRemainderUnits} on the same quotas. `tieWeights`, when given, are the tie rule's
 * key weights as numerators over one positive denominator (the same order as `options.tieWeights` would give, with
 * no Rational made per unit); without them and without `options.tieWeights` the quotas themselves are the weights.
 * @example largestRemainderOverDenominator([13n, 26n, 39n, 52n], 10n, 13n, {}).rounded //=> [1n, 3n, 4n, 5n]
 * // (quotas 1,3 / 2,6 / 3,9 / 5,2: the two leftover units go to 0,9 and 0,6)
 */
export function largestRemainderOverDenominator(
  nums: readonly bigint[],
  den: bigint,
  units: bigint,
  options: RoundingOptions,
  tieWeights?: readonly bigint[],
): { floors: bigint[]; remainders: bigint[]; rounded: bigint[]; ranks: (number | undefined)[] } {
  const n = nums.length;
  const floors = new Array<bigint>(n);
  const remainders = new Array<bigint>(n);
  const approx = new Float64Array(n);
  // Σ floors in doubles while every floor and partial sum is an integer below 2^53 (no BigInt per unit).
  let floorSumInDoubles = 0;
  let exactInDoubles = true;
  let nonZero = 0;
  nums.forEach((num, i) => {
    const f = num / den;
    const r = num % den;
    floors[i] = f;
    remainders[i] = r;
    approx[i] = Number(r);
    if (exactInDoubles) {
      floorSumInDoubles += Number(f);
      exactInDoubles =
        f <= MAX_SAFE_BIG && f >= -MAX_SAFE_BIG && Math.abs(floorSumInDoubles) <= Number.MAX_SAFE_INTEGER;
    }
    if (r !== 0n) nonZero++;
  });
  const floorSum = exactInDoubles ? BigInt(floorSumInDoubles) : floors.reduce((a, b) => a + b, 0n);
  const rounded = [...floors];
  const ranks = new Array<number | undefined>(n).fill(undefined);
  const leftover = Number(units - floorSum);
  if (leftover <= 0) return { floors, remainders, rounded, ranks };
  const candidates = new Int32Array(nonZero);
  let j = 0;
  remainders.forEach((r, i) => {
    if (r !== 0n) candidates[j++] = i;
  });
  const byRemainder = largerFirst(remainders);
  const byWeight = largerFirst(tieWeights ?? nums);
  // ±1 from the doubles, not their difference: a fractional comparator result is boxed on every call.
  const before = (a: number, b: number): number => {
    const ra = approx[a] ?? 0;
    const rb = approx[b] ?? 0;
    if (ra !== rb) return ra > rb ? -1 : 1;
    return byRemainder(a, b) || tieOrder(a, b, options, byWeight);
  };
  firstInOrder(candidates, leftover, before).forEach((unit, k) => {
    rounded[unit] = (rounded[unit] ?? 0n) + 1n;
    ranks[unit] = k + 1;
  });
  return { floors, remainders, rounded, ranks };
}
