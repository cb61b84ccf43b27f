import { type AllocationUnit } from '../../allocation/Allocation';
import { type EngineProblem } from '../../allocation/EngineProblem';
import { add, div, fromBigInt, mul, rational, sign, sum, ZERO } from '../../money/arithmetic';
import { type Rational } from '../../money/Rational';
import { type KeySpec } from '../planSchema';
import { type IndicatorValues } from '../IndicatorValues';
import { potProblem } from './problems';

/** Per free unit, its exact share of the key part (Σ = 1), or the problems (missing/negative/zero indicator). */
export function keyShares(
  key: KeySpec,
  units: readonly AllocationUnit[],
  indicators: IndicatorValues,
  potId: string,
): { ok: true; shares: Rational[] } | { ok: false; problems: EngineProblem[] } {
  if (units.length === 0) return { ok: true, shares: [] };
  if (key.type === 'equal') return { ok: true, shares: units.map(() => rational(1n, BigInt(units.length))) };
  const parts = key.type === 'indicator' ? [{ indicator: key.indicator, weight: rational(100n) }] : key.parts;
  const problems: EngineProblem[] = [];
  let shares = units.map(() => ZERO);
  for (const part of parts) {
    const values = indicatorColumn(part.indicator, units, indicators, potId, problems);
    if (!values) continue;
    const total = sum(values);
    if (sign(total) === 0) {
      problems.push(
        potProblem(
          'zero-key',
          potId,
          `indikatorn "${part.indicator}" summerar till 0.`,
          `indicator "${part.indicator}" sums to 0.`,
        ),
      );
      continue;
    }
    // Blend normalized shares (α·x/X), never raw indicators, so units of measure don't matter.
    const alpha = div(part.weight, fromBigInt(100n));
    shares = shares.map((s, i) => add(s, mul(alpha, div(values[i], total))));
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, shares };
}

/** The indicator's value per unit; pushes a problem per missing or negative value. */
export function indicatorColumn(
  indicator: string,
  units: readonly AllocationUnit[],
  indicators: IndicatorValues,
  potId: string,
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
          potId,
          `${u.name} saknar värde för "${indicator}".`,
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
          potId,
          `${u.name} har ett negativt värde för "${indicator}".`,
          `${u.name} has a negative value for "${indicator}".`,
          u.id,
        ),
      );
    }
    return v;
  });
  return problems.length > before ? undefined : values;
}
