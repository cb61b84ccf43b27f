import fc from 'fast-check';
import { defined } from '../../../src/domain/errors';
import { allocateCumulative } from '../../../src/domain/allocation/allocateCumulative';
import { allocateRoundEach } from '../../../src/domain/allocation/allocateRoundEach';
import { type RoundingResult } from '../../../src/domain/allocation/RoundingOutcome';
import { fromBigInt, sub, sum } from '../../../src/domain/money/arithmetic';
import { assertProperty } from './fuzzConfig';

const kr = (n: number | bigint) => fromBigInt(BigInt(n));
const ints = (xs: number[]) => xs.map(kr);
const nums = (r: RoundingResult) => {
  if (!r.ok) throw new Error(r.problems[0]?.message.en);
  return r.amounts.map((a) => Number(a.num));
};
const weightsArb = fc
  .array(fc.nat({ max: 100_000 }), { minLength: 1, maxLength: 40 })
  .filter((w) => w.some((x) => x > 0));

describe('allocateRoundEach', () => {
  it('returns each share rounded on its own and the drift Σ − total', () => {
    const r = allocateRoundEach(kr(10), ints([1, 1, 1]));
    expect(nums(r)).toEqual([3, 3, 3]);
    expect(r.ok && r.drift).toEqual(kr(-1));
  });
  it('rounds halves away from zero like Excel ROUND, for both signs', () => {
    // 5 kr over 1:1 → 2.5 each → 3 and 3, drift +1; −5 kr → −3 and −3, drift −1.
    const pos = allocateRoundEach(kr(5), ints([1, 1]));
    expect(nums(pos)).toEqual([3, 3]);
    expect(pos.ok && pos.drift).toEqual(kr(1));
    const negative = allocateRoundEach(kr(-5), ints([1, 1]));
    expect(nums(negative)).toEqual([-3, -3]);
    expect(negative.ok && negative.drift).toEqual(kr(-1));
  });
  it('returns problems instead of amounts for an all-zero key', () => {
    expect(allocateRoundEach(kr(5), ints([0])).ok).toBe(false);
  });
  it('reports a drift that equals Σ amounts − total for any input', () => {
    assertProperty(
      fc.property(fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }), weightsArb, (t, w) => {
        const r = allocateRoundEach(kr(t), ints(w));
        if (!r.ok) return false;
        const n = BigInt(w.length);
        const drift = sub(sum(r.amounts), kr(t)).num;
        return r.drift.num === drift && 2n * drift <= n && -2n * drift <= n;
      }),
    );
  });
});

describe('allocateCumulative', () => {
  it('returns differences of rounded cumulative shares', () => {
    expect(nums(allocateCumulative(kr(10), ints([1, 1, 1])))).toEqual([3, 4, 3]);
    expect(nums(allocateCumulative(kr(-10), ints([1, 1, 1])))).toEqual([-3, -4, -3]);
  });
  it('returns a result that depends on row order (why it is not the default)', () => {
    // 1 kr over 1:1:2 → cumulative 0.25, 0.5, 1 → 0, 1, 0; reversed 2:1:1 → 0.5, 0.75, 1 → 1, 0, 0.
    expect(nums(allocateCumulative(kr(1), ints([1, 1, 2])))).toEqual([0, 1, 0]);
    expect(nums(allocateCumulative(kr(1), ints([2, 1, 1])))).toEqual([1, 0, 0]);
  });
  it('returns problems instead of amounts for a negative key', () => {
    expect(allocateCumulative(kr(5), ints([1, -1])).ok).toBe(false);
  });
  it('conserves the frame and keeps each unit within one krona of its share', () => {
    assertProperty(
      fc.property(fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }), weightsArb, (t, w) => {
        const r = allocateCumulative(kr(t), ints(w));
        if (!r.ok) return false;
        const within = r.trace.every((tr, i) => {
          const d = sub(defined(r.amounts[i], 'amount'), tr.exact);
          return d.num < d.den && -d.num < d.den;
        });
        return sum(r.amounts).num === t && within;
      }),
    );
  });
});
