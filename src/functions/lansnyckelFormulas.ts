import { bland } from './bland';
import { type FormulaResult } from './FormulaError';
import { fordela } from './fordela';
import { fordelaBas } from './fordelaBas';
import { kontroll } from './kontroll';

/** One LANSNYCKEL formula as hosts outside Excel (preview grid, HyperFormula in tests) call it. */
export interface LansnyckelFormula {
  /** The metadata id (functions.json), also the key of {@link LANSNYCKEL_FORMULAS}. */
  readonly id: string;
  /** The name users type after "LANSNYCKEL.". */
  readonly name: string;
  readonly minArgs: number;
  /** Infinity for BLAND's repeating pairs. */
  readonly maxArgs: number;
  /** Whether the result spills (number[][]) or is one number. */
  readonly spills: boolean;
  /** The pure implementation; args as Excel passes them (ranges as unknown[][], omitted as undefined). */
  readonly evaluate: (args: readonly unknown[]) => FormulaResult<number[][] | number>;
}

/** The four formulas, by id, in the order functions.ts declares them. */
export const LANSNYCKEL_FORMULAS: Readonly<Record<string, LansnyckelFormula>> = {
  FORDELA: {
    id: 'FORDELA',
    name: 'FORDELA',
    minArgs: 2,
    maxArgs: 6,
    spills: true,
    evaluate: (a) => fordela(a[0], a[1], a[2], a[3], a[4], a[5]),
  },
  FORDELA_BAS: {
    id: 'FORDELA_BAS',
    name: 'FORDELA.BAS',
    minArgs: 3,
    maxArgs: 5,
    spills: true,
    evaluate: (a) => fordelaBas(a[0], a[1], a[2], a[3], a[4]),
  },
  BLAND: {
    id: 'BLAND',
    name: 'BLAND',
    minArgs: 2,
    maxArgs: Infinity,
    spills: true,
    // Excel hands the repeating parameter over as one array of its occurrences.
    evaluate: (a) => bland(a),
  },
  KONTROLL: {
    id: 'KONTROLL',
    name: 'KONTROLL',
    minArgs: 2,
    maxArgs: 2,
    spills: false,
    evaluate: (a) => kontroll(a[0], a[1]),
  },
};
