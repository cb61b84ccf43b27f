import Decimal from 'decimal.js';
import { rational } from './arithmetic';
import { decimalToRational } from './parseDecimal';
import { type Rational } from './Rational';
import { NotFiniteNumberError } from '../errors';

/**
 * The Rational an Excel/JSON double stands for: the shortest decimal that round-trips to it (what Excel shows
 * and the user typed), converted exactly via decimal.js. So 0.1 becomes 1/10, not the binary 3602879701896397/2^55.
 * Throws on NaN/±Infinity (callers at the boundary reject those as cell errors first).
 * @example fromNumber(12.5) //=> { num: 25n, den: 2n }
 */
export function fromNumber(x: number): Rational {
  if (!Number.isFinite(x)) throw new NotFiniteNumberError(x);
  if (Number.isInteger(x)) return rational(BigInt(x));
  return decimalToRational(new Decimal(String(x)));
}

/**
 * The exact binary value of a double (mantissa · 2^exponent), for callers that need the stored bits, not
 * the displayed decimal.
 * @example fromNumberBinary(0.5) //=> { num: 1n, den: 2n }
 */
export function fromNumberBinary(x: number): Rational {
  if (!Number.isFinite(x)) throw new NotFiniteNumberError(x);
  if (Number.isInteger(x)) return rational(BigInt(x));
  // Scale by 2 until integral: at most 1074 steps for subnormals, each exact in binary floating point.
  let scaled = x;
  let den = 1n;
  while (!Number.isInteger(scaled)) {
    scaled *= 2;
    den *= 2n;
  }
  return rational(BigInt(scaled), den);
}
