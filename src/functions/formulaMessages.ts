import { type LocalizedText } from '../domain/findings/Finding';

/** Every way a LANSNYCKEL formula refuses its input. */
export type FormulaErrorCode =
  | 'not-a-number'
  | 'text-in-range'
  | 'blank-in-range'
  | 'not-a-vector'
  | 'length-mismatch'
  | 'negative-key'
  | 'zero-key'
  | 'zero-in-key'
  | 'zero-cap'
  | 'bad-rounding-unit'
  | 'amount-not-multiple'
  | 'bound-not-multiple'
  | 'negative-bound'
  | 'cap-below-floor'
  | 'floors-exceed-amount'
  | 'caps-below-amount'
  | 'bounds-need-positive-amount'
  | 'base-exceeds-amount'
  | 'negative-base'
  | 'blend-needs-pairs'
  | 'negative-weight'
  | 'weights-not-100'
  | 'engine-refused'
  | 'unknown-function'
  | 'wrong-argument-count';

/** Values a message may name: the argument ("nyckeln", "golv" …), a 1-based row, a count. */
export interface FormulaMessageParams {
  readonly field?: FieldName;
  /** The row in the user's range; undefined for a single cell that applies to every row. */
  readonly row?: number | undefined;
  readonly expected?: number;
  readonly actual?: number;
  readonly name?: string;
}

/** The arguments messages name, in both languages. */
export const FIELD_NAMES = {
  belopp: { sv: 'belopp', en: 'amount' },
  nyckel: { sv: 'nyckeln', en: 'the key' },
  golv: { sv: 'golv', en: 'floor' },
  tak: { sv: 'tak', en: 'cap' },
  avrundning: { sv: 'avrundning', en: 'rounding' },
  koder: { sv: 'koder', en: 'codes' },
  grundbelopp: { sv: 'grundbelopp', en: 'base amount' },
  vikt: { sv: 'vikten', en: 'the weight' },
  delar: { sv: 'delar', en: 'parts' },
  total: { sv: 'total', en: 'total' },
} as const satisfies Record<string, LocalizedText>;

export type FieldName = keyof typeof FIELD_NAMES;

/**
 * The sv/en text of a formula error. Short on purpose: Excel shows it in a cell tooltip, and the economist
 * must see at once which argument and which row to fix.
 * @example formulaMessage('text-in-range', { field: 'nyckel', row: 3 }).sv //=> 'text i nyckeln (rad 3)'
 */
export function formulaMessage(code: FormulaErrorCode, p: FormulaMessageParams = {}): LocalizedText {
  const f = FIELD_NAMES[p.field ?? 'nyckel'];
  const row = p.row === undefined ? { sv: '', en: '' } : { sv: ` (rad ${p.row})`, en: ` (row ${p.row})` };
  switch (code) {
    case 'not-a-number':
      return { sv: `${f.sv} är inte ett tal`, en: `${f.en} is not a number` };
    case 'text-in-range':
      return { sv: `text i ${f.sv}${row.sv}`, en: `text in ${f.en}${row.en}` };
    case 'blank-in-range':
      return { sv: `tom cell i ${f.sv}${row.sv}`, en: `blank cell in ${f.en}${row.en}` };
    case 'not-a-vector':
      return { sv: `${f.sv} ska vara en kolumn eller en rad`, en: `${f.en} must be one column or one row` };
    case 'length-mismatch':
      return {
        sv: `${f.sv} har ${p.actual} ${p.actual === 1 ? 'rad' : 'rader'} men nyckeln ${p.expected}`,
        en: `${f.en} has ${p.actual} ${p.actual === 1 ? 'row' : 'rows'} but the key ${p.expected}`,
      };
    case 'negative-key':
      return { sv: `negativt nyckelvärde${row.sv}`, en: `negative key value${row.en}` };
    case 'zero-key':
      return { sv: 'nyckeln summerar till 0', en: 'the key sums to 0' };
    case 'zero-in-key':
      return { sv: `0 eller tom cell i nyckeln${row.sv}`, en: `0 or blank cell in the key${row.en}` };
    case 'zero-cap':
      return { sv: `tak 0${row.sv}`, en: `cap 0${row.en}` };
    case 'bad-rounding-unit':
      return { sv: 'avrundning måste vara > 0', en: 'rounding must be > 0' };
    case 'amount-not-multiple':
      return {
        sv: `${f.sv} är inte en multipel av avrundningen${row.sv}`,
        en: `${f.en} is not a multiple of the rounding unit${row.en}`,
      };
    case 'bound-not-multiple':
      return {
        sv: `${f.sv} är inte en multipel av avrundningen${row.sv}`,
        en: `${f.en} is not a multiple of the rounding unit${row.en}`,
      };
    case 'negative-bound':
      return { sv: `negativt ${f.sv}${row.sv}`, en: `negative ${f.en}${row.en}` };
    case 'cap-below-floor':
      return { sv: `tak < golv${row.sv}`, en: `cap < floor${row.en}` };
    case 'floors-exceed-amount':
      return { sv: 'Σ golv > belopp', en: 'Σ floors > amount' };
    case 'caps-below-amount':
      return { sv: 'Σ tak < belopp', en: 'Σ caps < amount' };
    case 'bounds-need-positive-amount':
      return { sv: 'golv och tak kräver belopp ≥ 0', en: 'floors and caps need an amount ≥ 0' };
    case 'base-exceeds-amount':
      return { sv: 'Σ grundbelopp > belopp', en: 'Σ base amounts > amount' };
    case 'negative-base':
      return { sv: 'negativt grundbelopp', en: 'negative base amount' };
    case 'blend-needs-pairs':
      return {
        sv: 'BLAND vill ha par: nyckel; vikt; nyckel; vikt …',
        en: 'BLAND takes pairs: key, weight, key, weight …',
      };
    case 'negative-weight':
      return { sv: `negativ vikt${row.sv}`, en: `negative weight${row.en}` };
    case 'weights-not-100':
      return { sv: 'vikterna summerar inte till 100 %', en: 'the weights do not sum to 100 %' };
    case 'engine-refused':
      return { sv: 'motorn vägrade fördela', en: 'the engine refused to allocate' };
    case 'unknown-function':
      return { sv: `okänd funktion ${p.name ?? ''}`.trim(), en: `unknown function ${p.name ?? ''}`.trim() };
    case 'wrong-argument-count':
      return {
        sv: `fel antal argument till ${p.name ?? ''}`.trim(),
        en: `wrong number of arguments to ${p.name ?? ''}`.trim(),
      };
  }
}
