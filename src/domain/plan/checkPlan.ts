import { add, compare, isMultipleOf, rational, sum, ZERO } from '../money/arithmetic';
import { type EngineProblem, type EngineProblemCode } from '../allocation/EngineProblem';
import { type Plan, type PlanStep } from './planSchema';
import { roundingUnitOf } from './roundingUnitOf';

const HUNDRED = rational(100n);

/** Plan-level consistency the schema cannot express; each problem names its JSON path. */
export function checkPlan(plan: Plan): EngineProblem[] {
  const problems: EngineProblem[] = [];
  const unit = roundingUnitOf(plan);
  const seen = new Set<string>();
  plan.pots.forEach((pot, p) => {
    const at = `pots[${p}]`;
    if (seen.has(pot.id))
      problems.push(
        problem(
          'plan-invalid',
          `${at}.id`,
          `pottens id "${pot.id}" finns redan`,
          `pot id "${pot.id}" is used twice`,
        ),
      );
    seen.add(pot.id);
    if (pot.frame.amount !== undefined && !isMultipleOf(pot.frame.amount, unit)) {
      problems.push(
        problem(
          'frame-not-multiple',
          `${at}.frame.amount`,
          'ramen är inte en jämn multipel av avrundningsenheten',
          'the frame is not a whole multiple of the rounding unit',
        ),
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
  if (count('key') > 1)
    problems.push(
      problem(
        'plan-invalid',
        `${at}.steps`,
        'en pott kan ha högst en nyckel',
        'a pot can have at most one key',
      ),
    );
  if (count('limits') > 1)
    problems.push(
      problem(
        'plan-invalid',
        `${at}.steps`,
        'en pott kan ha högst ett golv/tak-steg',
        'a pot can have at most one floor/cap step',
      ),
    );
  if (count('limits') > 0 && count('key') === 0) {
    problems.push(
      problem(
        'plan-invalid',
        `${at}.steps`,
        'golv och tak kräver en nyckel som omfördelar',
        'floors and caps need a key to redistribute by',
      ),
    );
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
        problems.push(
          problem(
            'plan-invalid',
            `${here}.key.parts`,
            'vikterna i en viktad nyckel måste summera till 100 %',
            'the weights of a blended key must sum to 100 %',
          ),
        );
      }
    }
    if (step.kind === 'tiers') {
      const ascending = step.tiers.every((t, i) => i === 0 || compare(step.tiers[i - 1].from, t.from) < 0);
      if (!ascending)
        problems.push(
          problem(
            'plan-invalid',
            `${here}.tiers`,
            'storleksklassernas gränser måste vara stigande',
            'tier thresholds must be ascending',
          ),
        );
    }
    if (step.kind === 'limits' && step.floor && step.cap && compare(step.cap, step.floor) < 0) {
      problems.push(
        problem('cap-below-floor', here, 'taket är lägre än golvet', 'the cap is below the floor'),
      );
    }
  });
  if (compare(percentTotal, HUNDRED) > 0 || (frame && compare(amountTotal, frame) > 0)) {
    problems.push(
      problem(
        'set-asides-exceed-frame',
        `${at}.steps`,
        'avsättningarna är större än ramen',
        'the set-asides exceed the frame',
      ),
    );
  }
  return problems;
}

function problem(code: EngineProblemCode, path: string, sv: string, en: string): EngineProblem {
  return { code, path, message: { sv: `Planen vid ${path}: ${sv}.`, en: `The plan at ${path}: ${en}.` } };
}
