import { add, compare, isMultipleOf, rational, sum, ZERO } from '../money/arithmetic';
import { type EngineProblem, type EngineProblemCode } from '../allocation/EngineProblem';
import { type LocalizedText } from '../findings/Finding';
import { PLAN_MESSAGES } from '../findings/problemMessages';
import { type Plan, type PlanStep } from './planSchema';
import { roundingUnitOf } from './roundingUnitOf';

const HUNDRED = rational(100n);

/**
 * Plan-level consistency the schema cannot express; each problem names its JSON path (texts in PLAN_MESSAGES).
 * @example checkPlan(planWithTwoKeysInOnePot)[0].code //=> 'plan-invalid'
 */
export function checkPlan(plan: Plan): EngineProblem[] {
  const problems: EngineProblem[] = [];
  const unit = roundingUnitOf(plan);
  const seen = new Set<string>();
  plan.pots.forEach((pot, p) => {
    const at = `pots[${p}]`;
    if (seen.has(pot.id))
      problems.push(problem('plan-invalid', `${at}.id`, PLAN_MESSAGES.duplicatePotId({ id: pot.id })));
    seen.add(pot.id);
    if (pot.frame.amount !== undefined && !isMultipleOf(pot.frame.amount, unit)) {
      problems.push(
        problem('frame-not-multiple', `${at}.frame.amount`, PLAN_MESSAGES.planFrameNotMultiple()),
      );
    }
    problems.push(...checkSteps(pot.steps, at, pot.frame.amount));
  });
  return problems;
}

function checkSteps(
  steps: readonly PlanStep[],
  at: string,
  frame: ReturnType<typeof rational> | undefined,
): EngineProblem[] {
  const problems: EngineProblem[] = [];
  const count = (kind: PlanStep['kind']) => steps.filter((s) => s.kind === kind).length;
  if (count('key') > 1) problems.push(problem('plan-invalid', `${at}.steps`, PLAN_MESSAGES.oneKeyPerPot()));
  if (count('limits') > 1)
    problems.push(problem('plan-invalid', `${at}.steps`, PLAN_MESSAGES.oneLimitsPerPot()));
  if (count('limits') > 0 && count('key') === 0) {
    problems.push(problem('plan-invalid', `${at}.steps`, PLAN_MESSAGES.limitsNeedKey()));
  }
  let percentTotal = ZERO;
  let amountTotal = ZERO;
  steps.forEach((step, s) => {
    const here = `${at}.steps[${s}]`;
    if (step.kind === 'set-aside-percent') percentTotal = add(percentTotal, step.percent);
    if (step.kind === 'set-aside') amountTotal = add(amountTotal, step.amount);
    if (step.kind === 'key' && step.key.type === 'blend') {
      const total = sum(step.key.parts.map((part) => part.weight));
      if (compare(total, HUNDRED) !== 0) {
        problems.push(problem('plan-invalid', `${here}.key.parts`, PLAN_MESSAGES.blendWeightsNot100()));
      }
    }
    if (step.kind === 'tiers') {
      const ascending = step.tiers.every((t, i) => {
        const previous = step.tiers[i - 1];
        return previous === undefined || compare(previous.from, t.from) < 0;
      });
      if (!ascending)
        problems.push(problem('plan-invalid', `${here}.tiers`, PLAN_MESSAGES.tiersNotAscending()));
    }
    if (step.kind === 'limits' && step.floor && step.cap && compare(step.cap, step.floor) < 0) {
      problems.push(problem('cap-below-floor', here, PLAN_MESSAGES.capBelowFloor()));
    }
  });
  if (compare(percentTotal, HUNDRED) > 0 || (frame && compare(amountTotal, frame) > 0)) {
    problems.push(problem('set-asides-exceed-frame', `${at}.steps`, PLAN_MESSAGES.setAsidesExceedFrame()));
  }
  return problems;
}

function problem(code: EngineProblemCode, path: string, text: LocalizedText): EngineProblem {
  return { code, path, message: PLAN_MESSAGES.atPath({ path, text }) };
}
