import { recentInputsMemo } from '../../../src/domain/plan/_internal/recentInputsMemo';
import { type IndicatorValues } from '../../../src/domain/plan/IndicatorValues';

const unitsA = [{ id: 'a', name: 'A' }];
const unitsB = [{ id: 'b', name: 'B' }];
const unitsC = [{ id: 'c', name: 'C' }];
const indicators: IndicatorValues = {};

describe('recentInputsMemo', () => {
  it('returns a value for the same units list and indicators by identity, not for an equal copy', () => {
    const memo = recentInputsMemo<number>(2, 8);
    memo.set(unitsA, indicators, 'k', 1);
    expect(memo.get(unitsA, indicators, 'k')).toBe(1);
    expect(memo.get([...unitsA], indicators, 'k')).toBeUndefined();
    expect(memo.get(unitsA, {}, 'k')).toBeUndefined();
  });

  it('returns nothing for the oldest input once `inputs` newer ones were added', () => {
    const memo = recentInputsMemo<number>(2, 8);
    memo.set(unitsA, indicators, 'k', 1);
    memo.set(unitsB, indicators, 'k', 2);
    memo.set(unitsC, indicators, 'k', 3);
    expect([unitsA, unitsB, unitsC].map((u) => memo.get(u, indicators, 'k'))).toEqual([undefined, 2, 3]);
  });

  it('returns only the newest value of an input after `perInput` values filled it', () => {
    const memo = recentInputsMemo<number>(1, 2);
    memo.set(unitsA, indicators, 'x', 1);
    memo.set(unitsA, indicators, 'y', 2);
    memo.set(unitsA, indicators, 'z', 3);
    expect(['x', 'y', 'z'].map((k) => memo.get(unitsA, indicators, k))).toEqual([undefined, undefined, 3]);
  });
});
