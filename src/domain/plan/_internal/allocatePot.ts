import {
  type AllocationUnit,
  type PotAllocation,
  type StepKind,
  type UnitTrace,
} from '../../allocation/Allocation';
import { allocateCumulative } from '../../allocation/allocateCumulative';
import {
  allocateLargestRemainder,
  LARGEST_REMAINDER_TIE_RULE,
} from '../../allocation/allocateLargestRemainder';
import { allocateRoundEach } from '../../allocation/allocateRoundEach';
import { type EngineProblem } from '../../allocation/EngineProblem';
import { largestRemainderUnits } from '../../allocation/_internal/largestRemainderUnits';
import { prepareQuotas, toAmounts } from '../../allocation/_internal/prepareQuotas';
import { type RoundingOptions, type RoundingOutcome } from '../../allocation/RoundingOutcome';
import { type LocalizedText } from '../../findings/Finding';
import { add, compare, fromBigInt, isMultipleOf, mul, sign, sub, sum, ZERO } from '../../money/arithmetic';
import { type Rational } from '../../money/Rational';
import { type IndicatorValues } from '../IndicatorValues';
import { type Plan, type PlanStep, type Pot } from '../planSchema';
import { indicatorColumn, keyShares } from './keyShares';
import { krText, type PotRef, potProblem } from './problems';
import { clampedAt, type LimitedUnit, solveLimits } from './solveLimits';

type Part = { step: StepKind; amount: Rational; label?: string };
type Step<K extends PlanStep['kind']> = Extract<PlanStep, { kind: K }>;

/** Context shared by every pot of a plan. */
export interface PotContext {
  readonly units: readonly AllocationUnit[];
  readonly indicators: IndicatorValues;
  readonly unit: Rational;
  readonly method: Plan['rounding']['method'];
  readonly frame: Rational;
}

/** One pot: set-asides, fixed, tiers, base, key, floors/caps exactly; rounded once at the end. */
export function allocatePot(
  pot: Pot,
  ctx: PotContext,
): { ok: true; pot: PotAllocation } | { ok: false; problems: EngineProblem[] } {
  const problems: EngineProblem[] = [];
  const setAsides = computeSetAsides(pot, ctx);
  const distributed = sub(ctx.frame, sum(setAsides.map((s) => s.amount)));
  if (sign(distributed) < 0)
    return fail(
      potProblem(
        'set-asides-exceed-frame',
        pot,
        'avsättningarna är större än ramen.',
        'the set-asides exceed the frame.',
      ),
    );
  if (!isMultipleOf(distributed, ctx.unit)) {
    return fail(
      potProblem(
        'frame-not-multiple',
        pot,
        `det som fördelas (${krText(distributed)}) är inte en jämn multipel av avrundningsenheten.`,
        `the amount to distribute (${krText(distributed, 'en')}) is not a whole multiple of the rounding unit.`,
      ),
    );
  }
  const fixed = fixedAmounts(pot, ctx, problems);
  const free = ctx.units.filter((u) => !fixed.has(u.id));
  const pre = free.map((): Part[] => []);
  for (const step of pot.steps) {
    if (step.kind === 'tiers') addTiers(step, free, ctx.indicators, pot, pre, problems);
    if (step.kind === 'base')
      pre.forEach((parts) => parts.push({ step: 'base', amount: step.amount, label: step.label }));
  }
  const keyStep = pot.steps.find((s): s is Step<'key'> => s.kind === 'key');
  const shared = keyStep ? keyShares(keyStep.key, free, ctx.indicators, pot) : undefined;
  if (shared && !shared.ok) problems.push(...shared.problems);
  if (problems.length > 0) return { ok: false, problems };
  const fixedTotal = sum([...fixed.values()]);
  const freeTarget = sub(distributed, fixedTotal);
  const preTotals = pre.map((parts) => sum(parts.map((p) => p.amount)));
  const rest = sub(freeTarget, sum(preTotals));
  if (sign(rest) < 0) {
    return fail(
      potProblem(
        'fixed-exceed-frame',
        pot,
        `fasta belopp, storleksklasser och grundbelopp (${krText(sub(distributed, rest))}) överstiger det som fördelas (${krText(distributed)}).`,
        `fixed amounts, tiers and base amounts (${krText(sub(distributed, rest), 'en')}) exceed the amount to distribute (${krText(distributed, 'en')}).`,
      ),
    );
  }
  const shares = shared && shared.ok ? shared.shares : undefined;
  if (!shares || shares.length === 0) {
    if (sign(rest) !== 0)
      return fail(
        potProblem(
          'rest-without-key',
          pot,
          `${krText(rest)} blir kvar men potten har ingen nyckel att fördela resten efter.`,
          `${krText(rest, 'en')} is left over but the pot has no key to distribute the rest by.`,
        ),
      );
  }
  const limits = pot.steps.find((s): s is Step<'limits'> => s.kind === 'limits');
  const limited: LimitedUnit[] = free.map((_, i) => ({
    pre: preTotals[i],
    share: shares?.[i] ?? ZERO,
    floor: limits?.floor,
    cap: limits?.cap,
  }));
  const lambda = shares && shares.length > 0 ? (limits ? solveLimits(limited, freeTarget) : rest) : ZERO;
  if (lambda === undefined) return fail(infeasible(pot, limited, freeTarget));
  return {
    ok: true,
    pot: buildPot(pot, ctx, {
      setAsides,
      distributed,
      fixed,
      free,
      pre,
      limited,
      lambda,
      hasKey: !!keyStep,
    }),
  };
}

function computeSetAsides(pot: Pot, ctx: PotContext): { name: string; amount: Rational }[] {
  const out: { name: string; amount: Rational }[] = [];
  for (const step of pot.steps) {
    if (step.kind === 'set-aside') out.push({ name: step.name, amount: step.amount });
    if (step.kind === 'set-aside-percent') {
      // A percentage set-aside is itself rounded: split the frame [p, 100 − p] by largest remainder.
      const r = allocateLargestRemainder(ctx.frame, [step.percent, sub(fromBigInt(100n), step.percent)], {
        unit: ctx.unit,
      });
      out.push({ name: step.name, amount: r.ok ? r.amounts[0] : ZERO });
    }
  }
  return out;
}

function fixedAmounts(pot: Pot, ctx: PotContext, problems: EngineProblem[]): Map<string, Rational> {
  const fixed = new Map<string, Rational>();
  const known = new Set(ctx.units.map((u) => u.id));
  for (const step of pot.steps) {
    if (step.kind !== 'fixed') continue;
    for (const [id, amount] of Object.entries(step.amounts)) {
      if (!known.has(id)) {
        problems.push(
          potProblem(
            'unknown-unit',
            pot,
            `fast belopp för ”${id}”, som inte finns bland enheterna.`,
            `fixed amount for "${id}", which is not among the units.`,
            id,
          ),
        );
      } else fixed.set(id, amount);
    }
  }
  return fixed;
}

function addTiers(
  step: Step<'tiers'>,
  free: readonly AllocationUnit[],
  indicators: IndicatorValues,
  pot: PotRef,
  pre: Part[][],
  problems: EngineProblem[],
): void {
  const values = indicatorColumn(step.indicator, free, indicators, pot, problems);
  if (!values) return;
  values.forEach((v, i) => {
    let amount = ZERO;
    for (const tier of step.tiers) if (compare(v, tier.from) >= 0) amount = tier.amount;
    pre[i].push({ step: 'tier', amount, label: step.label });
  });
}

function infeasible(pot: PotRef, units: readonly LimitedUnit[], target: Rational): EngineProblem {
  const floors = sum(units.map((u) => u.floor ?? u.pre));
  if (compare(sum(units.map((u) => clampedAt(u, ZERO))), target) > 0) {
    return potProblem(
      'floors-exceed-frame',
      pot,
      `golven (${krText(floors)} med grundbelopp och storleksklasser) är större än det som fördelas (${krText(target)}).`,
      `the floors (${krText(floors, 'en')} with base amounts and tiers) exceed the amount to distribute (${krText(target, 'en')}).`,
    );
  }
  return potProblem(
    'caps-below-frame',
    pot,
    `taken räcker inte för att fördela hela beloppet (${krText(target)}).`,
    `the caps are too low to distribute the whole amount (${krText(target, 'en')}).`,
  );
}

interface Solved {
  setAsides: { name: string; amount: Rational }[];
  distributed: Rational;
  fixed: Map<string, Rational>;
  free: readonly AllocationUnit[];
  pre: Part[][];
  limited: LimitedUnit[];
  lambda: Rational;
  hasKey: boolean;
}

function buildPot(pot: Pot, ctx: PotContext, s: Solved): PotAllocation {
  const freeIndex = new Map(s.free.map((u, i) => [u.id, i]));
  const exact: Rational[] = new Array<Rational>(ctx.units.length);
  const parts: Part[][] = ctx.units.map((unit, k) => {
    const fixedAmount = s.fixed.get(unit.id);
    if (fixedAmount) {
      exact[k] = fixedAmount;
      return [{ step: 'fixed', amount: fixedAmount }];
    }
    const i = freeIndex.get(unit.id) as number;
    const u = s.limited[i];
    const keyPart = mul(u.share, s.lambda);
    const out = [...s.pre[i]];
    if (s.hasKey) out.push({ step: 'key', amount: keyPart });
    const unclamped = add(u.pre, keyPart);
    if (u.floor && compare(unclamped, u.floor) < 0)
      out.push({ step: 'floor', amount: sub(u.floor, unclamped) });
    if (u.cap && compare(unclamped, u.cap) > 0) out.push({ step: 'cap', amount: sub(u.cap, unclamped) });
    exact[k] =
      u.floor && compare(unclamped, u.floor) < 0
        ? u.floor
        : u.cap && compare(unclamped, u.cap) > 0
          ? u.cap
          : unclamped;
    return out;
  });
  const shares = ctx.units.map((u) =>
    freeIndex.has(u.id) ? s.limited[freeIndex.get(u.id) as number].share : ZERO,
  );
  const rounded = roundExact(s.distributed, exact, shares, ctx);
  const trace: UnitTrace[] = ctx.units.map((_, i) => {
    const t = rounded.trace[i];
    const clamp = parts[i].find((p) => p.step === 'floor' || p.step === 'cap')?.step as
      'floor' | 'cap' | undefined;
    return {
      share: shares[i],
      exact: exact[i],
      floor: t.floor,
      remainder: t.remainder,
      rank: t.rank,
      roundedUp: t.roundedUp,
      parts: parts[i],
      clamp,
    };
  });
  return {
    potId: pot.id,
    potName: pot.name,
    frame: ctx.frame,
    setAsides: s.setAsides,
    distributed: s.distributed,
    amounts: rounded.amounts,
    trace,
    notes: potNotes(s.distributed, exact, shares, trace, ctx),
  };
}

/** Rounds the exact amounts once (Σ exact = distributed, so each unit's quota is its exact amount). */
function roundExact(
  distributed: Rational,
  exact: Rational[],
  shares: Rational[],
  ctx: PotContext,
): RoundingOutcome {
  if (sign(distributed) === 0) {
    return {
      ok: true,
      amounts: exact.map(() => ZERO),
      trace: exact.map(() => ({ share: ZERO, exact: ZERO, floor: ZERO, remainder: ZERO, roundedUp: false })),
      drift: ZERO,
    };
  }
  const options = { unit: ctx.unit, tieKeys: ctx.units.map((u) => u.code ?? u.id), tieWeights: shares };
  if (ctx.method === 'largest-remainder') return largestRemainderOfExact(distributed, exact, options);
  const allocate = ctx.method === 'round-each' ? allocateRoundEach : allocateCumulative;
  const r = allocate(distributed, exact, options);
  // Σ exact = distributed > 0 and all exact ≥ 0 here, so rounding cannot report a problem.
  if (!r.ok) throw new Error(`internal: rounding failed (${r.problems[0].code})`);
  return r;
}

/** Largest remainder on the exact amounts, tracing only floor/remainder/rank (share and exact are known). */
function largestRemainderOfExact(
  distributed: Rational,
  exact: Rational[],
  options: RoundingOptions,
): RoundingOutcome {
  const prepared = prepareQuotas(distributed, exact, options);
  if (!prepared.ok) throw new Error(`internal: rounding failed (${prepared.problems[0].code})`);
  const q = prepared.quotas;
  const { floors, rounded, ranks } = largestRemainderUnits(q, options);
  const trace = exact.map((e, i) => {
    const floor = mul(fromBigInt(floors[i]), q.unit);
    return {
      share: ZERO,
      exact: e,
      floor,
      remainder: sub(e, floor),
      rank: ranks[i],
      roundedUp: rounded[i] > floors[i],
    };
  });
  return { ok: true, amounts: toAmounts(q, rounded), trace, drift: ZERO };
}

function potNotes(
  distributed: Rational,
  exact: Rational[],
  shares: Rational[],
  trace: UnitTrace[],
  ctx: PotContext,
): LocalizedText[] {
  const notes: LocalizedText[] = [];
  if (ctx.method === 'largest-remainder') notes.push(LARGEST_REMAINDER_TIE_RULE);
  if (sign(distributed) > 0) {
    const driftAmount = roundEachDrift(distributed, exact, ctx.unit);
    const drift = krText(driftAmount);
    const driftEn = krText(driftAmount, 'en');
    notes.push(
      ctx.method === 'round-each'
        ? {
            sv: `Varje belopp avrundat för sig: summan avviker från ramen med ${drift}.`,
            en: `Each amount rounded on its own: the sum misses the frame by ${driftEn}.`,
          }
        : sign(driftAmount) === 0
          ? {
              sv: 'Att avrunda varje belopp för sig hade också gått jämnt ut den här gången.',
              en: 'Rounding each amount on its own would also have added up this time.',
            }
          : {
              sv: `Att avrunda varje belopp för sig hade missat ramen med ${drift}; här stämmer summan exakt.`,
              en: `Rounding each amount on its own would have missed the frame by ${driftEn}; here the sum is exact.`,
            },
    );
  }
  const floors = trace.filter((t) => t.clamp === 'floor').length;
  const caps = trace.filter((t) => t.clamp === 'cap').length;
  if (floors > 0)
    notes.push({
      sv: `${floors} enheter lyftes till golvet; övriga betalar i proportion till nyckeln.`,
      en: `${floors} units were lifted to the floor; the others pay in proportion to the key.`,
    });
  if (caps > 0)
    notes.push({
      sv: `${caps} enheter begränsades av taket; överskottet fördelas på övriga efter nyckeln.`,
      en: `${caps} units were held at the cap; the excess goes to the others by the key.`,
    });
  return notes;
}

function fail(problem: EngineProblem): { ok: false; problems: EngineProblem[] } {
  return { ok: false, problems: [problem] };
}

/** Σ ROUND(exactᵢ) − distributed, half away from zero to the unit, in integers (no normalizing per unit). */
function roundEachDrift(distributed: Rational, exact: readonly Rational[], unit: Rational): Rational {
  let units = 0n;
  for (const e of exact) {
    const p = e.num * unit.den;
    const q = e.den * unit.num;
    const r = (2n * (p < 0n ? -p : p) + q) / (2n * q);
    units += p < 0n ? -r : r;
  }
  return sub(mul(fromBigInt(units), unit), distributed);
}
