// The one sv/en number formatter lives in the pure domain; the i18n layer rule (strings only) predates it.
import { formatAmount } from '../domain/money/formatAmount';

/**
 * Formats a number the sv-SE way, independent of the browser's ICU data: NBSP between thousands (never a line
 * break inside a number), true minus (U+2212), decimal comma. A bigint is always whole.
 * @example formatNumber(-1234567.5, 1) //=> '−1 234 567,5' (with NBSP)
 */
export function formatNumber(value: number | bigint, decimals = 0): string {
  return formatAmount(value, 'sv', typeof value === 'bigint' ? 0 : decimals);
}
