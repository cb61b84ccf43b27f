import { defined } from '../../errors';
import { compare } from '../../money/arithmetic';
import { type RoundingOptions } from '../RoundingOutcome';

/**
 * The documented tie rule between units a and b whose remainders are equal: larger key first (`tieWeights` when
 * given, else `byOwnWeight(a, b)`, negative when a's weight is larger), then lower official code (a unit without
 * one after those with one), then earlier row. A strict total order, so every sort and selection agrees.
 * @example tieOrder(0, 1, { tieKeys: ['0180', '0114'] }, () => 0) //=> 1 (0114 before 0180)
 */
export function tieOrder(
  a: number,
  b: number,
  options: RoundingOptions,
  byOwnWeight: (a: number, b: number) => number,
): number {
  const tieWeights = options.tieWeights;
  const byWeight = tieWeights
    ? compare(defined(tieWeights[b], 'tie weight'), defined(tieWeights[a], 'tie weight'))
    : byOwnWeight(a, b);
  if (byWeight !== 0) return byWeight;
  const ca = options.tieKeys?.[a];
  const cb = options.tieKeys?.[b];
  if (ca !== cb) return ca === undefined ? 1 : cb === undefined ? -1 : ca < cb ? -1 : 1;
  return a - b;
}

/**
 * Larger bigint first: the own-weight comparison of {@link tieOrder} over integer weights.
 * @example largerFirst([5n, 9n])(0, 1) //=> 1 (the 9 comes first)
 */
export function largerFirst(values: readonly bigint[]): (a: number, b: number) => number {
  return (a, b) => {
    const x = values[a] ?? 0n;
    const y = values[b] ?? 0n;
    return x === y ? 0 : x > y ? -1 : 1;
  };
}
