import { type Rational } from '../../domain/money/Rational';
import { type PlanJson } from '../../domain/plan/planSchema';
import { planCommand } from './PlanCommand';
import { amountJson, type KeyJson, removeAt, replaceAt, type StepAt, updateStepOf } from './planPaths';

/** The kinds of key a key step offers. */
export const KEY_TYPES = ['indicator', 'blend', 'equal'] as const;
export type KeyType = (typeof KEY_TYPES)[number];

type Blend = Extract<KeyJson, { type: 'blend' }>;
type BlendPart = Blend['parts'][number];

/**
 * A fresh key of `type` on the plan's indicators: the first indicator, or a 50/50 blend of the first two.
 * @example keyOfType('blend', [{ id: 'bef', name: 'Befolkning' }]) //=> { type: 'blend', parts: [{ indicator: 'bef', weight: '50' }, { indicator: 'bef', weight: '50' }] }
 */
export function keyOfType(type: KeyType, indicators: NonNullable<PlanJson['indicators']>): KeyJson {
  const first = indicators[0]?.id ?? 'population';
  if (type === 'indicator') return { type, indicator: first };
  if (type === 'blend')
    return {
      type,
      parts: [
        { indicator: first, weight: '50' },
        { indicator: indicators[1]?.id ?? first, weight: '50' },
      ],
    };
  return { type };
}

/** Replaces the key with a fresh one of `type`. */
export const setKeyType = planCommand('setKeyType', (plan, a: StepAt & { type: KeyType }) =>
  updateStepOf(plan, a, 'key', (s) => ({ ...s, key: keyOfType(a.type, plan.indicators ?? []) })),
);

/** The indicator of a one-indicator key. */
export const setKeyIndicator = planCommand('setKeyIndicator', (plan, a: StepAt & { indicator: string }) =>
  updateStepOf(plan, a, 'key', (s) => ({ ...s, key: { type: 'indicator', indicator: a.indicator } })),
);

/** The blend key at `at` with its parts changed by `edit` (a key of another type is left as it is). */
function editBlend(plan: PlanJson, at: StepAt, edit: (parts: readonly BlendPart[]) => BlendPart[]) {
  return updateStepOf(plan, at, 'key', (s) =>
    s.key.type === 'blend' ? { ...s, key: { type: 'blend', parts: edit(s.key.parts) } } : s,
  );
}

/** The indicator of blend part `part`. */
export const setBlendIndicator = planCommand(
  'setBlendIndicator',
  (plan, a: StepAt & { part: number; indicator: string }) =>
    editBlend(plan, a, (parts) => replaceAt(parts, a.part, (x) => ({ ...x, indicator: a.indicator }))),
);

/** The weight of blend part `part`, in percent. */
export const setBlendWeight = planCommand(
  'setBlendWeight',
  (plan, a: StepAt & { part: number; weight: Rational }) =>
    editBlend(plan, a, (parts) => replaceAt(parts, a.part, (x) => ({ ...x, weight: amountJson(a.weight) }))),
);

/** A new blend part (the first indicator, weight 0) last. */
export const addBlendPart = planCommand('addBlendPart', (plan, a: StepAt) =>
  editBlend(plan, a, (parts) => [
    ...parts,
    { indicator: plan.indicators?.[0]?.id ?? 'population', weight: '0' },
  ]),
);

/** Removes blend part `part` (a blend keeps one part). */
export const removeBlendPart = planCommand('removeBlendPart', (plan, a: StepAt & { part: number }) =>
  editBlend(plan, a, (parts) => (parts.length <= 1 ? [...parts] : removeAt(parts, a.part))),
);

/** Every command on a pot's key. */
export const keyCommands = {
  setKeyType,
  setKeyIndicator,
  setBlendIndicator,
  setBlendWeight,
  addBlendPart,
  removeBlendPart,
};
