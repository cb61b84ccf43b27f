import { mul, rational, roundHalfAwayInt } from './arithmetic';
import { type Rational } from './Rational';
import { NotNaturalNumberError } from '../errors';

/**
 * r printed with `digits` decimals, rounded half away from zero, "." as separator and no grouping (the UI
 * localizes). Exact for any size.
 * @example toDecimalString({ num: 2n, den: 3n }, 4) //=> '0.6667'
 */
export function toDecimalString(r: Rational, digits = 0): string {
  if (!Number.isInteger(digits) || digits < 0) throw new NotNaturalNumberError('digits', digits);
  const scale = 10n ** BigInt(digits);
  const scaled = roundHalfAwayInt(mul(r, rational(scale)));
  const negative = scaled < 0n;
  const m = negative ? -scaled : scaled;
  const intPart = (m / scale).toString();
  const frac = digits === 0 ? '' : '.' + (m % scale).toString().padStart(digits, '0');
  return (negative ? '-' : '') + intPart + frac;
}
