import { div, fromBigInt, isInteger, lcm, mul, rational, sign } from '../../money/arithmetic';
import { PROBLEM_MESSAGES } from '../../findings/problemMessages';
import { type Rational } from '../../money/Rational';
import { DEFAULT_ROUNDING_UNIT } from '../../money/roundingUnits';
import { type EngineProblem } from '../EngineProblem';
import { type RoundingOptions, type RoundingTrace } from '../RoundingOutcome';
import { NonPositiveRoundingUnitError } from '../../errors';
import { defined } from '../../errors';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** A total and weights in integer form: units of |total| over integer weights (common denominator cleared). */
export interface Quotas {
  readonly unit: Rational;
  /** |total| / unit, a natural number. */
  readonly units: bigint;
  readonly negative: boolean;
  /** Weights scaled to integers (same ratios). */
  readonly weights: readonly bigint[];
  readonly weightSum: bigint;
}

/**
 * Checks a total and weights and brings them to integers, or returns the problems.
 * @example prepareQuotas(13 kr, [1/2, 1, 3/2, 2], {})
 * //=> { ok: true, quotas: { units: 13n, negative: false, weights: [1n, 2n, 3n, 4n], weightSum: 10n, … } }
 */
export function prepareQuotas(
  total: Rational,
  weights: readonly Rational[],
  options: Pick<RoundingOptions, 'unit' | 'names'>,
): { ok: true; quotas: Quotas } | { ok: false; problems: EngineProblem[] } {
  const unit = options.unit ?? DEFAULT_ROUNDING_UNIT;
  if (sign(unit) <= 0) throw new NonPositiveRoundingUnitError();
  const problems: EngineProblem[] = [];
  const inUnits = div(total, unit);
  if (!isInteger(inUnits)) problems.push(notMultiple(total, unit));
  let negativeAt = -1;
  let scale = 1n;
  weights.forEach((w, i) => {
    if (negativeAt < 0 && w.num < 0n) negativeAt = i;
    if (w.den !== 1n && scale % w.den !== 0n) scale = lcm(scale, w.den);
  });
  if (negativeAt >= 0) problems.push(negativeKey(negativeAt, options.names?.[negativeAt]));
  // Decimal keys are scaled to integers by their common denominator; integer keys are used as they are.
  const ints = new Array<bigint>(weights.length);
  // Summed in doubles while every partial sum is an integer below 2^53 (exact there, and no BigInt per unit).
  let inDoubles = 0;
  let exactInDoubles = true;
  weights.forEach((w, i) => {
    const v = scale === 1n ? w.num : w.den === scale ? w.num : (w.num * scale) / w.den;
    ints[i] = v;
    const x = Number(v);
    inDoubles += x;
    if (!(Math.abs(x) <= MAX_SAFE && Math.abs(inDoubles) <= MAX_SAFE)) exactInDoubles = false;
  });
  const weightSum = exactInDoubles ? BigInt(inDoubles) : ints.reduce((a, b) => a + b, 0n);
  if (weightSum === 0n && negativeAt < 0) problems.push(zeroKey());
  if (problems.length > 0) return { ok: false, problems };
  const n = inUnits.num;
  return { ok: true, quotas: { unit, units: n < 0n ? -n : n, negative: n < 0n, weights: ints, weightSum } };
}

/**
 * The trace of unit i given its rounded magnitude in rounding units.
 * @example traceOf(quotas of 13 kr over 1:2:3:4, 2, 4n, 1)
 * //=> { share: 3/10, exact: 39/10, floor: 3, remainder: 9/10, rank: 1, roundedUp: true }
 */
export function traceOf(q: Quotas, i: number, roundedUnits: bigint, rank?: number): RoundingTrace {
  const s = q.negative ? -1n : 1n;
  const w = defined(q.weights[i], 'weight');
  const scaledWeight = q.units * w;
  const den = q.weightSum * q.unit.den;
  // One normalization per field: these run once per unit and dominate large allocations.
  const floorUnits = scaledWeight / q.weightSum;
  return {
    share: rational(w, q.weightSum),
    exact: rational(s * scaledWeight * q.unit.num, den),
    floor: rational(s * floorUnits * q.unit.num, q.unit.den),
    remainder: rational(s * (scaledWeight % q.weightSum) * q.unit.num, den),
    rank,
    roundedUp: roundedUnits > floorUnits,
  };
}

/**
 * amounts in kronor from signed magnitudes in rounding units.
 * @example toAmounts(quotas of −13 kr over 1:3, [3n, 10n]) //=> [−3, −10] kr
 */
export function toAmounts(q: Quotas, roundedUnits: readonly bigint[]): Rational[] {
  return roundedUnits.map((u) => mul(fromBigInt(q.negative ? -u : u), q.unit));
}

function notMultiple(total: Rational, unit: Rational): EngineProblem {
  return { code: 'frame-not-multiple', message: PROBLEM_MESSAGES.frameNotMultiple({ total, unit }) };
}

function negativeKey(index: number, name: string | undefined): EngineProblem {
  const row = index + 1;
  return {
    code: 'negative-key',
    message: PROBLEM_MESSAGES.negativeKey(name === undefined ? { row } : { row, name }),
  };
}

function zeroKey(): EngineProblem {
  return { code: 'zero-key', message: PROBLEM_MESSAGES.zeroKey() };
}
