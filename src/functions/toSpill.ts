import { toNumber } from '../domain/money/toNumber';
import { type Rational } from '../domain/money/Rational';
import { type Orientation } from './readVector';

/**
 * Exact values as the 2-D array Excel spills, running the same way as the input range.
 * @example toSpill([1n, 2n] as Rationals, 'column') //=> [[1], [2]]
 */
export function toSpill(values: readonly Rational[], orientation: Orientation): number[][] {
  const numbers = values.map(toNumber);
  return orientation === 'row' ? [numbers] : numbers.map((n) => [n]);
}
