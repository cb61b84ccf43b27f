import { type AllocationUnit } from '../../allocation/Allocation';
import { type EngineProblem } from '../../allocation/EngineProblem';
import { gcd, lcm, rational, sign, sumIntegers, ZERO } from '../../money/arithmetic';
import { type Rational } from '../../money/Rational';
import { type KeySpec } from '../planSchema';
import { type IndicatorValues } from '../IndicatorValues';
import { PLAN_MESSAGES } from '../../findings/problemMessages';
import { type PotRef, potProblem } from './problems';
import { recentInputsMemo } from './recentInputsMemo';
import { defined } from '../../errors';

/**
 * Per free unit, its exact share of the key part (Σ = 1) as integers over one common denominator (not normalized:
 * ranking, clamping and blending need no gcd per unit), or the problems (missing/negative/zero indicator).
 */
export type KeySharesResult =
  { ok: true; numerators: readonly bigint[]; denominator: bigint } | { ok: false; problems: EngineProblem[] };

const memo = recentInputsMemo<KeySharesResult>(8, 32);

/**
 * {@link computeKeyShares}, remembered per units list, indicator values and key: pots with the same key, and
 * what-if steps that do not touch the key, reuse the normalized columns. Messages name the pot, so a result with
 * problems is not shared between pots.
 * @example keyShares(50/50 blend of population [1, 3] and mottagare [1, 1], units a, b, indicators, pot)
 * //=> { ok: true, numerators: [3n, 5n], denominator: 8n } (½·1/4 + ½·1/2 = 3/8, ½·3/4 + ½·1/2 = 5/8)
 */
export function keyShares(
  key: KeySpec,
  units: readonly AllocationUnit[],
  indicators: IndicatorValues,
  pot: PotRef,
): KeySharesResult {
  const id = keyId(key);
  const known = memo.get(units, indicators, id);
  if (known) return known;
  const result = computeKeyShares(key, units, indicators, pot);
  if (result.ok) memo.set(units, indicators, id, result);
  return result;
}

/**
 * The share of unit i as a normalized rational (for the trace).
 * @example shareOf({ numerators: [3n, 5n], denominator: 8n }, 1) //=> { num: 5n, den: 8n }
 */
export function shareOf(shares: { numerators: readonly bigint[]; denominator: bigint }, i: number): Rational {
  return rational(defined(shares.numerators[i], 'share'), shares.denominator);
}

function keyId(key: KeySpec): string {
  if (key.type === 'equal') return 'equal';
  if (key.type === 'indicator') return `indicator:${key.indicator}`;
  return `blend:${key.parts.map((p) => `${p.indicator}=${p.weight.num}/${p.weight.den}`).join(';')}`;
}

/** The shares of `key` over `units`, computed. */
function computeKeyShares(
  key: KeySpec,
  units: readonly AllocationUnit[],
  indicators: IndicatorValues,
  pot: PotRef,
): KeySharesResult {
  if (units.length === 0) return { ok: true, numerators: [], denominator: 1n };
  if (key.type === 'equal')
    return { ok: true, numerators: units.map(() => 1n), denominator: BigInt(units.length) };
  const parts = key.type === 'indicator' ? [{ indicator: key.indicator, weight: rational(100n) }] : key.parts;
  const problems: EngineProblem[] = [];
  const columns: { weight: Rational; values: bigint[]; total: bigint }[] = [];
  for (const part of parts) {
    const values = indicatorColumn(part.indicator, units, indicators, pot, problems);
    if (!values) continue;
    // Scale the column to integers (same ratios) so blending needs no normalization per unit.
    let scale = 1n;
    for (const v of values) if (v.den !== 1n && scale % v.den !== 0n) scale = lcm(scale, v.den);
    const ints = values.map((v) => (scale === 1n ? v.num : (v.num * scale) / v.den));
    const total = sumIntegers(ints);
    if (total === 0n) {
      problems.push(
        potProblem('zero-key', pot, PLAN_MESSAGES.indicatorSumsToZero({ indicator: part.indicator })),
      );
      continue;
    }
    columns.push({ weight: part.weight, values: ints, total });
  }
  if (problems.length > 0) return { ok: false, problems };
  // shareᵢ = Σₖ αₖ·xᵢₖ/Xₖ with αₖ = weightₖ/100: blend normalized shares, never raw indicators.
  const common = columns.reduce((l, c) => lcm(l, c.total * c.weight.den), 1n);
  const scaledFactors = columns.map((c) => (c.weight.num * common) / (c.total * c.weight.den));
  // Take out what the factors and the denominator share (100 for a single indicator): smaller integers downstream.
  const g = scaledFactors.reduce((acc, f) => gcd(acc, f), 100n * common);
  const factors = scaledFactors.map((f) => f / g);
  // The first column sets each numerator and later ones add to it: no 0n + x made per unit.
  const [first, ...others] = columns;
  const firstFactor = defined(factors[0], 'blend factor');
  const numerators = first ? first.values.map((v) => firstFactor * v) : units.map(() => 0n);
  others.forEach((c, k) => {
    const factor = defined(factors[k + 1], 'blend factor');
    c.values.forEach((v, i) => (numerators[i] = defined(numerators[i], 'numerator') + factor * v));
  });
  return { ok: true, numerators, denominator: (100n * common) / g };
}

/**
 * The indicator's value per unit; pushes a problem per missing or negative value.
 * @example indicatorColumn('population', [a, b], { population: { a: 10 kr, b: 20 kr } }, pot, problems)
 * //=> [10, 20] (nothing pushed); with b missing: undefined and one 'missing-indicator' problem
 */
export function indicatorColumn(
  indicator: string,
  units: readonly AllocationUnit[],
  indicators: IndicatorValues,
  pot: PotRef,
  problems: EngineProblem[],
): Rational[] | undefined {
  const column = indicators[indicator];
  const before = problems.length;
  const values = units.map((u) => {
    const v = column?.[u.id];
    if (v === undefined) {
      problems.push(
        potProblem(
          'missing-indicator',
          pot,
          PLAN_MESSAGES.indicatorMissing({ unit: u.name, indicator }),
          u.id,
        ),
      );
      return ZERO;
    }
    if (sign(v) < 0) {
      problems.push(
        potProblem('negative-key', pot, PLAN_MESSAGES.indicatorNegative({ unit: u.name, indicator }), u.id),
      );
    }
    return v;
  });
  return problems.length > before ? undefined : values;
}
