import fc from 'fast-check';
import { allocatePlan } from '../../src/domain/plan/allocatePlan';
import { type IndicatorValues } from '../../src/domain/plan/IndicatorValues';
import { parsePlan } from '../../src/domain/plan/parsePlan';
import { type PlanJson } from '../../src/domain/plan/planSchema';
import { fromNumber } from '../../src/domain/money/fromNumber';
import { toNumber } from '../../src/domain/money/toNumber';
import { bland } from '../../src/functions/bland';
import { fordela } from '../../src/functions/fordela';
import { fordelaBas } from '../../src/functions/fordelaBas';
import { isFormulaError } from '../../src/functions/FormulaError';
import { assertProperty } from '../domain/allocation/fuzzConfig';
import { defined } from '../helpers/defined';

// The custom functions and the plan engine are one solver: FORDELA with golv/tak, FORDELA.BAS and FORDELA over a
// BLAND give the same kronor as a plan pot with the same key, limits, base or blend and rounding unit.

type Steps = PlanJson['pots'][number]['steps'];
type RoundingUnit = '1' | '100' | '1000' | '0.01';

const col = (values: readonly unknown[]): unknown[][] => values.map((v) => [v]);

/** The amounts in rounding units ("öre" for 0.01), from FORDELA's spill or the plan's pot. */
function spillUnits(spill: unknown, unit: RoundingUnit): bigint[] | 'error' {
  if (isFormulaError(spill)) return 'error';
  const u = fromNumber(Number(unit));
  return (spill as number[][]).map(([v]) => {
    const r = fromNumber(defined(v, 'a spilled amount'));
    const q = r.num * u.den;
    const d = r.den * u.num;
    if (q % d !== 0n) throw new Error(`${v} is not a multiple of ${unit}`);
    return q / d;
  });
}

function planUnits(
  steps: Steps,
  frame: string,
  unit: RoundingUnit,
  codes: readonly string[],
  indicators: IndicatorValues,
): bigint[] | 'error' {
  const parsed = parsePlan({
    version: 1,
    name: 'Egenskap',
    rounding: { unit },
    pots: [{ id: 'p', name: 'Pott', frame: { amount: frame }, steps }],
  });
  if (!parsed.ok) return 'error';
  const units = codes.map((code) => ({ id: code, code, name: `K${code}` }));
  const result = allocatePlan(parsed.plan, units, indicators);
  if (!result.ok) return 'error';
  const u = fromNumber(Number(unit));
  return defined(result.allocation.pots[0], 'the pot').amounts.map((a) => (a.num * u.den) / (a.den * u.num));
}

/** Distinct four-digit codes in random order, so ties are broken by code, not by row. */
const codesArb = (n: number) =>
  fc
    .uniqueArray(fc.integer({ min: 1000, max: 9999 }), { minLength: n, maxLength: n })
    .map((cs) => cs.map(String));

/** Keys with many ties (1–5) or few (1–10 000 000). */
const keyArb = fc.oneof(
  fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 25 }),
  fc.array(fc.integer({ min: 1, max: 10_000_000 }), { minLength: 1, maxLength: 25 }),
);

const unitArb = fc.constantFrom<RoundingUnit>('1', '100', '1000', '0.01');

/** A whole number of rounding units as the decimal string a plan holds and the number Excel passes. */
const amountOf = (units: number, unit: RoundingUnit): { text: string; value: number } =>
  unit === '0.01'
    ? { text: (units / 100).toFixed(2), value: units / 100 }
    : { text: String(units * Number(unit)), value: units * Number(unit) };

function indicatorFrom(name: string, codes: readonly string[], values: readonly number[]): IndicatorValues {
  return {
    [name]: Object.fromEntries(codes.map((c, i) => [c, fromNumber(defined(values[i], `value of ${c}`))])),
  };
}

describe('LANSNYCKEL functions against allocatePlan (one solver)', () => {
  it('FORDELA with golv and tak gives the kronor of a pot with the same key and limits', () => {
    assertProperty(
      fc.property(
        keyArb.chain((key) => fc.tuple(fc.constant(key), codesArb(key.length))),
        unitArb,
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.option(fc.integer({ min: 0, max: 200_000 }), { nil: undefined }),
        fc.option(fc.integer({ min: 1, max: 400_000 }), { nil: undefined }),
        ([key, codes], unit, totalUnits, floorUnits, capExtra) => {
          const total = amountOf(totalUnits, unit);
          const floor = floorUnits === undefined ? undefined : amountOf(floorUnits, unit);
          // The cap is at least the floor (FORDELA refuses a cap below the floor, a plan has one of each).
          const cap = capExtra === undefined ? undefined : amountOf((floorUnits ?? 0) + capExtra, unit);
          const steps: Steps = [{ kind: 'key', key: { type: 'indicator', indicator: 'x' } }];
          if (floor || cap) steps.push({ kind: 'limits', floor: floor?.text, cap: cap?.text });
          const expected = planUnits(steps, total.text, unit, codes, indicatorFrom('x', codes, key));
          const actual = spillUnits(
            fordela(
              total.value,
              col(key),
              floor?.value ?? null,
              cap?.value ?? null,
              Number(unit),
              col(codes),
            ),
            unit,
          );
          expect(actual).toEqual(expected);
        },
      ),
    );
  });

  it('FORDELA.BAS gives the kronor of a pot with a grundbelopp and the same key', () => {
    assertProperty(
      fc.property(
        keyArb.chain((key) => fc.tuple(fc.constant(key), codesArb(key.length))),
        unitArb,
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.integer({ min: 0, max: 200_000 }),
        ([key, codes], unit, totalUnits, baseUnits) => {
          const total = amountOf(totalUnits, unit);
          const base = amountOf(baseUnits, unit);
          const steps: Steps = [
            { kind: 'base', amount: base.text },
            { kind: 'key', key: { type: 'indicator', indicator: 'x' } },
          ];
          const expected = planUnits(steps, total.text, unit, codes, indicatorFrom('x', codes, key));
          const actual = spillUnits(
            fordelaBas(total.value, base.value, col(key), Number(unit), col(codes)),
            unit,
          );
          expect(actual).toEqual(expected);
        },
      ),
    );
  });

  it('BLAND gives the shares of a pot with the same blend, and FORDELA over them its kronor to a unit', () => {
    // Excel hands BLAND's shares to FORDELA as doubles, so an exact tie between two remainders may fall either way
    // there: the kronor agree to one rounding unit, the shares to the last bit of a double.
    const blendArb = fc.integer({ min: 1, max: 12 }).chain((n) =>
      fc.tuple(
        fc.array(fc.array(fc.integer({ min: 1, max: 100 }), { minLength: n, maxLength: n }), {
          minLength: 1,
          maxLength: 3,
        }),
        codesArb(n),
      ),
    );
    assertProperty(
      fc.property(
        blendArb,
        fc.integer({ min: 0, max: 100 }),
        unitArb,
        fc.integer({ min: 0, max: 100_000 }),
        ([keys, codes], firstWeight, unit, totalUnits) => {
          // Whole percent summing to 100: the first part takes firstWeight, the others share what is left.
          const rest = 100 - firstWeight;
          const others = keys.length - 1;
          const weights = keys.map((_, k) =>
            others === 0
              ? 100
              : k === 0
                ? firstWeight
                : Math.floor(rest / others) + (k === 1 ? rest % others : 0),
          );
          const total = amountOf(totalUnits, unit);
          const indicators = Object.assign(
            {},
            ...keys.map((key, k) => indicatorFrom(`k${k}`, codes, key)),
          ) as IndicatorValues;
          const parts = weights.map((w, k) => ({ indicator: `k${k}`, weight: w }));
          const steps: Steps = [{ kind: 'key', key: { type: 'blend', parts } }];
          const shares = bland(keys.flatMap((key, k) => [col(key), [[weights[k]]]]));
          const parsed = parsePlan({
            version: 1,
            name: 'Egenskap',
            rounding: { unit },
            pots: [{ id: 'p', name: 'Pott', frame: { amount: total.text }, steps }],
          });
          if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message.en).join(' '));
          const units = codes.map((code) => ({ id: code, code, name: `K${code}` }));
          const result = allocatePlan(parsed.plan, units, indicators);
          if (!result.ok) throw new Error(result.problems.map((p) => p.message.en).join(' '));
          expect(shares).toEqual(result.allocation.pots[0]?.trace.map((t) => [toNumber(t.share)]));

          const expected = planUnits(steps, total.text, unit, codes, indicators);
          const actual = spillUnits(fordela(total.value, shares, null, null, Number(unit), col(codes)), unit);
          if (actual === 'error' || expected === 'error')
            throw new Error('FORDELA or the plan refused a blend');
          expect(actual.reduce((a, b) => a + b, 0n)).toBe(expected.reduce((a, b) => a + b, 0n));
          actual.forEach((a, i) => {
            const d = a - defined(expected[i], `expected amount ${i + 1}`);
            expect(d >= -1n && d <= 1n).toBe(true);
          });
        },
      ),
    );
  });
});
