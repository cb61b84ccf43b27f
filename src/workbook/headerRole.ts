import { normalizeLabel } from '../domain/units/normalizeLabel';

/** What a header says about its numeric column, before the data has a say. */
export type HeaderHint = 'indicator' | 'share' | 'total' | 'amount';

const SHARE = /(andel|procent|%|fördelningsnyckel|nyckeltal|\bvikt\b)/u;
const INDICATOR =
  /(befolkning|invånare|folkmängd|population|mottagare|antal|brukare|elever|personer|\binv\b|årsarbet|yta|km2|kvadrat)/u;
const TOTAL = /(^|\s)(totalt?|summa|totalsumma|sammanlagt|s:a)(\s|$)/u;

/**
 * Reads a numeric column's header: population and counts are indicators, "Andel" and % are shares, "Totalt" and
 * "Summa" mark a total, anything else is an amount.
 * @example headerHint('Befolkning 1/11 2020') //=> 'indicator'
 */
export function headerHint(header: string): HeaderHint {
  const h = normalizeLabel(header);
  if (SHARE.test(h)) return 'share';
  if (INDICATOR.test(h)) return 'indicator';
  if (TOTAL.test(h)) return 'total';
  return 'amount';
}

/**
 * Kronor per stated unit from a header or title: "tkr" → 1 000, "mnkr"/"Mkr" → 1 000 000; undefined for kronor.
 * @example scaleFromText('Belopp (tkr)') //=> 1000
 */
export function scaleFromText(text: string): number | undefined {
  const t = normalizeLabel(text);
  if (/(mnkr|\bmkr\b|miljoner kronor|miljontal kronor|\bmsek\b)/u.test(t)) return 1_000_000;
  if (/(\btkr\b|tusental kronor|tusen kronor|\btsek\b)/u.test(t)) return 1_000;
  return undefined;
}
