import { rational } from './arithmetic';
import { fromNumber } from './fromNumber';
import { type Rational } from './Rational';
import { toDecimalString } from './toDecimalString';

/**
 * An amount as a Swedish or English reader writes it, exact for any size: sv "−1 234 567,5" (no-break space U+00A0
 * between thousands, U+2212 minus, decimal comma), en "-1,234,567.5". With `decimals` the value is rounded half away
 * from zero to that many places (like Excel's ROUND); without, every digit it has is shown (a double's shortest
 * round-trip decimal; a Rational that never ends is cut at 20 places). A value that prints as zero gets no minus.
 * A double is read as the decimal it shows (0.1 is 1/10), never its binary bits; NaN and ±Infinity print as JS does.
 * @example formatAmount(-1234567.5, 'sv') //=> '−1 234 567,5' (NBSP)
 * @example formatAmount({ num: -1n, den: 2n }, 'en', 2) //=> '-0.50'
 * @example formatAmount(2n ** 60n, 'en') //=> '1,152,921,504,606,846,976'
 */
export function formatAmount(
  value: Rational | bigint | number,
  lang: 'sv' | 'en' = 'sv',
  decimals?: number,
): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const plain = plainDecimal(value, decimals);
  const negative = plain.startsWith('-') && /[1-9]/.test(plain);
  const [whole = '', fraction] = plain.replace('-', '').split('.');
  const sv = lang === 'sv';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, sv ? '\u00a0' : ',');
  const minus = negative ? (sv ? '\u2212' : '-') : '';
  return minus + grouped + (fraction ? (sv ? ',' : '.') + fraction : '');
}

/** Digits with an ASCII "-" and "." and no grouping; the fast paths keep 100 000 findings cheap to word. */
function plainDecimal(value: Rational | bigint | number, decimals: number | undefined): string {
  if (typeof value === 'bigint') return toDecimalString(rational(value), decimals ?? 0);
  if (typeof value === 'number') {
    if (decimals === undefined) {
      const shown = String(value);
      if (!shown.includes('e')) return shown;
    }
    return toDecimalString(fromNumber(value), decimals ?? terminatingDigits(fromNumber(value)));
  }
  return toDecimalString(value, decimals ?? terminatingDigits(value));
}

/** How many decimals r needs to be written out exactly; 20 when it never ends (1/3). */
function terminatingDigits(r: Rational): number {
  let den = r.den;
  let twos = 0;
  let fives = 0;
  while (den % 2n === 0n) {
    den /= 2n;
    twos++;
  }
  while (den % 5n === 0n) {
    den /= 5n;
    fives++;
  }
  return den === 1n ? Math.max(twos, fives) : MAX_DIGITS;
}

const MAX_DIGITS = 20;
