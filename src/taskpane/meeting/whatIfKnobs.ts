import { add, compare, max, rational, roundTo, sign, sub, sum, ZERO } from '../../domain/money/arithmetic';
import { fromNumber } from '../../domain/money/fromNumber';
import { parseDecimal } from '../../domain/money/parseDecimal';
import { type Rational } from '../../domain/money/Rational';
import { toNumber } from '../../domain/money/toNumber';
import { type PlanJson } from '../../domain/plan/planSchema';
import { KnobValueError, NoSuchPotError, UnreadablePlanAmountError } from '../commands/commandErrors';
import { amountJson, type StepJson } from '../commands/planPaths';
import { DEFAULT_SET_ASIDE_NAME } from '../commands/stepCommands';

/** The four questions a meeting asks of a pot. */
export type KnobId = 'setAside' | 'floor' | 'base' | 'blendWeight';

/** A pot's knob values, exact: kronor, and the blend weight in % of the first part (only for a 2-part blend). */
export interface KnobAmounts {
  readonly setAside: Rational;
  readonly floor: Rational;
  readonly base: Rational;
  readonly blendWeight?: Rational;
}

/** The same knobs as slider positions (doubles for the slider only; edits go through {@link setKnob}). */
export interface WhatIfKnobs {
  readonly setAside: number;
  readonly floor: number;
  readonly base: number;
  readonly blendWeight?: number;
}

/** The name a what-if set-aside gets when the pot had none. */
export const WHAT_IF_SET_ASIDE_NAME = DEFAULT_SET_ASIDE_NAME;

const KRONA = rational(1n);
const HUNDREDTH = rational(1n, 100n);
const HUNDRED = rational(100n);

/**
 * Reads the knobs of pot `potIndex` exactly: Σ set-asides, the floor, the grundbelopp, the blend weight.
 * @example readKnobAmounts(ambulansPlan(), 0).base //=> { num: 500000n, den: 1n }
 */
export function readKnobAmounts(plan: PlanJson, potIndex = 0): KnobAmounts {
  const steps = plan.pots[potIndex]?.steps ?? [];
  const limits = steps.find((s) => s.kind === 'limits');
  const base = steps.find((s) => s.kind === 'base');
  const key = steps.find((s) => s.kind === 'key');
  const blend = key?.kind === 'key' && key.key.type === 'blend' ? key.key.parts : [];
  const first = blend.length === 2 ? blend[0] : undefined;
  return {
    setAside: setAsideSum(steps),
    floor: limits?.kind === 'limits' && limits.floor !== undefined ? amount(limits.floor) : ZERO,
    base: base?.kind === 'base' ? amount(base.amount) : ZERO,
    ...(first ? { blendWeight: amount(first.weight) } : {}),
  };
}

/**
 * The knobs of pot `potIndex` as slider positions.
 * @example readKnobs(tiersAndPopulationPlan(), 0) //=> { setAside: 3100000, floor: 0, base: 0 }
 */
export function readKnobs(plan: PlanJson, potIndex = 0): WhatIfKnobs {
  const k = readKnobAmounts(plan, potIndex);
  return {
    setAside: toNumber(k.setAside),
    floor: toNumber(k.floor),
    base: toNumber(k.base),
    ...(k.blendWeight ? { blendWeight: toNumber(k.blendWeight) } : {}),
  };
}

/**
 * The pot's frame when it is an amount (undefined when it comes from a cell).
 * @example potFrame(ambulansPlan()) //=> { num: 85000000n, den: 1n }
 */
export function potFrame(plan: PlanJson, potIndex = 0): Rational | undefined {
  const frame = plan.pots[potIndex]?.frame.amount;
  return frame === undefined ? undefined : amount(frame);
}

/**
 * A new plan with one knob of pot `potIndex` set (the input is not changed). Kronor are rounded to whole kronor
 * and the blend weight to hundredths, exactly. 0 removes a floor or grundbelopp; a set-aside is adjusted from the
 * last fixed set-aside backwards (never below 0), or added as "Länsgemensamt" first in the pot.
 * @example setKnob(plan, 0, 'floor', rational(300000n)).pots[0].steps.at(-1) //=> { kind: 'limits', floor: '300000' }
 */
export function setKnob(plan: PlanJson, potIndex: number, knob: KnobId, value: Rational): PlanJson {
  const pot = plan.pots[potIndex];
  if (!pot) throw new NoSuchPotError(potIndex);
  if (sign(value) < 0) throw new KnobValueError('a knob value must be 0 or more', amountJson(value));
  const rounded = roundTo(value, knob === 'blendWeight' ? HUNDREDTH : KRONA);
  const steps = STEP_EDITS[knob](pot.steps, rounded);
  return { ...plan, pots: plan.pots.map((p, i) => (i === potIndex ? { ...p, steps } : p)) };
}

/** A slider or spin-button position as the exact value it stands for (finite doubles only). */
export function knobValue(position: number): Rational {
  return fromNumber(position);
}

type StepsEdit = (steps: readonly StepJson[], value: Rational) => StepJson[];

const STEP_EDITS: Readonly<Record<KnobId, StepsEdit>> = {
  setAside: (steps, value) => {
    const indexes = steps.flatMap((s, i) => (s.kind === 'set-aside' ? [i] : []));
    if (indexes.length === 0) {
      if (sign(value) === 0) return [...steps];
      return [{ kind: 'set-aside', name: WHAT_IF_SET_ASIDE_NAME, amount: amountJson(value) }, ...steps];
    }
    let change = sub(value, setAsideSum(steps));
    const next = [...steps];
    for (const i of [...indexes].reverse()) {
      const s = next[i];
      if (s?.kind !== 'set-aside') continue;
      const now = amount(s.amount);
      const updated = max(ZERO, add(now, change));
      change = sub(change, sub(updated, now));
      next[i] = { ...s, amount: amountJson(updated) };
      if (sign(change) >= 0) break;
    }
    return next;
  },
  floor: (steps, value) => {
    const i = steps.findIndex((s) => s.kind === 'limits');
    const old = steps[i];
    const cap = old?.kind === 'limits' ? old.cap : undefined;
    const updated: StepJson = {
      kind: 'limits',
      ...(cap === undefined ? {} : { cap }),
      ...(sign(value) > 0 ? { floor: amountJson(value) } : {}),
    };
    const keep = updated.floor !== undefined || updated.cap !== undefined;
    if (i < 0) return keep ? [...steps, updated] : [...steps];
    return keep ? steps.map((s, j) => (j === i ? updated : s)) : steps.filter((_, j) => j !== i);
  },
  base: (steps, value) => {
    const i = steps.findIndex((s) => s.kind === 'base');
    const text = amountJson(value);
    if (i >= 0) {
      if (sign(value) === 0) return steps.filter((_, j) => j !== i);
      return steps.map((s, j) => (j === i && s.kind === 'base' ? { ...s, amount: text } : s));
    }
    if (sign(value) === 0) return [...steps];
    // The grundbelopp comes before the key (and after set-asides, fixed amounts and tiers).
    const keyAt = steps.findIndex((s) => s.kind === 'key' || s.kind === 'limits');
    const at = keyAt < 0 ? steps.length : keyAt;
    return [...steps.slice(0, at), { kind: 'base', amount: text }, ...steps.slice(at)];
  },
  blendWeight: (steps, value) => {
    if (compare(value, HUNDRED) > 0)
      throw new KnobValueError('a blend weight is at most 100 %', amountJson(value));
    return steps.map((s) => {
      if (s.kind !== 'key' || s.key.type !== 'blend') return s;
      const [a, b, ...more] = s.key.parts;
      if (!a || !b || more.length > 0) return s;
      const parts = [
        { ...a, weight: amountJson(value) },
        { ...b, weight: amountJson(sub(HUNDRED, value)) },
      ];
      return { ...s, key: { ...s.key, parts } };
    });
  },
};

function setAsideSum(steps: readonly StepJson[]): Rational {
  return sum(steps.flatMap((s) => (s.kind === 'set-aside' ? [amount(s.amount)] : [])));
}

function amount(v: number | string): Rational {
  if (typeof v === 'number') return fromNumber(v);
  const r = parseDecimal(v);
  if (!r) throw new UnreadablePlanAmountError(v);
  return r;
}
