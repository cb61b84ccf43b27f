import { type Allocation, type PotAllocation } from '../../../src/domain/allocation/Allocation';
import { defined } from '../../../src/domain/errors';
import { fromBigInt } from '../../../src/domain/money/arithmetic';
import { type Rational } from '../../../src/domain/money/Rational';
import { allocatePlan } from '../../../src/domain/plan/allocatePlan';
import { type IndicatorValues } from '../../../src/domain/plan/IndicatorValues';
import { parsePlan } from '../../../src/domain/plan/parsePlan';
import { type PlanJson } from '../../../src/domain/plan/planSchema';

/** Units named by a table's first column (trimmed), and named indicator columns keyed by that id. */
export function tableInputs(body: string[][], columns: Record<string, number>) {
  const units = body.map((r) => ({ id: cell(r, 0).trim(), name: cell(r, 0).trim() }));
  const indicators: Record<string, Record<string, Rational>> = {};
  for (const [id, col] of Object.entries(columns)) {
    indicators[id] = Object.fromEntries(
      body.map((r) => [cell(r, 0).trim(), fromBigInt(BigInt(cell(r, col)))]),
    );
  }
  return { units, indicators };
}

/** The table cell at `col` of a row (every fixture row has every column). */
export function cell(row: readonly string[], col: number): string {
  return defined(row[col], `column ${col}`);
}

/** One indicator's values in unit order. */
export function keyColumn(
  indicators: IndicatorValues,
  indicator: string,
  units: readonly { id: string }[],
): Rational[] {
  const column = defined(indicators[indicator], indicator);
  return units.map((u) => defined(column[u.id], `${indicator} of ${u.id}`));
}

/** The pot at `index` of an allocation (the preset has it). */
export function potAt(allocation: Allocation, index: number): PotAllocation {
  return defined(allocation.pots[index], `pot ${index}`);
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
