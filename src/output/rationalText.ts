import { type Rational } from '../domain/money/Rational';
import { toDecimalString } from '../domain/money/toDecimalString';

/**
 * r as decimal text with at most `digits` decimals (rounded half away from zero, trailing zeros dropped) and
 * the given decimal separator; for audit columns, where a double would lose digits.
 * @example decimalText({ num: 1n, den: 3n }, 5, ',') //=> '0,33333'
 */
export function decimalText(r: Rational, digits: number, separator: string): string {
  const plain = toDecimalString(r, digits);
  const trimmed = plain.includes('.') ? plain.replace(/0+$/, '').replace(/\.$/, '') : plain;
  const normalized = trimmed === '-0' ? '0' : trimmed;
  return normalized.replace('.', separator);
}

/** r as an exact fraction "num/den" (just "num" for integers). @example fractionText({ num: 2n, den: 3n }) //=> '2/3' */
export function fractionText(r: Rational): string {
  return r.den === 1n ? r.num.toString() : `${r.num}/${r.den}`;
}

/** r as a number literal for a formula: exact decimal, "." separator, negative values in parentheses. */
export function formulaLiteral(r: Rational): string {
  const text = decimalText(r, 12, '.');
  return text.startsWith('-') ? `(${text})` : text;
}

/** Decimals needed to show multiples of the rounding unit (0 for 1 kr, 2 for öre). */
export function decimalsOf(unit: Rational): number {
  let den = unit.den;
  let digits = 0;
  while (den > 1n && digits < 12) {
    den = den % 10n === 0n ? den / 10n : den;
    digits++;
  }
  return digits;
}

/** The invariant number format for amounts in this rounding unit: "#,##0" or "#,##0.00". */
export function amountFormat(unit: Rational): string {
  const digits = decimalsOf(unit);
  return digits === 0 ? '#,##0' : `#,##0.${'0'.repeat(digits)}`;
}
