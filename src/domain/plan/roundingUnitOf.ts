import { rational } from '../money/arithmetic';
import { type Rational } from '../money/Rational';
import { type Plan } from './planSchema';

/** The plan's rounding unit as a Rational ("0.01" → 1/100). */
export function roundingUnitOf(plan: Plan): Rational {
  return plan.rounding.unit === '0.01' ? rational(1n, 100n) : rational(BigInt(plan.rounding.unit));
}
