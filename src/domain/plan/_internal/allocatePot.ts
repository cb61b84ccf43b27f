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
import { largestRemainderOverDenominator } from '../../allocation/_internal/largestRemainderUnits';
import { withLazyTrace } from '../../allocation/_internal/lazyTrace';
import { type LocalizedText } from '../../findings/Finding';
import {
  add,
  compare,
  fromBigInt,
  isMultipleOf,
  lcm,
  mul,
  rational,
  sign,
  sub,
  sum,
  sumIntegers,
  wholeAmount,
  ZERO,
} from '../../money/arithmetic';
import { type Kronor, kronor, kronorEach, share as asShare } from '../../money/Kronor';
import { type Rational } from '../../money/Rational';
import { type IndicatorValues } from '../IndicatorValues';
import { type Plan, type PlanStep, type Pot } from '../planSchema';
import { indicatorColumn, keyShares } from './keyShares';
import { PLAN_MESSAGES } from '../../findings/problemMessages';
import { type PotRef, potProblem } from './problems';
import { clampedAt, type LimitedUnit, solveLimits } from '../solveLimits';
import { InvariantError } from '../../errors';
import { defined } from '../../errors';

type Part = { step: StepKind; amount: Kronor; label?: string | undefined };
type SetAside = { name: string; amount: Kronor };
type Step<K extends PlanStep['kind']> = Extract<PlanStep, { kind: K }>;

/** Context shared by every pot of a plan. */
export interface PotContext {
  readonly units: readonly AllocationUnit[];
  readonly indicators: IndicatorValues;
  readonly unit: Rational;
  readonly method: Plan['rounding']['method'];
  readonly frame: Rational;
}

/**
 * One pot: set-asides, fixed, tiers, base, key, floors/caps exactly; rounded once at the end. Check, then
 * compute: {@link checkPot} finds every rule the pot breaks (or solves it), {@link computePot} cannot fail.
 * @example allocatePot(pot, { units, indicators, unit: 1 kr, method: 'largest-remainder', frame: 1000 kr }).ok
 */
export function allocatePot(
  pot: Pot,
  ctx: PotContext,
): { ok: true; pot: PotAllocation } | { ok: false; problems: EngineProblem[] } {
  const checked = checkPot(pot, ctx);
  return checked.ok ? { ok: true, pot: computePot(pot, ctx, checked.solved) } : checked;
}

/**
 * The pot's rules, checked against its frame and units: set-asides within the frame, what is distributed a
 * multiple of the rounding unit, fixed amounts for known units, indicators present and non-negative, something
 * to distribute the rest by, floors and caps feasible. Returns every problem, or the solved pot (the exact λ).
 * @example checkPot(pot with a 1 200 kr set-aside, { …, frame: 1 000 kr })
 * //=> { ok: false, problems: [{ code: 'set-asides-exceed-frame', … }] }
 */
export function checkPot(
  pot: Pot,
  ctx: PotContext,
): { ok: true; solved: Solved } | { ok: false; problems: EngineProblem[] } {
  const problems: EngineProblem[] = [];
  const setAsides = computeSetAsides(pot, ctx);
  const distributed = sub(ctx.frame, sum(setAsides.map((s) => s.amount)));
  if (sign(distributed) < 0)
    return fail(potProblem('set-asides-exceed-frame', pot, PLAN_MESSAGES.setAsidesExceedFrame()));
  if (!isMultipleOf(distributed, ctx.unit)) {
    return fail(potProblem('frame-not-multiple', pot, PLAN_MESSAGES.distributedNotMultiple({ distributed })));
  }
  const fixed = fixedAmounts(pot, ctx, problems);
  // The same list object when nothing is fixed, so key shares are reused between pots and what-if steps.
  const free = fixed.size === 0 ? ctx.units : ctx.units.filter((u) => !fixed.has(u.id));
  const pre = preParts(pot, free, ctx.indicators, problems);
  const keyStep = pot.steps.find((s): s is Step<'key'> => s.kind === 'key');
  const shared = keyStep ? keyShares(keyStep.key, free, ctx.indicators, pot) : undefined;
  if (shared && !shared.ok) problems.push(...shared.problems);
  if (problems.length > 0) return { ok: false, problems };
  const fixedTotal = sum([...fixed.values()]);
  const freeTarget = sub(distributed, fixedTotal);
  const preTotals = pre.map(partsTotal);
  const rest = sub(freeTarget, sum(preTotals));
  if (sign(rest) < 0) {
    return fail(
      potProblem(
        'fixed-exceed-frame',
        pot,
        PLAN_MESSAGES.fixedExceedFrame({ fixed: sub(distributed, rest), distributed }),
      ),
    );
  }
  const shares = shared && shared.ok ? shared : undefined;
  if (!shares || shares.numerators.length === 0) {
    if (sign(rest) !== 0)
      return fail(potProblem('rest-without-key', pot, PLAN_MESSAGES.restWithoutKey({ rest })));
  }
  const limits = pot.steps.find((s): s is Step<'limits'> => s.kind === 'limits');
  const hasKey = !!shares && shares.numerators.length > 0;
  // Only floors and caps need the solver (and its per-unit view); without them λ is the rest.
  const solve = (bounds: Step<'limits'>): Rational | Fail => {
    const limited = preTotals.map((pre, i): LimitedUnit => ({
      pre,
      // Unnormalized (numerator over the key's common denominator): solveLimits works on integers anyway.
      share: shares ? { num: defined(shares.numerators[i], 'key share'), den: shares.denominator } : ZERO,
      floor: bounds.floor,
      cap: bounds.cap,
    }));
    return solveLimits(limited, freeTarget) ?? fail(infeasible(pot, limited, freeTarget));
  };
  const lambda = hasKey ? (limits ? solve(limits) : rest) : ZERO;
  if ('ok' in lambda) return lambda;
  // The solved pot keeps columns, not the per-unit LimitedUnit objects: a pot's result (and its lazy trace) is
  // remembered across what-if steps, and what it holds is copied by every scavenge while it is young.
  const solved: Solved = {
    setAsides,
    distributed,
    fixed,
    free,
    pre,
    preTotals,
    shareNums: shares?.numerators,
    shareDen: shares?.denominator ?? 1n,
    floor: limits?.floor,
    cap: limits?.cap,
    lambda,
    hasKey: !!keyStep,
  };
  return { ok: true, solved };
}

function computeSetAsides(pot: Pot, ctx: PotContext): SetAside[] {
  const out: SetAside[] = [];
  for (const step of pot.steps) {
    if (step.kind === 'set-aside') out.push({ name: step.name, amount: kronor(step.amount) });
    if (step.kind === 'set-aside-percent') {
      // A percentage set-aside is itself rounded: split the frame [p, 100 − p] by largest remainder.
      const r = allocateLargestRemainder(ctx.frame, [step.percent, sub(fromBigInt(100n), step.percent)], {
        unit: ctx.unit,
      });
      out.push({ name: step.name, amount: kronor(r.ok ? defined(r.amounts[0], 'set-aside') : ZERO) });
    }
  }
  return out;
}

/** No steps before the key: one shared empty list, so a pot of only a key allocates nothing per unit here. */
const NO_PARTS: readonly Part[] = [];

/** Per free unit, the tier and base parts that come before the key (in step order). */
function preParts(
  pot: Pot,
  free: readonly AllocationUnit[],
  indicators: IndicatorValues,
  problems: EngineProblem[],
): (readonly Part[])[] {
  // One column of parts per step; the Part objects themselves are shared by the units they apply to.
  const columns: (readonly Part[])[] = [];
  for (const step of pot.steps) {
    if (step.kind === 'tiers') {
      const column = tierColumn(step, free, indicators, pot, problems);
      if (column) columns.push(column);
    }
    if (step.kind === 'base') {
      const part: Part = { step: 'base', amount: kronor(step.amount), label: step.label };
      columns.push(free.map(() => part));
    }
  }
  const only = columns.length === 1 ? columns[0] : undefined;
  if (columns.length === 0) return free.map(() => NO_PARTS);
  if (only) {
    // One step before the key (the usual case): units with the same part share one immutable list.
    const lists = new Map<Part, readonly Part[]>();
    return only.map((part) => {
      let list = lists.get(part);
      if (!list) lists.set(part, (list = [part]));
      return list;
    });
  }
  // Each unit's list made at its final length, not grown by push (an empty array reserves room for 17).
  return free.map((_, i) => {
    const parts = new Array<Part>(columns.length);
    for (let c = 0; c < columns.length; c++) parts[c] = defined(columns[c]?.[i], 'part of a unit');
    return parts;
  });
}

function partsTotal(parts: readonly Part[]): Rational {
  // A unit's first part is its own total so far (Rationals are immutable): one add fewer per unit.
  let total: Rational | undefined;
  for (const p of parts) total = total ? add(total, p.amount) : p.amount;
  return total ?? ZERO;
}

function fixedAmounts(pot: Pot, ctx: PotContext, problems: EngineProblem[]): Map<string, Rational> {
  const fixed = new Map<string, Rational>();
  if (!pot.steps.some((s) => s.kind === 'fixed')) return fixed;
  const known = new Set(ctx.units.map((u) => u.id));
  for (const step of pot.steps) {
    if (step.kind !== 'fixed') continue;
    for (const [id, amount] of Object.entries(step.amounts)) {
      if (!known.has(id)) {
        problems.push(potProblem('unknown-unit', pot, PLAN_MESSAGES.fixedForUnknownUnit({ unit: id }), id));
      } else fixed.set(id, amount);
    }
  }
  return fixed;
}

/** Per free unit, its tier's part (one Part per tier, shared by the units in it); undefined on a problem. */
function tierColumn(
  step: Step<'tiers'>,
  free: readonly AllocationUnit[],
  indicators: IndicatorValues,
  pot: PotRef,
  problems: EngineProblem[],
): Part[] | undefined {
  const values = indicatorColumn(step.indicator, free, indicators, pot, problems);
  if (!values) return undefined;
  const below: Part = { step: 'tier', amount: kronor(ZERO), label: step.label };
  const parts = step.tiers.map((tier): Part => ({
    step: 'tier',
    amount: kronor(tier.amount),
    label: step.label,
  }));
  return values.map((v) => {
    let part = below;
    for (let t = 0; t < step.tiers.length; t++) {
      if (compare(v, defined(step.tiers[t], 'tier').from) >= 0) part = defined(parts[t], 'tier part');
    }
    return part;
  });
}

function infeasible(pot: PotRef, units: readonly LimitedUnit[], target: Rational): EngineProblem {
  const floors = sum(units.map((u) => u.floor ?? u.pre));
  if (compare(sum(units.map((u) => clampedAt(u, ZERO))), target) > 0) {
    return potProblem('floors-exceed-frame', pot, PLAN_MESSAGES.floorsExceedFrame({ floors, target }));
  }
  return potProblem('caps-below-frame', pot, PLAN_MESSAGES.capsBelowFrame({ target }));
}

/** A checked pot: what {@link computePot} needs to round it. */
export interface Solved {
  setAsides: SetAside[];
  distributed: Rational;
  fixed: Map<string, Rational>;
  free: readonly AllocationUnit[];
  pre: (readonly Part[])[];
  /** Per free unit, the sum of its parts before the key. */
  preTotals: readonly Rational[];
  /** Per free unit, its key share's numerator over {@link shareDen}; undefined when the pot has no key. */
  shareNums: readonly bigint[] | undefined;
  shareDen: bigint;
  floor: Rational | undefined;
  cap: Rational | undefined;
  lambda: Rational;
  hasKey: boolean;
}

/** Every unit's exact amount as an integer over one common denominator, and the bound that held it, if any. */
interface ExactInts {
  readonly nums: bigint[];
  readonly den: bigint;
  readonly clamps: ('floor' | 'cap' | undefined)[];
  /** Per unit, its index among the free units; −1 when its amount is fixed. */
  readonly freeAt: Int32Array;
}

/**
 * exactₖ = clamp(preᵢ + shareᵢ·λ, floor, cap), or the fixed amount, each as numₖ / Q with Q = P·D·b: P the common
 * denominator of the amounts (1 for whole kronor), D the key's, b λ's. Integer multiply-add per unit, no gcd.
 */
function exactInts(ctx: PotContext, s: Solved): ExactInts {
  const n = ctx.units.length;
  const freeAt = new Int32Array(n).fill(-1);
  if (s.free === ctx.units) for (let k = 0; k < n; k++) freeAt[k] = k;
  else {
    const freeIndex = new Map(s.free.map((u, i) => [u.id, i]));
    ctx.units.forEach((u, k) => (freeAt[k] = freeIndex.get(u.id) ?? -1));
  }
  let P = 1n;
  const include = (r: Rational | undefined) => {
    if (r && r.den !== 1n && P % r.den !== 0n) P = lcm(P, r.den);
  };
  for (const pre of s.preTotals) include(pre);
  if (s.preTotals.length > 0) {
    include(s.floor);
    include(s.cap);
  }
  for (const amount of s.fixed.values()) include(amount);
  // keyShares gives every share over the same denominator (1 when the pot has no key or no free unit).
  const D = s.shareNums && s.preTotals.length > 0 ? s.shareDen : 1n;
  const Q = P * D * s.lambda.den;
  const keyFactor = s.lambda.num * P;
  const scaled = (r: Rational) => (r.num === 0n ? 0n : r.num * (r.den === 1n ? Q : Q / r.den));
  // Floors and caps are one Rational shared by every unit of the pot: scale each once.
  const floor = s.floor ? scaled(s.floor) : undefined;
  const cap = s.cap ? scaled(s.cap) : undefined;
  const nums = new Array<bigint>(n);
  const clamps = new Array<'floor' | 'cap' | undefined>(n);
  ctx.units.forEach((unit, k) => {
    const i = freeAt[k] ?? -1;
    if (i < 0) {
      nums[k] = scaled(defined(s.fixed.get(unit.id), 'fixed amount'));
      return;
    }
    const shareNum = shareNumAt(s, i);
    const pre = defined(s.preTotals[i], 'free unit');
    const keyPart = shareNum === 0n ? 0n : shareNum * keyFactor;
    const unclamped = pre.num === 0n ? keyPart : scaled(pre) + keyPart;
    if (floor !== undefined && unclamped < floor) {
      nums[k] = floor;
      clamps[k] = 'floor';
    } else if (cap !== undefined && unclamped > cap) {
      nums[k] = cap;
      clamps[k] = 'cap';
    } else nums[k] = unclamped;
  });
  return { nums, den: Q, clamps, freeAt };
}

/**
 * The checked pot's exact amounts, rounded once, with its audit trail and notes; cannot fail.
 * @example computePot(pot keyed by population 1:1:8, { …, frame: 1 000 kr }, solved).amounts //=> [100, 100, 800] kr
 */
export function computePot(pot: Pot, ctx: PotContext, s: Solved): PotAllocation {
  const x = exactInts(ctx, s);
  const shareOf = (k: number): Rational => {
    const share = freeShare(s, x, k);
    return share ? rational(share.num, share.den) : ZERO;
  };
  const rounded = roundExact(s.distributed, x, s, ctx);
  const buildTrace = (): UnitTrace[] =>
    ctx.units.map((unit, k) => {
      const share = shareOf(k);
      const exact = rational(defined(x.nums[k], 'exact amount'), x.den);
      const t = rounded.traceAt(k, exact);
      return {
        share: asShare(share),
        exact: kronor(exact),
        floor: kronor(t.floor),
        remainder: kronor(t.remainder),
        rank: t.rank,
        roundedUp: t.roundedUp,
        parts: partsOf(k, share, s, ctx, x),
        clamp: x.clamps[k],
      };
    });
  const allocation = {
    potId: pot.id,
    potName: pot.name,
    frame: kronor(ctx.frame),
    setAsides: s.setAsides,
    distributed: kronor(s.distributed),
    amounts: kronorEach(rounded.amounts),
  };
  // The trace (exact rationals for every unit and step) is built when first read, then kept.
  return Object.assign(withLazyTrace(allocation, buildTrace), {
    notes: potNotes(s.distributed, x, ctx, rounded.roundEachUnits),
  });
}

/** The steps that made unit k's exact amount, in kronor: fixed, tiers, base, key, then floor or cap. */
function partsOf(k: number, share: Rational, s: Solved, ctx: PotContext, x: ExactInts): Part[] {
  const i = x.freeAt[k] ?? -1;
  if (i < 0) {
    const id = defined(ctx.units[k], 'unit').id;
    return [{ step: 'fixed', amount: kronor(defined(s.fixed.get(id), 'fixed amount')) }];
  }
  const pre = defined(s.preTotals[i], 'free unit');
  const keyPart = mul(share, s.lambda);
  const out = [...defined(s.pre[i], 'parts of a unit')];
  if (s.hasKey) out.push({ step: 'key', amount: kronor(keyPart) });
  const unclamped = add(pre, keyPart);
  if (s.floor && compare(unclamped, s.floor) < 0)
    out.push({ step: 'floor', amount: kronor(sub(s.floor, unclamped)) });
  if (s.cap && compare(unclamped, s.cap) > 0)
    out.push({ step: 'cap', amount: kronor(sub(s.cap, unclamped)) });
  return out;
}

/** How unit k's exact amount was rounded (amounts in kronor, branded when the trace is built). */
type TraceAt = (
  k: number,
  exact: Rational,
) => { floor: Rational; remainder: Rational; rank?: number | undefined; roundedUp: boolean };

/** Rounds the exact amounts once (Σ exact = distributed, so each unit's quota is its exact amount). */
function roundExact(
  distributed: Rational,
  x: ExactInts,
  s: Solved,
  ctx: PotContext,
): { amounts: readonly Rational[]; traceAt: TraceAt; roundEachUnits?: bigint } {
  if (sign(distributed) === 0) {
    return {
      amounts: x.nums.map(() => ZERO),
      traceAt: () => ({ floor: ZERO, remainder: ZERO, rank: undefined, roundedUp: false }),
    };
  }
  const tieKeys = tieKeysOf(ctx.units);
  if (ctx.method === 'largest-remainder') {
    // In rounding units unit k's quota is numₖ·unit.den / (Q·unit.num), and Σ of them is exactly the units.
    const units = (distributed.num * ctx.unit.den) / (distributed.den * ctx.unit.num);
    const nums = ctx.unit.den === 1n ? x.nums : x.nums.map((v) => v * ctx.unit.den);
    // Ties go to the larger key share: every share is a numerator over the key's one denominator (0 for a fixed
    // unit or a pot without key), so the numerators order them, with no Rational per unit.
    const tieWeights = ctx.units.map((_, k) => {
      const i = x.freeAt[k] ?? -1;
      return i < 0 ? 0n : shareNumAt(s, i);
    });
    const { floors, remainders, rounded, ranks } = largestRemainderOverDenominator(
      nums,
      x.den * ctx.unit.num,
      units,
      { tieKeys },
      tieWeights,
    );
    const whole = ctx.unit.num === 1n && ctx.unit.den === 1n;
    return {
      amounts: rounded.map((u) => (whole ? wholeAmount(u) : mul(fromBigInt(u), ctx.unit))),
      traceAt: (k, exact) => {
        const floorUnits = defined(floors[k], 'floor');
        const floor = mul(fromBigInt(floorUnits), ctx.unit);
        const roundedUp = defined(rounded[k], 'rounded') > floorUnits;
        return { floor, remainder: sub(exact, floor), rank: ranks[k], roundedUp };
      },
      // ROUND of each quota, half up (all are ≥ 0): the floor, plus one where the remainder is at least half.
      roundEachUnits: roundEachUnits(floors, remainders, x.den * ctx.unit.num),
    };
  }
  const exact = x.nums.map((v) => rational(v, x.den));
  const shares = ctx.units.map((_, k) => {
    const share = freeShare(s, x, k);
    return share ? rational(share.num, share.den) : ZERO;
  });
  const options = { unit: ctx.unit, tieKeys, tieWeights: shares };
  const allocate = ctx.method === 'round-each' ? allocateRoundEach : allocateCumulative;
  const r = allocate(distributed, exact, options);
  // Σ exact = distributed > 0 and all exact ≥ 0 here, so rounding cannot report a problem.
  if (!r.ok) throw new InvariantError(`rounding failed (${r.problems.map((p) => p.code).join(', ')})`);
  return { amounts: r.amounts, traceAt: (k) => defined(r.trace[k], 'rounding trace') };
}

function potNotes(
  distributed: Rational,
  x: ExactInts,
  ctx: PotContext,
  roundedEach: bigint | undefined,
): LocalizedText[] {
  const notes: LocalizedText[] = [];
  if (ctx.method === 'largest-remainder') notes.push(LARGEST_REMAINDER_TIE_RULE);
  if (sign(distributed) > 0) {
    const driftAmount =
      roundedEach === undefined
        ? roundEachDrift(distributed, x, ctx.unit)
        : sub(mul(fromBigInt(roundedEach), ctx.unit), distributed);
    notes.push(
      ctx.method === 'round-each'
        ? PLAN_MESSAGES.roundEachDrift({ drift: driftAmount })
        : sign(driftAmount) === 0
          ? PLAN_MESSAGES.roundEachWouldAddUp()
          : PLAN_MESSAGES.roundEachWouldMiss({ drift: driftAmount }),
    );
  }
  const floors = x.clamps.filter((c) => c === 'floor').length;
  const caps = x.clamps.filter((c) => c === 'cap').length;
  if (floors > 0) notes.push(PLAN_MESSAGES.liftedToFloor({ count: floors }));
  if (caps > 0) notes.push(PLAN_MESSAGES.heldAtCap({ count: caps }));
  return notes;
}

const tieKeyMemo = new WeakMap<readonly AllocationUnit[], readonly string[]>();

/** Per unit, the code that breaks ties (the id when there is none): the same for every pot, so made once. */
function tieKeysOf(units: readonly AllocationUnit[]): readonly string[] {
  let keys = tieKeyMemo.get(units);
  if (!keys) tieKeyMemo.set(units, (keys = units.map((u) => u.code ?? u.id)));
  return keys;
}

/** Unit k's key share (unnormalized; ZERO when the pot has no key), or undefined when its amount is fixed. */
function freeShare(s: Solved, x: ExactInts, k: number): Rational | undefined {
  const i = x.freeAt[k] ?? -1;
  if (i < 0) return undefined;
  return s.shareNums ? { num: shareNumAt(s, i), den: s.shareDen } : ZERO;
}

/** Free unit i's key share numerator (0 when the pot has no key). */
function shareNumAt(s: Solved, i: number): bigint {
  return s.shareNums ? defined(s.shareNums[i], 'key share') : 0n;
}

type Fail = { ok: false; problems: EngineProblem[] };

function fail(problem: EngineProblem): Fail {
  return { ok: false, problems: [problem] };
}

/** Σ ROUND(exactᵢ) − distributed, half away from zero to the unit, in integers (no normalizing per unit). */
function roundEachDrift(distributed: Rational, x: ExactInts, unit: Rational): Rational {
  let units = 0n;
  const q = x.den * unit.num;
  for (const num of x.nums) {
    const p = num * unit.den;
    const r = (2n * (p < 0n ? -p : p) + q) / (2n * q);
    units += p < 0n ? -r : r;
  }
  return sub(mul(fromBigInt(units), unit), distributed);
}

function roundEachUnits(floors: readonly bigint[], remainders: readonly bigint[], den: bigint): bigint {
  // 2·r ≥ den ⇔ r ≥ ⌈den/2⌉: one comparison per unit, no BigInt made per unit.
  const half = (den + 1n) / 2n;
  let ups = 0;
  for (const r of remainders) if (r >= half) ups++;
  return sumIntegers(floors) + BigInt(ups);
}
