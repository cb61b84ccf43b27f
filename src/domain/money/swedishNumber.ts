import { mul, rational } from './arithmetic';
import { parseDecimal } from './parseDecimal';
import { type Rational } from './Rational';

/** The money unit written after a number: kronor, thousands (tkr) or millions (mnkr). */
export type MoneyUnit = 'kr' | 'tkr' | 'mnkr';

/** Kronor per money unit. */
export const KRONOR_PER_UNIT: Readonly<Record<MoneyUnit, number>> = { kr: 1, tkr: 1_000, mnkr: 1_000_000 };

/**
 * The one suffix table: every way Swedish text names a money unit after a number, case-insensitive, an optional
 * trailing dot. Tried in order (millions before "kr", which ends "mkr" too).
 */
export const MONEY_SUFFIXES: ReadonlyArray<readonly [RegExp, MoneyUnit]> = [
  [/(?:mnkr|mkr|msek|mn ?kr|milj\.? ?kr|miljoner kronor|miljoner|milj|mn)\.?$/i, 'mnkr'],
  [/(?:tkr|tsek|tusen kronor|tusen)\.?$/i, 'tkr'],
  [/(?:kronor|kr|sek|:-)\.?$/i, 'kr'],
];

/** A number as Swedish text writes it, before any conversion: its plain decimal digits and what surrounds it. */
export interface SwedishNumberText {
  /** The number in plain notation, "-" for negative and "." for the decimal point: "1264598.5", "-3400". */
  readonly digits: string;
  /** Written with "%": the digits are the percentage as written ("12,5 %" → "12.5"). */
  readonly percent: boolean;
  /** The money unit written after the number, when any (the digits are in that unit). */
  readonly currency?: MoneyUnit;
}

// Every space Swedish number text uses as a thousands separator: NBSP, figure space, narrow NBSP, thin space.
const SPACES = /[\s\u00a0\u2007\u202f\u2009]+/g;
// Hyphen-minus, U+2212 minus, en dash and figure dash all mean minus in front of a number.
const MINUS = /^[-\u2212\u2013\u2012]/;

/**
 * The one grammar for Swedish numbers in text: "1 264 598", "1 264 598 kr", "12,5", "−3 400" (U+2212 minus),
 * "12,5 %", "(3 400)", "1.264.598", "1.5", "15,7 Mkr", "250 tkr", "2 milj". Undefined for anything else (dates,
 * codes with letters, "12 34", empty text). The reader, the task pane's fields, the what-if panel and the CLI all
 * read numbers through it, so a text one accepts the others accept too.
 * @example scanSwedishNumber('15,7 Mkr') //=> { digits: '15.7', percent: false, currency: 'mnkr' }
 */
export function scanSwedishNumber(text: string): SwedishNumberText | undefined {
  let s = text.normalize('NFC').replace(SPACES, ' ').trim();
  if (s === '') return undefined;
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1] ?? '';
  }
  let currency: MoneyUnit | undefined;
  for (const [re, unit] of MONEY_SUFFIXES) {
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
  const signed = negative && /[1-9]/.test(digits) ? `-${digits}` : digits;
  return { digits: signed, percent, ...(currency ? { currency } : {}) };
}

/**
 * An amount in kronor as people type it: the number times its money unit ("15,7 Mkr" → 15 700 000, "250 tkr" →
 * 250 000, "1 900 000 kr"), exact. Undefined when the text is no amount, a percentage or negative (every field
 * and option that takes an amount wants 0 or more).
 * @example parseKronor('15,7 Mkr') //=> { num: 15700000n, den: 1n }
 */
export function parseKronor(text: string): Rational | undefined {
  const scanned = scanSwedishNumber(text);
  if (!scanned || scanned.percent) return undefined;
  return nonNegative(scanned.digits, KRONOR_PER_UNIT[scanned.currency ?? 'kr']);
}

/**
 * A percentage as people type it, "12,5" or "12,5 %", exact and as written (12,5 % → 12.5). Undefined when the
 * text is no number, names a money unit or is negative.
 * @example parsePercent('12,5 %') //=> { num: 25n, den: 2n }
 */
export function parsePercent(text: string): Rational | undefined {
  const scanned = scanSwedishNumber(text);
  if (!scanned || scanned.currency) return undefined;
  return nonNegative(scanned.digits, 1);
}

function nonNegative(digits: string, factor: number): Rational | undefined {
  const value = parseDecimal(digits);
  if (!value || value.num < 0n) return undefined;
  return factor === 1 ? value : mul(value, rational(BigInt(factor)));
}

/** "1264598,5" / "1.264.598" / "12.5" → a plain decimal string, or undefined. */
function toPlainDecimal(s: string): string | undefined {
  if (/^\d+(,\d+)?$/.test(s)) return s.replace(',', '.');
  // Dots as thousands separators only in a strict 1.234.567 pattern; a single dot is a decimal point.
  if (/^\d{1,3}(\.\d{3}){2,}(,\d+)?$/.test(s)) return s.replace(/\./g, '').replace(',', '.');
  if (/^\d+\.\d+$/.test(s)) return s;
  if (/^\.\d+$/.test(s)) return `0${s}`;
  if (/^,\d+$/.test(s)) return `0${s.replace(',', '.')}`;
  return undefined;
}
