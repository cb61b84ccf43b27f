import { type RoundingOptions } from '../RoundingOutcome';
import { type Quotas } from './prepareQuotas';
import { tieOrder } from './tieRule';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const MAX_SAFE_BIG = BigInt(MAX_SAFE);

/**
 * Hamilton on quotas whose total (in rounding units) and weight sum are below 2^53: every floor and remainder is an
 * integer below 2^53, so it is held exactly in a double. Remainders are integers over the same denominator (the
 * weight sum), so ranking compares them directly.
 */
export interface FastUnits {
  /** |total| in rounding units. */
  readonly units: number;
  /** Σ weights: the common denominator of every remainder. */
  readonly weightSum: number;
  readonly weights: Float64Array;
  /** ⌊units · wᵢ / weightSum⌋ */
  readonly floors: Float64Array;
  /** units · wᵢ mod weightSum (the remainder is this / weightSum rounding units). */
  readonly remainders: Float64Array;
  /** 1 for the units that got one more rounding unit, 0 for the others. */
  readonly up: Uint8Array;
  /** The units that got one more rounding unit, in no particular order (rank them with {@link rankUnits}). */
  readonly chosen: Int32Array;
}

/**
 * The integer fast path of largest remainder: quotas in doubles where units · w < 2^53, the product split as
 * units = a·S + b where b · w < 2^53, BigInt products otherwise; the leftover units go to the k largest
 * remainders (the documented tie rule at the cut) found by a partial selection: no sort, the amounts need only
 * which units are in. {@link rankUnits} orders them for the trace.
 * Undefined when the total or the weight sum reach 2^53 (the caller then takes the BigInt path).
 * @example fastLargestRemainderUnits(quotas of 13 kr over 1:2:3:4, {})
 * //=> floors [1, 2, 3, 5], remainders [3, 6, 9, 2] (tenths), up [0, 1, 1, 0]
 */
export function fastLargestRemainderUnits(q: Quotas, options: RoundingOptions): FastUnits | undefined {
  if (q.units > MAX_SAFE_BIG || q.weightSum > MAX_SAFE_BIG) return undefined;
  const n = q.weights.length;
  const U = Number(q.units);
  const S = Number(q.weightSum);
  const weights = new Float64Array(n);
  let maxWeight = 0;
  for (let i = 0; i < n; i++) {
    const w = Number(q.weights[i]);
    weights[i] = w;
    if (w > maxWeight) maxWeight = w;
  }
  const floors = new Float64Array(n);
  const remainders = new Float64Array(n);
  fillQuotas(q, U, S, weights, maxWeight, floors, remainders);
  let floorSum = 0;
  let nonZero = 0;
  for (const f of floors) floorSum += f;
  for (const r of remainders) if (r !== 0) nonZero++;
  const leftover = U - floorSum;
  const up = new Uint8Array(n);
  let chosen: Int32Array = new Int32Array(0);
  if (leftover > 0) {
    const before = remainderOrder(remainders, weights, options);
    chosen =
      (S + 1) * n <= MAX_SAFE
        ? largestByPackedKey(remainders, S, nonZero, leftover, before)
        : largestByComparison(remainders, nonZero, leftover, before);
    for (const unit of chosen) up[unit] = 1;
  }
  return { units: U, weightSum: S, weights, floors, remainders, up, chosen };
}

/**
 * 1-based rank of each unit that got one more rounding unit (0 for the others): the chosen units sorted by
 * remainder, then the tie rule. Only the trace needs it, so it runs when the trace is first read.
 * @example rankUnits(fastLargestRemainderUnits(quotas of 13 kr over 1:2:3:4, {}), {}) //=> Int32Array [0, 2, 1, 0]
 */
export function rankUnits(f: FastUnits, options: RoundingOptions): Int32Array {
  const n = f.weights.length;
  const before = remainderOrder(f.remainders, f.weights, options);
  const order =
    (f.weightSum + 1) * n <= MAX_SAFE ? byPackedKey(f, before) : Int32Array.from(f.chosen).sort(before);
  const ranks = new Int32Array(n);
  order.forEach((unit, r) => (ranks[unit] = r + 1));
  return ranks;
}

/** The chosen units by remainder through a native numeric sort of packed keys; equal remainders by the tie rule. */
function byPackedKey(f: FastUnits, before: (a: number, b: number) => number): Int32Array {
  const n = f.weights.length;
  const keys = Float64Array.from(
    f.chosen,
    (unit) => (f.weightSum - at(f.remainders, unit)) * n + unit,
  ).sort();
  const order = Int32Array.from(keys, (key) => key % n);
  for (let start = 0; start < order.length;) {
    const r = at(f.remainders, at(order, start));
    let end = start + 1;
    while (end < order.length && f.remainders[at(order, end)] === r) end++;
    if (end - start > 1) order.subarray(start, end).sort(before);
    start = end;
  }
  return order;
}

/** floors and remainders of units · wᵢ / S, exactly, choosing per call the cheapest exact arithmetic. */
function fillQuotas(
  q: Quotas,
  U: number,
  S: number,
  weights: Float64Array,
  maxWeight: number,
  floors: Float64Array,
  remainders: Float64Array,
): void {
  const n = weights.length;
  // A computed quotient may be one too high or low when the exact one is within rounding of an integer; the
  // correction below needs products up to p + S, hence the margin of S in every bound.
  if (BigInt(U) * BigInt(maxWeight) + q.weightSum <= MAX_SAFE_BIG) {
    for (let i = 0; i < n; i++) divide(U * (weights[i] ?? 0), S, i, 0, floors, remainders);
    return;
  }
  const a = Number(q.units / q.weightSum);
  const b = Number(q.units % q.weightSum);
  if (BigInt(b) * BigInt(maxWeight) + q.weightSum <= MAX_SAFE_BIG) {
    // units · w = a·w·S + b·w, and a·w ≤ units because w ≤ S.
    for (let i = 0; i < n; i++) {
      const w = weights[i] ?? 0;
      divide(b * w, S, i, a * w, floors, remainders);
    }
    return;
  }
  // b · w in base-2^k digits of w, most significant first, where S · 2^(k+1) ≤ 2^53 keeps every step exact.
  let k = 0;
  while (S * 2 ** (k + 2) <= 2 ** 53) k++;
  if (k >= 8) {
    const radix = 2 ** k;
    let digits = 1;
    while (radix ** digits <= maxWeight) digits++;
    for (let i = 0; i < n; i++) {
      const w = weights[i] ?? 0;
      let quotient = 0;
      let rem = 0;
      for (let d = digits - 1; d >= 0; d--) {
        const t = rem * radix + b * (Math.floor(w / radix ** d) % radix);
        divide(t, S, i, 0, floors, remainders);
        quotient = quotient * radix + (floors[i] ?? 0);
        rem = remainders[i] ?? 0;
      }
      floors[i] = a * w + quotient;
    }
    return;
  }
  q.weights.forEach((w, i) => {
    const p = q.units * w;
    floors[i] = Number(p / q.weightSum);
    remainders[i] = Number(p % q.weightSum);
  });
}

/** floor(p / S) + base and p mod S, for integers p + S ≤ 2^53 (the double quotient corrected by one step). */
function divide(
  p: number,
  S: number,
  i: number,
  base: number,
  floors: Float64Array,
  rems: Float64Array,
): void {
  let f = Math.floor(p / S);
  let r = p - f * S;
  if (r < 0) {
    f -= 1;
    r += S;
  } else if (r >= S) {
    f += 1;
    r -= S;
  }
  floors[i] = base + f;
  rems[i] = r;
}

/**
 * The first k of `candidates` by `before`, in that order: a partial selection (quickselect), then a sort of the k.
 * `before` must be a strict total order. The candidates array is rearranged.
 * @example firstInOrder(Int32Array.of(3, 1, 2, 0), 2, (a, b) => a - b) //=> Int32Array [0, 1]
 */
export function firstInOrder(
  candidates: Int32Array,
  k: number,
  before: (a: number, b: number) => number,
): Int32Array {
  selectFirst(candidates, k, before);
  return candidates.subarray(0, k).sort(before);
}

/** The k units with the largest remainders (in any order): partial selection with the full comparison. */
function largestByComparison(
  remainders: Float64Array,
  nonZero: number,
  k: number,
  before: (a: number, b: number) => number,
): Int32Array {
  const order = new Int32Array(nonZero);
  for (let i = 0, j = 0; i < remainders.length; i++) if (remainders[i] !== 0) order[j++] = i;
  selectFirst(order, k, before);
  return order.slice(0, k);
}

/**
 * The same set as {@link largestByComparison} when (S + 1) · n < 2^53: each candidate packed into one double,
 * (S − remainder) · n + row, so a numeric quickselect finds the k smallest keys without a callback. Every unit
 * whose remainder is above the k-th one is in; units whose remainder equals it (rare) compete for the places left
 * by the tie rule.
 */
function largestByPackedKey(
  remainders: Float64Array,
  S: number,
  nonZero: number,
  k: number,
  before: (a: number, b: number) => number,
): Int32Array {
  const n = remainders.length;
  const keys = new Float64Array(nonZero);
  for (let i = 0, j = 0; i < n; i++) {
    const r = remainders[i] ?? 0;
    if (r !== 0) keys[j++] = (S - r) * n + i;
  }
  selectSmallest(keys, k);
  let cutKey = 0;
  for (let r = 0; r < k; r++) cutKey = Math.max(cutKey, at(keys, r));
  // The unit behind the largest chosen key has the smallest chosen remainder (key % n is exact; key / n may round).
  const cut = at(remainders, cutKey % n);
  const top = new Int32Array(k);
  let above = 0;
  for (let r = 0; r < k; r++) {
    const unit = at(keys, r) % n;
    if (at(remainders, unit) > cut) top[above++] = unit;
  }
  const atCut: number[] = [];
  for (let j = 0; j < nonZero; j++) {
    const unit = at(keys, j) % n;
    if (remainders[unit] === cut) atCut.push(unit);
  }
  atCut.sort(before);
  for (let r = above; r < k; r++) top[r] = atCut[r - above] ?? 0;
  return top;
}

/** Rearranges distinct numbers so that the k smallest come first (in any order): quickselect, median of three. */
function selectSmallest(keys: Float64Array, k: number): void {
  let lo = 0;
  let hi = keys.length - 1;
  const target = k - 1;
  let budget = 2 * Math.ceil(Math.log2(keys.length + 1)) + 8;
  while (hi > lo) {
    if (budget-- === 0) {
      keys.subarray(lo, hi + 1).sort();
      return;
    }
    const mid = (lo + hi) >>> 1;
    if (at(keys, mid) < at(keys, lo)) swapKeys(keys, mid, lo);
    if (at(keys, hi) < at(keys, lo)) swapKeys(keys, hi, lo);
    if (at(keys, hi) < at(keys, mid)) swapKeys(keys, hi, mid);
    const pivot = at(keys, mid);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (at(keys, i) < pivot) i++;
      while (at(keys, j) > pivot) j--;
      if (i <= j) {
        swapKeys(keys, i, j);
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return;
  }
}

function swapKeys(keys: Float64Array, i: number, j: number): void {
  const t = at(keys, i);
  keys[i] = at(keys, j);
  keys[j] = t;
}

/** keys[i] for an index the caller keeps in bounds (typed arrays read 0 nowhere here: every index is < length). */
function at(keys: Float64Array | Int32Array, i: number): number {
  return keys[i] ?? 0;
}

/** Largest remainder first; equal remainders by the documented tie rule. */
function remainderOrder(
  remainders: Float64Array,
  weights: Float64Array,
  options: RoundingOptions,
): (a: number, b: number) => number {
  const byWeight = (a: number, b: number): number => at(weights, b) - at(weights, a);
  return (a, b) => at(remainders, b) - at(remainders, a) || tieOrder(a, b, options, byWeight);
}

/**
 * Rearranges `order` so that its first k entries are the k first by `before` (in any order): quickselect with a
 * median-of-three pivot, falling back to a sort of the remaining range if the partitions keep coming out lopsided.
 * `before` must be a strict total order (it is: ties end at the row index).
 */
function selectFirst(order: Int32Array, k: number, before: (a: number, b: number) => number): void {
  let lo = 0;
  let hi = order.length - 1;
  const target = k - 1;
  let budget = 2 * Math.ceil(Math.log2(order.length + 1)) + 8;
  while (hi > lo) {
    if (budget-- === 0) {
      order.subarray(lo, hi + 1).sort(before);
      return;
    }
    const mid = (lo + hi) >>> 1;
    if (before(at(order, mid), at(order, lo)) < 0) swap(order, mid, lo);
    if (before(at(order, hi), at(order, lo)) < 0) swap(order, hi, lo);
    if (before(at(order, hi), at(order, mid)) < 0) swap(order, hi, mid);
    const pivot = at(order, mid);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (before(at(order, i), pivot) < 0) i++;
      while (before(at(order, j), pivot) > 0) j--;
      if (i <= j) {
        swap(order, i, j);
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return;
  }
}

function swap(order: Int32Array, i: number, j: number): void {
  const t = at(order, i);
  order[i] = at(order, j);
  order[j] = t;
}

/**
 * gcd(w, S) of naturals below 2^53 (gcd(0, S) = S): one division in doubles, then Euclid in 32-bit integers
 * when w is below 2^31 (the common case: a key or a key times the rounding unit), which is several times faster.
 * @example gcdWith(12, 18) //=> 6; gcdWith(0, 18) //=> 18
 */
export function gcdWith(w: number, S: number): number {
  if (w === 0) return S;
  if (w > 0x7fffffff) return gcdNumber(w, S);
  let x = (S % w) | 0;
  let y = w | 0;
  while (x !== 0) {
    const t = (y % x) | 0;
    y = x;
    x = t;
  }
  return y;
}

/**
 * gcd of naturals below 2^53 (gcd(0, b) = b).
 * @example gcdNumber(12, 18) //=> 6
 */
export function gcdNumber(a: number, b: number): number {
  while (a !== 0) {
    const t = b % a;
    b = a;
    a = t;
  }
  return b;
}

export { MAX_SAFE };
