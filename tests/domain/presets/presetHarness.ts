import { type Allocation } from '../../../src/domain/allocation/Allocation';
import { fromBigInt } from '../../../src/domain/money/arithmetic';
import { type Rational } from '../../../src/domain/money/Rational';
import { allocatePlan } from '../../../src/domain/plan/allocatePlan';
import { type IndicatorValues } from '../../../src/domain/plan/IndicatorValues';
import { parsePlan } from '../../../src/domain/plan/parsePlan';
import { type PlanJson } from '../../../src/domain/plan/planSchema';

/** Units named by a table's first column (trimmed), and named indicator columns keyed by that id. */
export function tableInputs(body: string[][], columns: Record<string, number>) {
  const units = body.map((r) => ({ id: r[0].trim(), name: r[0].trim() }));
  const indicators: Record<string, Record<string, Rational>> = {};
  for (const [id, col] of Object.entries(columns)) {
    indicators[id] = Object.fromEntries(body.map((r) => [r[0].trim(), fromBigInt(BigInt(r[col]))]));
  }
  return { units, indicators };
}

/** Parses and runs a plan; throws with the problems when it does not succeed (tests want it to). */
export function runPlan(
  json: PlanJson,
  units: { id: string; name: string }[],
  indicators: IndicatorValues,
): Allocation {
  const parsed = parsePlan(json);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message.en).join('\n'));
  const result = allocatePlan(parsed.plan, units, indicators);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message.en).join('\n'));
  return result.allocation;
}

/** Whole kronor as bigints (the amounts are integers by construction; fail loudly otherwise). */
export function kronor(amounts: readonly Rational[]): bigint[] {
  return amounts.map((a) => {
    if (a.den !== 1n) throw new Error('not whole kronor');
    return a.num;
  });
}
