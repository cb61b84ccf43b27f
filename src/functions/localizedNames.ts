/**
 * Swedish and English names and descriptions of the LANSNYCKEL functions. The metadata plugin writes one
 * functions.json from the (Swedish) JSDoc in functions.ts; Excel localizes custom functions by a separate
 * metadata file per locale named in the manifest, so {@link localizeMetadata} derives functions.en.json from it.
 *
 * Function names are the same in both languages on purpose: a workbook moves between Swedish and English Excel
 * and a formula quoted in a memo must read the same. Parameter names and all descriptions are translated
 * (IntelliSense only). Excel caps descriptions at 128 characters.
 */

/** The UI languages: Swedish first (the users' language), English second. */
export type FunctionsLocale = 'sv' | 'en';

/** What Excel shows for one function in one language. */
export interface LocalizedFunctionText {
  readonly name: string;
  readonly description: string;
  readonly result: string;
  readonly parameters: readonly { readonly name: string; readonly description: string }[];
}

/** The part of functions.json this module reads and rewrites. */
export interface FunctionsMetadata {
  readonly functions: readonly {
    readonly id: string;
    readonly name: string;
    readonly description?: string;
    readonly parameters: readonly { readonly name: string; readonly description?: string }[];
  }[];
}

const AVRUNDNING = {
  sv: { name: 'avrundning', description: 'Avrundningsenhet: 1 (kr, standard), 100, 1000 eller 0,01.' },
  en: { name: 'rounding', description: 'Rounding unit: 1 (krona, default), 100, 1000 or 0.01.' },
};
const KODER = {
  sv: { name: 'koder', description: 'Enhetskoder som avgör lika rester (lägre kod först).' },
  en: { name: 'codes', description: 'Unit codes that break equal remainders (lower code first).' },
};

/** By function id: the sv text (identical to the JSDoc in functions.ts, a test keeps them in step) and the en text. */
export const LOCALIZED_FUNCTIONS: Readonly<
  Record<string, Readonly<Record<FunctionsLocale, LocalizedFunctionText>>>
> = {
  FORDELA: {
    sv: {
      name: 'FORDELA',
      description:
        'Fördelar beloppet efter nyckeln, exakt till kronan (största rest). Summan blir alltid beloppet.',
      result: 'En kolumn med belopp per rad i nyckeln.',
      parameters: [
        { name: 'belopp', description: 'Beloppet att fördela, t.ex. 15711504.' },
        { name: 'nyckel', description: 'Nyckeln: en kolumn med tal ≥ 0, t.ex. befolkning.' },
        { name: 'golv', description: 'Minsta belopp per enhet: ett tal för alla eller en kolumn.' },
        { name: 'tak', description: 'Högsta belopp per enhet: ett tal för alla eller en kolumn.' },
        AVRUNDNING.sv,
        KODER.sv,
      ],
    },
    en: {
      name: 'FORDELA',
      description:
        'Allocates the amount by the key, exact to the krona (largest remainder). Always sums to the amount.',
      result: 'A column with one amount per key row.',
      parameters: [
        { name: 'amount', description: 'The amount to allocate, e.g. 15711504.' },
        { name: 'key', description: 'The key: a column of numbers ≥ 0, e.g. population.' },
        { name: 'floor', description: 'Minimum per unit: one number for all, or a column.' },
        { name: 'cap', description: 'Maximum per unit: one number for all, or a column.' },
        AVRUNDNING.en,
        KODER.en,
      ],
    },
  },
  FORDELA_BAS: {
    sv: {
      name: 'FORDELA.BAS',
      description: 'Ger varje rad samma grundbelopp och fördelar resten efter nyckeln, exakt till kronan.',
      result: 'En kolumn med belopp per rad i nyckeln.',
      parameters: [
        { name: 'belopp', description: 'Beloppet att fördela.' },
        { name: 'grundbelopp', description: 'Grundbelopp som varje enhet får först.' },
        { name: 'nyckel', description: 'Nyckeln för resten: en kolumn med tal ≥ 0.' },
        AVRUNDNING.sv,
        KODER.sv,
      ],
    },
    en: {
      name: 'FORDELA.BAS',
      description:
        'Gives every row the same base amount and allocates the rest by the key, exact to the krona.',
      result: 'A column with one amount per key row.',
      parameters: [
        { name: 'amount', description: 'The amount to allocate.' },
        { name: 'base_amount', description: 'The base amount every unit gets first.' },
        { name: 'key', description: 'The key for the rest: a column of numbers ≥ 0.' },
        AVRUNDNING.en,
        KODER.en,
      ],
    },
  },
  BLAND: {
    sv: {
      name: 'BLAND',
      description:
        'Blandar nycklar med vikter till andelar som summerar till 1: nyckel1; vikt1; nyckel2; vikt2 …',
      result: 'En kolumn med blandade andelar.',
      parameters: [
        {
          name: 'nyckelOchVikt',
          description: 'Omväxlande nyckel (kolumn) och vikt (50 % eller 50); vikterna ska bli 100 %.',
        },
      ],
    },
    en: {
      name: 'BLAND',
      description: 'Blends keys by weights into shares that sum to 1: key1, weight1, key2, weight2 …',
      result: 'A column of blended shares.',
      parameters: [
        {
          name: 'keyAndWeight',
          description: 'Alternating key (column) and weight (50 % or 50); the weights must make 100 %.',
        },
      ],
    },
  },
  KONTROLL: {
    sv: {
      name: 'KONTROLL',
      description: 'Σ delar − total, exakt. 0 när delarna stämmer mot totalen.',
      result: 'Differensen Σ delar − total.',
      parameters: [
        { name: 'delar', description: 'Beloppen som ska summera till totalen.' },
        { name: 'total', description: 'Totalen de ska summera till.' },
      ],
    },
    en: {
      name: 'KONTROLL',
      description: 'Σ parts − total, exact. 0 when the parts reconcile with the total.',
      result: 'The difference Σ parts − total.',
      parameters: [
        { name: 'parts', description: 'The amounts that should sum to the total.' },
        { name: 'total', description: 'The total they should sum to.' },
      ],
    },
  },
};

/**
 * functions.json rewritten for a locale: names and descriptions of functions and parameters replaced, every
 * other field (types, dimensionality, optional, repeating) kept. Functions without a translation stay as they are.
 * @example localizeMetadata(generated, 'en').functions[0].parameters[0].name //=> 'amount'
 */
export function localizeMetadata<M extends FunctionsMetadata>(metadata: M, locale: FunctionsLocale): M {
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => {
      const text = LOCALIZED_FUNCTIONS[fn.id]?.[locale];
      if (text === undefined) return fn;
      return {
        ...fn,
        name: text.name,
        description: text.description,
        parameters: fn.parameters.map((p, i) => ({ ...p, ...text.parameters[i] })),
      };
    }),
  };
}
