import { type Allocation, type AllocationUnit, type PotAllocation } from '../allocation/Allocation';
import { type EngineProblem } from '../allocation/EngineProblem';
import { add, isMultipleOf, sign } from '../money/arithmetic';
import { kronor, kronorEach } from '../money/Kronor';
import { type Rational } from '../money/Rational';
import { allocatePot, type PotContext } from './_internal/allocatePot';
import { PLAN_MESSAGES } from '../findings/problemMessages';
import { type PotRef, potProblem } from './_internal/problems';
import { type IndicatorValues } from './IndicatorValues';
import { type Plan } from './planSchema';
import { roundingUnitOf } from './roundingUnitOf';
import { recentInputsMemo } from './_internal/recentInputsMemo';
import { defined } from '../errors';

/** Options of {@link allocatePlan}. */
export interface AllocatePlanOptions {
  /** Pot id → frame, for pots whose frame is a cell reference the adapter has resolved. */
  readonly frames?: Readonly<Record<string, Rational>>;
}

/** An allocation, or every problem that prevents it (nothing partial). */
export type AllocatePlanResult =
  | { readonly ok: true; readonly allocation: Allocation; readonly problems: readonly EngineProblem[] }
  | { readonly ok: false; readonly problems: readonly EngineProblem[] };

/**
 * Applies a parsed plan to units: each pot computed exactly (set-asides, fixed, tiers, base, key, floors/caps)
 * and rounded once at the end, so each pot adds up to what it distributes and the total column is exact.
 * Indicators are keyed by unit id, so row order never matters (except for the cumulative method, by design).
 * @example allocatePlan(plan, units, { population: { '2080': 59406n/1, … } }).allocation.pots[0].amounts
 */
export function allocatePlan(
  plan: Plan,
  units: readonly AllocationUnit[],
  indicators: IndicatorValues,
  options: AllocatePlanOptions = {},
): AllocatePlanResult {
  const unit = roundingUnitOf(plan);
  const problems: EngineProblem[] = [];
  const pots: PotAllocation[] = [];
  for (const pot of plan.pots) {
    const frame = pot.frame.amount ?? options.frames?.[pot.id];
    const frameProblem = checkFrame(pot, frame, unit, pot.frame.cell);
    if (frameProblem || !frame) {
      if (frameProblem) problems.push(frameProblem);
      continue;
    }
    const result = allocatePotOnce(pot, { units, indicators, unit, method: plan.rounding.method, frame });
    if (result.ok) pots.push(result.pot);
    else problems.push(...result.problems);
  }
  if (problems.length > 0) return { ok: false, problems };
  const totals = units.map((_, i) => totalOf(pots, i));
  const allocation: Allocation = {
    planName: plan.name,
    units,
    pots,
    totals: kronorEach(totals),
    roundingUnit: kronor(unit),
    method: plan.rounding.method,
  };
  return { ok: true, allocation, problems: [] };
}

/**
 * Σ over pots of unit i's amount: whole kronor (the usual case) added as doubles while exact, then as BigInt;
 * anything else exactly. One BigInt per unit, not one per pot.
 */
function totalOf(pots: readonly PotAllocation[], i: number): Rational {
  let inDoubles = 0;
  let whole = 0n;
  let rest: Rational | undefined;
  for (const p of pots) {
    const amount = defined(p.amounts[i], 'amount of a unit');
    if (amount.den !== 1n) rest = rest ? add(rest, amount) : amount;
    else if (amount.num <= MAX_SAFE && amount.num >= -MAX_SAFE) {
      const next = inDoubles + Number(amount.num);
      if (Math.abs(next) <= Number.MAX_SAFE_INTEGER) inDoubles = next;
      else whole += amount.num;
    } else whole += amount.num;
  }
  const total = { num: whole === 0n ? BigInt(inDoubles) : whole + BigInt(inDoubles), den: 1n };
  return rest ? add(rest, total) : total;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

type PotResult = ReturnType<typeof allocatePot>;

const potMemo = recentInputsMemo<PotResult>(4, 64);

/**
 * allocatePot, remembered for the most recent units lists and indicator values by the pot's content (its steps,
 * frame, rounding): when a what-if step changes one pot, the others are not recomputed. Results are immutable,
 * so sharing is safe.
 */
function allocatePotOnce(pot: Plan['pots'][number], ctx: PotContext): PotResult {
  const key = JSON.stringify([pot, ctx.frame, ctx.unit, ctx.method], (_, v: unknown) =>
    typeof v === 'bigint' ? v.toString() : v,
  );
  const known = potMemo.get(ctx.units, ctx.indicators, key);
  if (known) return known;
  const result = allocatePot(pot, ctx);
  potMemo.set(ctx.units, ctx.indicators, key, result);
  return result;
}

function checkFrame(
  pot: PotRef,
  frame: Rational | undefined,
  unit: Rational,
  cell: string | undefined,
): EngineProblem | undefined {
  if (!frame) {
    return potProblem('frame-unresolved', pot, PLAN_MESSAGES.frameUnresolved({ cell: cell ?? '?' }));
  }
  if (sign(frame) < 0) return potProblem('negative-frame', pot, PLAN_MESSAGES.negativeFrame({ frame }));
  if (!isMultipleOf(frame, unit)) {
    return potProblem('frame-not-multiple', pot, PLAN_MESSAGES.frameNotMultiple({ frame }));
  }
  return undefined;
}
