import { type Rational } from '../../domain/money/Rational';
import { type PlanJson } from '../../domain/plan/planSchema';
import { planCommand } from './PlanCommand';
import {
  amountJson,
  removeAt,
  replaceAt,
  type StepAt,
  type StepJson,
  type StepOf,
  updatePot,
  updateStepOf,
} from './planPaths';

/** The kinds of step the editor offers, in the order a pot applies them. */
export const STEP_KINDS = [
  'set-aside',
  'set-aside-percent',
  'fixed',
  'tiers',
  'base',
  'key',
  'limits',
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** The name a new set-aside gets (the user renames it). */
export const DEFAULT_SET_ASIDE_NAME = 'Länsgemensamt';

// Set-asides of either kind come first; percent and amount set-asides share a place.
const order = (k: StepKind) => STEP_KINDS.indexOf(k === 'set-aside-percent' ? 'set-aside' : k);

/**
 * A step of `kind` with the defaults the user then edits: 0 kronor, the plan's first indicator.
 * @example defaultStep('limits', plan) //=> { kind: 'limits', floor: '0' }
 */
export function defaultStep(kind: StepKind, plan: PlanJson): StepJson {
  const indicator = plan.indicators?.[0]?.id;
  switch (kind) {
    case 'set-aside':
      return { kind, name: DEFAULT_SET_ASIDE_NAME, amount: '0' };
    case 'set-aside-percent':
      return { kind, name: DEFAULT_SET_ASIDE_NAME, percent: '0' };
    case 'fixed':
      return { kind, amounts: {} };
    case 'tiers':
      return { kind, indicator: indicator ?? 'population', tiers: [{ from: '0', amount: '0' }] };
    case 'base':
      return { kind, amount: '0' };
    case 'key':
      return { kind, key: indicator ? { type: 'indicator', indicator } : { type: 'equal' } };
    case 'limits':
      return { kind, floor: '0' };
  }
}

/** Adds a step of `kind` to pot `pot` where it belongs: set-asides → fixed/tiers → base → key → limits. */
export const addStep = planCommand('addStep', (plan, a: { pot: number; kind: StepKind }) =>
  updatePot(plan, a.pot, (pot) => {
    const step = defaultStep(a.kind, plan);
    const at = pot.steps.findIndex((x) => order(x.kind) > order(a.kind));
    const steps = at < 0 ? [...pot.steps, step] : [...pot.steps.slice(0, at), step, ...pot.steps.slice(at)];
    return { ...pot, steps };
  }),
);

/** Removes the step at `at`. */
export const removeStep = planCommand('removeStep', (plan, a: StepAt) =>
  updatePot(plan, a.pot, (pot) => ({ ...pot, steps: removeAt(pot.steps, a.step) })),
);

/** Renames a set-aside (of an amount or a percentage). */
export const setSetAsideName = planCommand('setSetAsideName', (plan, a: StepAt & { name: string }) => {
  const named = updateStepOf(plan, a, 'set-aside', (s) => ({ ...s, name: a.name }));
  return updateStepOf(named, a, 'set-aside-percent', (s) => ({ ...s, name: a.name }));
});

/** The amount of a set-aside or a grundbelopp, in kronor. */
export const setStepAmount = planCommand('setStepAmount', (plan, a: StepAt & { amount: Rational }) => {
  const amount = amountJson(a.amount);
  const setAside = updateStepOf(plan, a, 'set-aside', (s) => ({ ...s, amount }));
  return updateStepOf(setAside, a, 'base', (s) => ({ ...s, amount }));
});

/** The percentage of a set-aside-percent step. */
export const setSetAsidePercent = planCommand(
  'setSetAsidePercent',
  (plan, a: StepAt & { percent: Rational }) =>
    updateStepOf(plan, a, 'set-aside-percent', (s) => ({ ...s, percent: amountJson(a.percent) })),
);

/** A floor or cap per unit; undefined removes it. */
export const setLimit = planCommand(
  'setLimit',
  (plan, a: StepAt & { limit: 'floor' | 'cap'; amount: Rational | undefined }) =>
    updateStepOf(plan, a, 'limits', (s) => withLimit(s, a.limit, a.amount)),
);

function withLimit(step: StepOf<'limits'>, limit: 'floor' | 'cap', amount: Rational | undefined) {
  const floor = limit === 'floor' ? amount && amountJson(amount) : step.floor;
  const cap = limit === 'cap' ? amount && amountJson(amount) : step.cap;
  return {
    kind: step.kind,
    ...(floor === undefined ? {} : { floor }),
    ...(cap === undefined ? {} : { cap }),
  };
}

/** The indicator a tier table reads. */
export const setTierIndicator = planCommand('setTierIndicator', (plan, a: StepAt & { indicator: string }) =>
  updateStepOf(plan, a, 'tiers', (s) => ({ ...s, indicator: a.indicator })),
);

/** One field of tier row `row`: where it starts (`from`, a count) or its amount in kronor. */
export const setTier = planCommand(
  'setTier',
  (plan, a: StepAt & { row: number; field: 'from' | 'amount'; value: Rational }) =>
    updateStepOf(plan, a, 'tiers', (s) => ({
      ...s,
      tiers: replaceAt(s.tiers, a.row, (tier) => ({ ...tier, [a.field]: amountJson(a.value) })),
    })),
);

/** A new tier row (from 0, 0 kr) last. */
export const addTier = planCommand('addTier', (plan, a: StepAt) =>
  updateStepOf(plan, a, 'tiers', (s) => ({ ...s, tiers: [...s.tiers, { from: '0', amount: '0' }] })),
);

/** Removes tier row `row` (a tier table keeps one row). */
export const removeTier = planCommand('removeTier', (plan, a: StepAt & { row: number }) =>
  updateStepOf(plan, a, 'tiers', (s) =>
    s.tiers.length <= 1 ? s : { ...s, tiers: removeAt(s.tiers, a.row) },
  ),
);

/** A fixed amount for one unit (added when the unit had none). */
export const setFixedAmount = planCommand(
  'setFixedAmount',
  (plan, a: StepAt & { unit: string; amount: Rational }) =>
    updateStepOf(plan, a, 'fixed', (s) => ({
      ...s,
      amounts: { ...s.amounts, [a.unit]: amountJson(a.amount) },
    })),
);

/** Removes a unit's fixed amount. */
export const removeFixedAmount = planCommand('removeFixedAmount', (plan, a: StepAt & { unit: string }) =>
  updateStepOf(plan, a, 'fixed', (s) => ({
    ...s,
    amounts: Object.fromEntries(Object.entries(s.amounts).filter(([k]) => k !== a.unit)),
  })),
);

/** Every command on a pot's steps. */
export const stepCommands = {
  addStep,
  removeStep,
  setSetAsideName,
  setStepAmount,
  setSetAsidePercent,
  setLimit,
  setTierIndicator,
  setTier,
  addTier,
  removeTier,
  setFixedAmount,
  removeFixedAmount,
};
