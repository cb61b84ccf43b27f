import { type AllocationUnit } from '../../allocation/Allocation';
import { type EngineProblem } from '../../allocation/EngineProblem';
import { rational, sign, ZERO } from '../../money/arithmetic';
import { type Rational } from '../../money/Rational';
import { type KeySpec } from '../planSchema';
import { type IndicatorValues } from '../IndicatorValues';
import { type PotRef, potProblem } from './problems';

/** Per free unit, its exact share of the key part (Σ = 1), or the problems (missing/negative/zero indicator). */
export function keyShares(
  key: KeySpec,
  units: readonly AllocationUnit[],
  indicators: IndicatorValues,
  pot: PotRef,
): { ok: true; shares: Rational[] } | { ok: false; problems: EngineProblem[] } {
  if (units.length === 0) return { ok: true, shares: [] };
  if (key.type === 'equal') return { ok: true, shares: units.map(() => rational(1n, BigInt(units.length))) };
  const parts = key.type === 'indicator' ? [{ indicator: key.indicator, weight: rational(100n) }] : key.parts;
  const problems: EngineProblem[] = [];
  const columns: { weight: Rational; values: bigint[]; total: bigint }[] = [];
  for (const part of parts) {
    const values = indicatorColumn(part.indicator, units, indicators, pot, problems);
    if (!values) continue;
    // Scale the column to integers (same ratios) so blending needs one normalization per unit, not six.
    const scale = values.reduce((l, v) => lcm(l, v.den), 1n);
    const ints = values.map((v) => (v.num * scale) / v.den);
    const total = ints.reduce((a, b) => a + b, 0n);
    if (total === 0n) {
      problems.push(
        potProblem(
          'zero-key',
          pot,
          `indikatorn ”${part.indicator}” summerar till 0.`,
          `indicator "${part.indicator}" sums to 0.`,
        ),
      );
      continue;
    }
    columns.push({ weight: part.weight, values: ints, total });
  }
  if (problems.length > 0) return { ok: false, problems };
  // shareᵢ = Σₖ αₖ·xᵢₖ/Xₖ with αₖ = weightₖ/100: blend normalized shares, never raw indicators.
  const common = columns.reduce((l, c) => lcm(l, c.total * c.weight.den), 1n);
  const factors = columns.map((c) => (c.weight.num * common) / (c.total * c.weight.den));
  const shares = units.map((_, i) =>
    rational(
      columns.reduce((acc, c, k) => acc + factors[k] * c.values[i], 0n),
      100n * common,
    ),
  );
  return { ok: true, shares };
}

/** The indicator's value per unit; pushes a problem per missing or negative value. */
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
          `${u.name} saknar värde för ”${indicator}”.`,
          `${u.name} has no value for "${indicator}".`,
          u.id,
        ),
      );
      return ZERO;
    }
    if (sign(v) < 0) {
      problems.push(
        potProblem(
          'negative-key',
          pot,
          `${u.name} har ett negativt värde för ”${indicator}”.`,
          `${u.name} has a negative value for "${indicator}".`,
          u.id,
        ),
      );
    }
    return v;
  });
  return problems.length > before ? undefined : values;
}

function lcm(a: bigint, b: bigint): bigint {
  if (a === b || b === 1n) return a;
  let x = a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return (a / x) * b;
}
