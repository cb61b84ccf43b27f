import { type PlanJson } from '../../domain/plan/planSchema';

/** A pot of a plan as JSON. */
export type PotJson = PlanJson['pots'][number];
/** A step of a pot as JSON. */
export type StepJson = PotJson['steps'][number];
/** The kinds of step the editor offers, in the order of DESIGN §3.2. */
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

/**
 * A new plan with pot `p` replaced (the input is not changed).
 * @example setPot(plan, 0, { ...plan.pots[0], name: 'Nära vård' }).pots[0].name //=> 'Nära vård'
 */
export function setPot(plan: PlanJson, p: number, pot: PotJson): PlanJson {
  return { ...plan, pots: plan.pots.map((x, i) => (i === p ? pot : x)) };
}

/** A new plan with step `s` of pot `p` replaced. */
export function setStep(plan: PlanJson, p: number, s: number, step: StepJson): PlanJson {
  const pot = plan.pots[p]!;
  return setPot(plan, p, { ...pot, steps: pot.steps.map((x, i) => (i === s ? step : x)) });
}

/** A new plan without step `s` of pot `p`. */
export function removeStep(plan: PlanJson, p: number, s: number): PlanJson {
  const pot = plan.pots[p]!;
  return setPot(plan, p, { ...pot, steps: pot.steps.filter((_, i) => i !== s) });
}

/**
 * A new plan with a step of `kind` added to pot `p` where it belongs in the order set-asides → fixed/tiers →
 * base → key → limits, with defaults the user then edits.
 */
export function addStep(plan: PlanJson, p: number, kind: StepKind): PlanJson {
  const pot = plan.pots[p]!;
  const step = defaultStep(kind, plan);
  const order = (k: StepJson['kind']) => STEP_KINDS.indexOf(k === 'set-aside-percent' ? 'set-aside' : k);
  const at = pot.steps.findIndex(
    (x) => order(x.kind) > order(kind === 'set-aside-percent' ? 'set-aside' : kind),
  );
  const steps = at < 0 ? [...pot.steps, step] : [...pot.steps.slice(0, at), step, ...pot.steps.slice(at)];
  return setPot(plan, p, { ...pot, steps });
}

/** A new plan with a pot added (frame 0, key: the first indicator or equal shares). */
export function addPot(plan: PlanJson, name: string): PlanJson {
  const ids = new Set(plan.pots.map((x) => x.id));
  let n = plan.pots.length + 1;
  while (ids.has(`pott-${n}`)) n++;
  return {
    ...plan,
    pots: [
      ...plan.pots,
      { id: `pott-${n}`, name, frame: { amount: '0' }, steps: [defaultStep('key', plan)] },
    ],
  };
}

/** A new plan without pot `p` (a plan keeps at least one pot). */
export function removePot(plan: PlanJson, p: number): PlanJson {
  return plan.pots.length <= 1 ? plan : { ...plan, pots: plan.pots.filter((_, i) => i !== p) };
}

function defaultStep(kind: StepKind, plan: PlanJson): StepJson {
  const indicator = plan.indicators?.[0]?.id;
  switch (kind) {
    case 'set-aside':
      return { kind, name: 'Länsgemensamt', amount: '0' };
    case 'set-aside-percent':
      return { kind, name: 'Länsgemensamt', percent: '0' };
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
