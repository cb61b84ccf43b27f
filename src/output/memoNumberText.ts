import { formatAmount } from '../domain/money/formatAmount';
import { type Rational } from '../domain/money/Rational';
import { toDecimalString } from '../domain/money/toDecimalString';

/**
 * r the sv-SE way for a memo, exact for any size: NBSP between thousands, U+2212 minus, decimal comma.
 * @example memoNumberText({ num: -1234567n, den: 1n }) //=> '−1 234 567' (NBSP)
 */
export function memoNumberText(r: Rational, decimals = 0): string {
  return formatAmount(r, 'sv', decimals);
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
