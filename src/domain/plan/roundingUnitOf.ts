import { rational } from '../money/arithmetic';
import { type Rational } from '../money/Rational';
import { type Plan } from './planSchema';

/**
 * The plan's rounding unit as a Rational ("0.01" → 1/100).
 * @example roundingUnitOf(plan with rounding.unit '0.01') //=> { num: 1n, den: 100n }
 */
export function roundingUnitOf(plan: Plan): Rational {
  return plan.rounding.unit === '0.01' ? rational(1n, 100n) : rational(BigInt(plan.rounding.unit));
}
