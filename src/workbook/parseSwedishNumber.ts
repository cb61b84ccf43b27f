/** A number recovered from text as Swedish users write it. */
export interface ParsedNumber {
  /** The number as written (a percentage is returned as written: "12,5 %" → 12.5). */
  readonly value: number;
  readonly percent: boolean;
  /** The money unit written after the number, when any. */
  readonly currency?: 'kr' | 'tkr' | 'mnkr';
}

const SPACES = /[\s\u00a0\u2007\u202f\u2009]+/g;
const MINUS = /^[-\u2212\u2013\u2012]/;
const CURRENCY: ReadonlyArray<readonly [RegExp, 'kr' | 'tkr' | 'mnkr']> = [
  [/(?:mnkr|mkr|msek|miljoner kronor)\.?$/i, 'mnkr'],
  [/(?:tkr|tsek|tusen kronor)\.?$/i, 'tkr'],
  [/(?:kronor|kr\.?|sek|:-)$/i, 'kr'],
];

/**
 * Parses "1 264 598", "1 264 598 kr", "12,5", "−3 400" (Unicode minus), "12,5 %", "(3 400)" and "1.5";
 * undefined for anything else (dates, codes with letters, empty text).
 * @example parseSwedishNumber('1\u00a0264\u00a0598 kr') //=> { value: 1264598, percent: false, currency: 'kr' }
 */
export function parseSwedishNumber(text: string): ParsedNumber | undefined {
  let s = text.normalize('NFC').replace(SPACES, ' ').trim();
  if (s === '') return undefined;
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1]!;
  }
  let currency: ParsedNumber['currency'];
  for (const [re, unit] of CURRENCY) {
    if (re.test(s)) {
      currency = unit;
      s = s.replace(re, '').trim();
      break;
    }
  }
  const percent = s.endsWith('%');
  if (percent) s = s.slice(0, -1).trim();
  if (MINUS.test(s)) {
    if (negative) return undefined;
    negative = true;
    s = s.slice(1).trim();
  } else if (s.startsWith('+')) s = s.slice(1).trim();
  // Spaces are allowed only as thousands separators: "1 264 598", not "12 34".
  if (s.includes(' ') && !/^\d{1,3}( \d{3})+([,.]\d+)?$/.test(s)) return undefined;
  const digits = toPlainDecimal(s.replace(/ /g, ''));
  if (digits === undefined) return undefined;
  const value = Number(digits);
  if (!Number.isFinite(value)) return undefined;
  return { value: negative && value !== 0 ? -value : value, percent, ...(currency ? { currency } : {}) };
}

/** "1264598,5" / "1.264.598" / "12.5" → a JS-parsable decimal string, or undefined. */
function toPlainDecimal(s: string): string | undefined {
  if (/^\d+(,\d+)?$/.test(s)) return s.replace(',', '.');
  // Dots as thousands separators only in a strict 1.234.567 pattern; a single dot is a decimal point.
  if (/^\d{1,3}(\.\d{3}){2,}(,\d+)?$/.test(s)) return s.replace(/\./g, '').replace(',', '.');
  if (/^\d+\.\d+$/.test(s) || /^\.\d+$/.test(s)) return s;
  if (/^,\d+$/.test(s)) return '0' + s.replace(',', '.');
  return undefined;
}
