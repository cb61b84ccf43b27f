import { type PlanJson } from '../../domain/plan/planSchema';
import { type Rational } from '../../domain/money/Rational';
import { toDecimalString } from '../../domain/money/toDecimalString';

/** A pot of a plan as JSON. */
export type PotJson = PlanJson['pots'][number];
/** A step of a pot as JSON. */
export type StepJson = PotJson['steps'][number];
/** A step of one kind. */
export type StepOf<K extends StepJson['kind']> = Extract<StepJson, { kind: K }>;
/** The key of a key step. */
export type KeyJson = StepOf<'key'>['key'];

/** Where a step is: pot index and step index in that pot. */
export interface StepAt {
  readonly pot: number;
  readonly step: number;
}

/**
 * The exact decimal string a plan stores for an amount: at most two decimals, no trailing zeros ("1900000", "12.5").
 * @example amountJson({ num: 25n, den: 2n }) //=> '12.5'
 */
export function amountJson(r: Rational): string {
  const text = toDecimalString(r, 2);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** The plan with pot `p` changed by `edit` (unchanged when there is no such pot). */
export function updatePot(plan: PlanJson, p: number, edit: (pot: PotJson) => PotJson): PlanJson {
  return { ...plan, pots: plan.pots.map((x, i) => (i === p ? edit(x) : x)) };
}

/** The plan with the step at `at` changed by `edit`. */
export function updateStep(plan: PlanJson, at: StepAt, edit: (step: StepJson) => StepJson): PlanJson {
  return updatePot(plan, at.pot, (pot) => ({
    ...pot,
    steps: pot.steps.map((x, i) => (i === at.step ? edit(x) : x)),
  }));
}

/** The plan with the step at `at` changed by `edit` when it is of `kind` (a stale command changes nothing). */
export function updateStepOf<K extends StepJson['kind']>(
  plan: PlanJson,
  at: StepAt,
  kind: K,
  edit: (step: StepOf<K>) => StepJson,
): PlanJson {
  return updateStep(plan, at, (step) => (isStepOf(step, kind) ? edit(step) : step));
}

/** True when `step` is of `kind`. */
export function isStepOf<K extends StepJson['kind']>(step: StepJson, kind: K): step is StepOf<K> {
  return step.kind === kind;
}

/** `list` with item `i` replaced by `edit(item)`. */
export function replaceAt<T>(list: readonly T[], i: number, edit: (item: T) => T): T[] {
  return list.map((x, j) => (j === i ? edit(x) : x));
}

/** `list` without item `i`. */
export function removeAt<T>(list: readonly T[], i: number): T[] {
  return list.filter((_, j) => j !== i);
}
