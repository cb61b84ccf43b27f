import { type Rational } from '../../domain/money/Rational';
import { type PlanJson } from '../../domain/plan/planSchema';
import { planCommand } from './PlanCommand';
import { amountJson, removeAt, updatePot } from './planPaths';
import { defaultStep } from './stepCommands';

type RoundingJson = NonNullable<PlanJson['rounding']>;

/** Replaces the whole plan (a preset applied, a file imported). */
export const replacePlan = planCommand('replacePlan', (_plan, a: { plan: PlanJson }) => a.plan);

/** The plan's name. */
export const setPlanName = planCommand('setPlanName', (plan, a: { name: string }) => ({
  ...plan,
  name: a.name,
}));

/** The rounding unit or method (the other is kept). */
export const setRounding = planCommand('setRounding', (plan, a: Partial<RoundingJson>) => ({
  ...plan,
  rounding: { ...plan.rounding, ...a },
}));

/** A pot's name. */
export const setPotName = planCommand('setPotName', (plan, a: { pot: number; name: string }) =>
  updatePot(plan, a.pot, (pot) => ({ ...pot, name: a.name })),
);

/** A pot's frame as an amount in kronor (a frame read from a cell is replaced). */
export const setPotFrame = planCommand('setPotFrame', (plan, a: { pot: number; amount: Rational }) =>
  updatePot(plan, a.pot, (pot) => ({ ...pot, frame: { amount: amountJson(a.amount) } })),
);

/**
 * Adds a pot named `name` with frame 0 and one key step (the first indicator, or equal shares); its id is the
 * first free `pott-n`.
 */
export const addPot = planCommand('addPot', (plan, a: { name: string }) => {
  const ids = new Set(plan.pots.map((x) => x.id));
  let n = plan.pots.length + 1;
  while (ids.has(`pott-${n}`)) n++;
  const pot = { id: `pott-${n}`, name: a.name, frame: { amount: '0' }, steps: [defaultStep('key', plan)] };
  return { ...plan, pots: [...plan.pots, pot] };
});

/** Removes pot `pot` (a plan keeps at least one pot). */
export const removePot = planCommand('removePot', (plan, a: { pot: number }) =>
  plan.pots.length <= 1 ? plan : { ...plan, pots: removeAt(plan.pots, a.pot) },
);

/** Every command on the plan and its pots. */
export const potCommands = {
  replacePlan,
  setPlanName,
  setRounding,
  setPotName,
  setPotFrame,
  addPot,
  removePot,
};
