import { formatAmount } from '../money/formatAmount';
import { type FindingCode, type LocalizedText } from './Finding';

/** What many findings of one code are called, counted ("89 814 tal lagrade som text"). */
const NOUNS: Partial<Record<FindingCode, { readonly sv: string; readonly en: string }>> = {
  'number-as-text': { sv: 'tal lagrade som text', en: 'numbers stored as text' },
  'negative-amount': { sv: 'negativa värden', en: 'negative values' },
  'error-value': { sv: 'felvärden', en: 'error values' },
  'blank-in-key': { sv: 'tomma nyckelceller', en: 'blank key cells' },
  'label-whitespace': {
    sv: 'namn med mellanslag före eller efter',
    en: 'labels with leading or trailing spaces',
  },
  'unit-unknown': { sv: 'okända namn', en: 'unknown names' },
  'unit-duplicate': { sv: 'namn på flera rader', en: 'names on several rows' },
  'hard-coded-total': { sv: 'inskrivna summor bland formler', en: 'typed totals among formulas' },
  'inconsistent-formula': { sv: 'avvikande formler', en: 'inconsistent formulas' },
  'reference-mismatch': {
    sv: 'värden som skiljer sig från referensen',
    en: 'values that differ from the reference',
  },
  'unclassified-row': { sv: 'rader som inte kunde tolkas', en: 'rows that could not be read' },
};

/** The texts of aggregated findings, beside MESSAGES (./messages) in the findings catalogue. */
export const AGGREGATE_MESSAGES = {
  /**
   * "89 814 tal lagrade som text i kolumn C (C2:C47188), t.ex.: C2 innehåller talet ”1 264 598” som text. …"
   * `first` is the first finding's own text.
   */
  repeated: (p: {
    code: string;
    count: number;
    letter: string;
    header?: string;
    range: string;
    first: LocalizedText;
  }): LocalizedText => {
    const noun = NOUNS[p.code as FindingCode] ?? {
      sv: `fynd av typen ${p.code}`,
      en: `findings of kind ${p.code}`,
    };
    return {
      sv: `${formatAmount(p.count, 'sv')} ${noun.sv} i kolumn ${p.letter}${p.header ? ` ”${p.header}”` : ''} (${p.range}), t.ex.: ${p.first.sv}`,
      en: `${formatAmount(p.count, 'en')} ${noun.en} in column ${p.letter}${p.header ? ` "${p.header}"` : ''} (${p.range}), e.g.: ${p.first.en}`,
    };
  },
};
