import Decimal from 'decimal.js';
import { type Rational } from './Rational';

const Precise = Decimal.clone({ precision: 40 });

/**
 * The nearest double to r, for the Excel/JSON boundary only (exact for integers up to 2^53).
 * @example toNumber(rational(1n, 8n)) //=> 0.125
 */
export function toNumber(r: Rational): number {
  if (r.den === 1n) return Number(r.num);
  return new Precise(r.num.toString()).div(r.den.toString()).toNumber();
}
