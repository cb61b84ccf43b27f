import { type Rational } from './Rational';

/** The rounding units the product offers: 1 kr (default), 100 kr, 1 000 kr and öre. */
export const ROUNDING_UNITS = {
  krona: { num: 1n, den: 1n },
  hundred: { num: 100n, den: 1n },
  thousand: { num: 1000n, den: 1n },
  ore: { num: 1n, den: 100n },
} as const satisfies Record<string, Rational>;

export type RoundingUnitName = keyof typeof ROUNDING_UNITS;

/** The default rounding unit: whole kronor. */
export const DEFAULT_ROUNDING_UNIT: Rational = ROUNDING_UNITS.krona;
