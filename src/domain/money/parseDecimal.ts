import Decimal from 'decimal.js';
import { rational } from './arithmetic';
import { type Rational } from './Rational';

/** Larger exponents are refused so hostile input ("1e999999999") cannot allocate huge BigInts. */
export const MAX_DECIMAL_EXPONENT = 40;

// Spaces of all kinds are thousands separators in Swedish ("1 264 598", NBSP, narrow NBSP, thin space).
const SPACES = /[\s\u00a0\u202f\u2009]/g;
const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Parses a decimal written the Swedish or the English way into an exact Rational; undefined when it is not one.
 * Accepts "12,5", "12.5", "1 264 598", "−3" (Unicode minus) and "1e6"; refuses "1,264,598" (ambiguous).
 * @example parseDecimal('12,5') //=> { num: 25n, den: 2n }
 */
export function parseDecimal(text: string): Rational | undefined {
  const compact = text.replace(SPACES, '').replace(/\u2212/g, '-');
  const commas = compact.split(',').length - 1;
  if (commas > 1 || (commas === 1 && compact.includes('.'))) return undefined;
  const normal = compact.replace(',', '.');
  if (!PLAIN.test(normal)) return undefined;
  const d = new Decimal(normal);
  if (Math.abs(d.e) > MAX_DECIMAL_EXPONENT) return d.isZero() ? rational(0n) : undefined;
  return decimalToRational(d);
}

/**
 * An exact Rational of a finite Decimal (via its plain-notation digits, so nothing is rounded).
 * @example decimalToRational(new Decimal('-0.125')) //=> { num: -1n, den: 8n }
 */
export function decimalToRational(d: Decimal): Rational {
  const plain = d.toFixed();
  const negative = plain.startsWith('-');
  const [intPart, fracPart = ''] = (negative ? plain.slice(1) : plain).split('.');
  const num = BigInt(intPart + fracPart) * (negative ? -1n : 1n);
  return rational(num, 10n ** BigInt(fracPart.length));
}
