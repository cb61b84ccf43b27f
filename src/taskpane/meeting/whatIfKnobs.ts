import { parseDecimal } from '../../domain/money/parseDecimal';
import { toNumber } from '../../domain/money/toNumber';
import { type PlanJson } from '../../domain/plan/planSchema';

/** The four questions a meeting asks of a pot. */
export type KnobId = 'setAside' | 'floor' | 'base' | 'blendWeight';

/** A pot's knob values in kronor (blendWeight in % of the first blend part; undefined when the key is no 2-part blend). */
export interface WhatIfKnobs {
  readonly setAside: number;
  readonly floor: number;
  readonly base: number;
  readonly blendWeight?: number;
}

type PotJson = PlanJson['pots'][number];
type StepJson = PotJson['steps'][number];

/** The name a what-if set-aside gets when the pot had none. */
export const WHAT_IF_SET_ASIDE_NAME = 'Länsgemensamt';

/**
 * Reads the knobs of pot `potIndex`: Σ set-asides in kronor, the floor, the grundbelopp, the blend weight.
 * @example readKnobs(tiersAndPopulationPlan(), 0) //=> { setAside: 3100000, floor: 0, base: 0 }
 */
export function readKnobs(plan: PlanJson, potIndex = 0): WhatIfKnobs {
  const steps = plan.pots[potIndex]?.steps ?? [];
  const setAside = setAsideSum(steps);
  const limits = steps.find((s) => s.kind === 'limits');
  const base = steps.find((s) => s.kind === 'base');
  const key = steps.find((s) => s.kind === 'key');
  const blend =
    key?.kind === 'key' && key.key.type === 'blend' && key.key.parts.length === 2 ? key.key : undefined;
  return {
    setAside,
    floor: limits?.kind === 'limits' && limits.floor !== undefined ? amount(limits.floor) : 0,
    base: base?.kind === 'base' ? amount(base.amount) : 0,
    ...(blend ? { blendWeight: amount(blend.parts[0].weight) } : {}),
  };
}

/** The pot's frame in kronor when it is an amount (undefined when it comes from a cell). */
export function potFrame(plan: PlanJson, potIndex = 0): number | undefined {
  const frame = plan.pots[potIndex]?.frame.amount;
  return frame === undefined ? undefined : amount(frame);
}

/**
 * A new plan with one knob of pot `potIndex` set (the input is not changed). Amounts are written as whole-krona
 * strings, so the plan stays exact. 0 removes a floor or grundbelopp; a set-aside is adjusted from the last
 * fixed set-aside backwards (never below 0), or added as "Länsgemensamt" first in the pot.
 * @example setKnob(plan, 0, 'floor', 300000).pots[0].steps.at(-1) //=> { kind: 'limits', floor: '300000' }
 */
export function setKnob(plan: PlanJson, potIndex: number, knob: KnobId, value: number): PlanJson {
  const pot = plan.pots[potIndex];
  if (!pot) throw new RangeError(`no pot ${potIndex} in the plan`);
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`a knob value must be 0 or more: ${value}`);
  const steps = STEP_EDITS[knob](pot.steps, knob === 'blendWeight' ? value : Math.round(value));
  return { ...plan, pots: plan.pots.map((p, i) => (i === potIndex ? { ...p, steps } : p)) };
}

const STEP_EDITS: Record<KnobId, (steps: readonly StepJson[], value: number) => StepJson[]> = {
  setAside: (steps, value) => {
    const current = setAsideSum(steps);
    const indexes = steps.flatMap((s, i) => (s.kind === 'set-aside' ? [i] : []));
    if (indexes.length === 0) {
      if (value === 0) return [...steps];
      return [{ kind: 'set-aside', name: WHAT_IF_SET_ASIDE_NAME, amount: String(value) }, ...steps];
    }
    let change = value - current;
    const next = [...steps];
    for (const i of [...indexes].reverse()) {
      const s = next[i] as Extract<StepJson, { kind: 'set-aside' }>;
      const now = amount(s.amount);
      const updated = Math.max(0, now + change);
      change -= updated - now;
      next[i] = { ...s, amount: String(updated) };
      if (change >= 0) break;
    }
    return next;
  },
  floor: (steps, value) => {
    const i = steps.findIndex((s) => s.kind === 'limits');
    const limits = i >= 0 ? (steps[i] as Extract<StepJson, { kind: 'limits' }>) : undefined;
    const { floor: _old, ...rest } = limits ?? { kind: 'limits' as const };
    const updated: StepJson =
      value > 0 ? { ...rest, kind: 'limits', floor: String(value) } : { ...rest, kind: 'limits' };
    const keep = updated.floor !== undefined || updated.cap !== undefined;
    if (i < 0) return keep ? [...steps, updated] : [...steps];
    return keep ? steps.map((s, j) => (j === i ? updated : s)) : steps.filter((_, j) => j !== i);
  },
  base: (steps, value) => {
    const i = steps.findIndex((s) => s.kind === 'base');
    if (i >= 0) {
      if (value === 0) return steps.filter((_, j) => j !== i);
      return steps.map((s, j) =>
        j === i ? { ...(s as Extract<StepJson, { kind: 'base' }>), amount: String(value) } : s,
      );
    }
    if (value === 0) return [...steps];
    // The grundbelopp comes before the key (and after set-asides, fixed amounts and tiers).
    const keyAt = steps.findIndex((s) => s.kind === 'key' || s.kind === 'limits');
    const at = keyAt < 0 ? steps.length : keyAt;
    return [...steps.slice(0, at), { kind: 'base', amount: String(value) }, ...steps.slice(at)];
  },
  blendWeight: (steps, value) => {
    if (value > 100) throw new RangeError(`a blend weight is at most 100 %: ${value}`);
    const w = Math.round(value * 100) / 100;
    return steps.map((s) => {
      if (s.kind !== 'key' || s.key.type !== 'blend' || s.key.parts.length !== 2) return s;
      const [a, b] = s.key.parts;
      return {
        ...s,
        key: {
          ...s.key,
          parts: [
            { ...a, weight: String(w) },
            { ...b, weight: String(Math.round((100 - w) * 100) / 100) },
          ],
        },
      };
    });
  },
};

function setAsideSum(steps: readonly StepJson[]): number {
  return steps.reduce((acc, s) => acc + (s.kind === 'set-aside' ? amount(s.amount) : 0), 0);
}

function amount(v: number | string): number {
  if (typeof v === 'number') return v;
  const r = parseDecimal(v);
  if (!r) throw new RangeError(`not a decimal amount in the plan: ${JSON.stringify(v)}`);
  return toNumber(r);
}
