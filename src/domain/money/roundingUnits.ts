import { type Kronor, kronor } from './Kronor';

/** The rounding units the product offers: 1 kr (default), 100 kr, 1 000 kr and öre; amounts in kronor. */
export const ROUNDING_UNITS = {
  krona: kronor({ num: 1n, den: 1n }),
  hundred: kronor({ num: 100n, den: 1n }),
  thousand: kronor({ num: 1000n, den: 1n }),
  ore: kronor({ num: 1n, den: 100n }),
} as const satisfies Record<string, Kronor>;

export type RoundingUnitName = keyof typeof ROUNDING_UNITS;

/** The default rounding unit: whole kronor. */
export const DEFAULT_ROUNDING_UNIT: Kronor = ROUNDING_UNITS.krona;
