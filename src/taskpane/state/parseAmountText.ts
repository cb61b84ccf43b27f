import { mul, rational } from '../../domain/money/arithmetic';
import { parseDecimal } from '../../domain/money/parseDecimal';
import { type Rational } from '../../domain/money/Rational';

const SCALES: readonly [RegExp, bigint][] = [
  [/\s*(mkr|mnkr|miljoner|milj\.?|mn)$/i, 1_000_000n],
  [/\s*(tkr|tusen)$/i, 1_000n],
  [/\s*(kr|kronor|sek)$/i, 1n],
];

/**
 * An amount in kronor as people type it in Sweden: "1 900 000", "1900000", "1 900 000 kr", "1,9 Mkr",
 * "250 tkr", "12,5". Undefined when the text is no amount (or negative).
 * @example parseAmountText('1,9 Mkr') //=> { num: 1900000n, den: 1n }
 */
export function parseAmountText(text: string): Rational | undefined {
  let rest = text.replace(/[\u00a0\u202f\u2007]/g, ' ').trim();
  let scale = 1n;
  for (const [pattern, factor] of SCALES) {
    if (pattern.test(rest)) {
      rest = rest.replace(pattern, '');
      scale = factor;
      break;
    }
  }
  const value = parseDecimal(rest.replace(/\u2212/g, '-'));
  if (!value || value.num < 0n) return undefined;
  return mul(value, rational(scale));
}
