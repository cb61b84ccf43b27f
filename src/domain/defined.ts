import { InvariantError } from './errors';

/**
 * `value`, which the code has proved present (an index within bounds, a key just set): throws a named
 * {@link InvariantError} naming `what` instead of letting `undefined` travel on.
 * @example defined([10, 20][1], 'second row') //=> 20
 */
export function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new InvariantError(`${what} is missing`);
  return value;
}
