import { type AllocationUnit } from '../../allocation/Allocation';
import { type IndicatorValues } from '../IndicatorValues';

/** Values remembered per (units list, indicator values) pair, found by identity, then by a string key. */
export interface RecentInputsMemo<V> {
  get(units: readonly AllocationUnit[], indicators: IndicatorValues, key: string): V | undefined;
  set(units: readonly AllocationUnit[], indicators: IndicatorValues, key: string, value: V): void;
}

/**
 * A memo for the few most recent inputs (a what-if session keeps one units list and one set of indicators, so
 * every step hits). Older inputs are dropped at once, so what they held dies young instead of waiting in weak
 * maps for a full collection; each input keeps at most `perInput` values (cleared when full).
 * @example const memo = recentInputsMemo<number>(2, 8); memo.set(units, indicators, 'k', 1);
 * memo.get(units, indicators, 'k') //=> 1; memo.get([...units], indicators, 'k') //=> undefined (another list)
 */
export function recentInputsMemo<V>(inputs: number, perInput: number): RecentInputsMemo<V> {
  const entries: { units: readonly AllocationUnit[]; indicators: IndicatorValues; values: Map<string, V> }[] =
    [];
  const find = (units: readonly AllocationUnit[], indicators: IndicatorValues) =>
    entries.find((e) => e.units === units && e.indicators === indicators);
  return {
    get: (units, indicators, key) => find(units, indicators)?.values.get(key),
    set: (units, indicators, key, value) => {
      let entry = find(units, indicators);
      if (!entry) {
        entry = { units, indicators, values: new Map<string, V>() };
        entries.unshift(entry);
        entries.length = Math.min(entries.length, inputs);
      }
      if (entry.values.size >= perInput) entry.values.clear();
      entry.values.set(key, value);
    },
  };
}
