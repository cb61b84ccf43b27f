import { type Rational } from '../domain/money/Rational';
import { toDecimalString } from '../domain/money/toDecimalString';

const NBSP = '\u00A0';
const MINUS = '\u2212';

/**
 * r the sv-SE way for a memo, exact for any size: NBSP between thousands, U+2212 minus, decimal comma.
 * (src/i18n's formatNumber does the same for doubles; output may not import i18n, and memos need exactness.)
 * @example memoNumberText({ num: -1234567n, den: 1n }) //=> '−1 234 567' (NBSP)
 */
export function memoNumberText(r: Rational, decimals = 0): string {
  const plain = toDecimalString(r, decimals);
  const negative = plain.startsWith('-') && /[1-9]/.test(plain);
  const [whole, fraction] = plain.replace('-', '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return (negative ? MINUS : '') + grouped + (fraction ? ',' + fraction : '');
}

/**
 * r as a plain number for Excel: no grouping, ASCII minus, the language's decimal separator (Swedish Excel
 * reads "1234,5" as a number, English Excel "1234.5").
 * @example plainNumberText({ num: -25n, den: 2n }, 2, 'sv') //=> '-12,50'
 */
export function plainNumberText(r: Rational, decimals: number, lang: 'sv' | 'en'): string {
  const plain = toDecimalString(r, decimals);
  const normalized = /^-[0.]*$/.test(plain) ? plain.slice(1) : plain;
  return lang === 'sv' ? normalized.replace('.', ',') : normalized;
}
