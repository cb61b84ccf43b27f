/** Swedish typography: NBSP between thousands (never a line break inside a number), true minus, decimal comma. */
const GROUP = '\u00A0';
const MINUS = '\u2212';
const DECIMAL = ',';

/**
 * Formats a number the sv-SE way, independent of the browser's ICU data.
 * @example formatNumber(-1234567.5, 1) //=> '−1 234 567,5' (with NBSP)
 */
export function formatNumber(value: number | bigint, decimals = 0): string {
  if (typeof value === 'bigint') return sign(value < 0n) + group((value < 0n ? -value : value).toString());
  if (!Number.isFinite(value)) return String(value);
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction] = fixed.split('.');
  // -0 and values that round to zero show no minus sign.
  const negative = value < 0 && /[1-9]/.test(fixed);
  return sign(negative) + group(whole) + (fraction ? DECIMAL + fraction : '');
}

function sign(negative: boolean): string {
  return negative ? MINUS : '';
}

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP);
}
