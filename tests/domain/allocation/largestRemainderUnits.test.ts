import fc from 'fast-check';
import {
  largestRemainderOverDenominator,
  largestRemainderUnits,
} from '../../../src/domain/allocation/_internal/largestRemainderUnits';
import { fromBigInt } from '../../../src/domain/money/arithmetic';
import { assertProperty } from './fuzzConfig';

describe('largestRemainderOverDenominator (the plan path: exact amounts over one denominator)', () => {
  it('returns 13 kr as quotas 1,3 / 2,6 / 3,9 / 5,2 → [1, 3, 4, 5], the two leftover kronor to 0,9 then 0,6', () => {
    const r = largestRemainderOverDenominator([13n, 26n, 39n, 52n], 10n, 13n, {});
    expect(r.floors).toEqual([1n, 2n, 3n, 5n]);
    expect(r.remainders).toEqual([3n, 6n, 9n, 2n]);
    expect(r.rounded).toEqual([1n, 3n, 4n, 5n]);
    expect(r.ranks).toEqual([undefined, 2, 1, undefined]);
  });

  it('returns a tie on remainders beyond 2^53 (equal doubles, different BigInts) to the truly larger one', () => {
    // den = 2^60, numerators 2^59, 2^59 + 1 and 2^60 − 1 (Σ = 2^61, so 2 units, every floor 0). The first two
    // round to the same double; the second is larger by one, so it takes the second unit after the third.
    const den = 2n ** 60n;
    const r = largestRemainderOverDenominator([2n ** 59n, 2n ** 59n + 1n, den - 1n], den, 2n, {});
    expect(r.rounded).toEqual([0n, 1n, 1n]);
    expect(r.ranks).toEqual([undefined, 2, 1]);
  });

  it('returns a tie at the cut by the documented rule: larger key, then lower code, then earlier row', () => {
    // 2 units over four quotas of 1/2: equal numerators, so codes decide: 01 and 02 (rows 3 and 2) get them.
    const r = largestRemainderOverDenominator([1n, 1n, 1n, 1n], 2n, 2n, {
      tieKeys: ['04', '02', '01', '03'],
    });
    expect(r.rounded).toEqual([0n, 1n, 1n, 0n]);
    expect(r.ranks).toEqual([undefined, 2, 1, undefined]);
  });

  describe('properties', () => {
    const numArb = fc.oneof(
      fc.bigInt({ min: 0n, max: 8n }),
      fc.bigInt({ min: 0n, max: 10n ** 9n }),
      fc.bigInt({ min: 0n, max: 2n ** 80n }),
    );
    const caseArb = fc
      .tuple(
        fc.array(numArb, { minLength: 1, maxLength: 60 }),
        fc.oneof(fc.bigInt({ min: 1n, max: 10n }), fc.bigInt({ min: 1n, max: 2n ** 70n })),
        fc.boolean(),
      )
      .chain(([nums, den, withTies]) => {
        // Make Σ nums a multiple of den (as the plan's exact amounts always are): top up the last numerator.
        const total = nums.reduce((a, b) => a + b, 0n);
        const gap = (den - (total % den)) % den;
        const adjusted = [...nums.slice(0, -1), (nums.at(-1) ?? 0n) + gap];
        const n = adjusted.length;
        const ties = withTies
          ? fc.record({
              tieKeys: fc.array(fc.option(fc.constantFrom('01', '02', '10'), { nil: undefined }), {
                minLength: n,
                maxLength: n,
              }),
              tieWeights: fc.array(
                fc.nat({ max: 3 }).map((x) => fromBigInt(BigInt(x))),
                {
                  minLength: n,
                  maxLength: n,
                },
              ),
            })
          : fc.constant({});
        return fc.tuple(fc.constant(adjusted), fc.constant(den), ties);
      });

    it('returns the same floors, amounts and ranks as the BigInt reference on the same quotas (fuzz)', () => {
      assertProperty(
        fc.property(caseArb, ([nums, den, options]) => {
          const sum = nums.reduce((a, b) => a + b, 0n);
          const units = sum / den;
          const fast = largestRemainderOverDenominator(nums, den, units, options);
          if (units === 0n) {
            expect(fast.rounded).toEqual(nums.map(() => 0n));
            return;
          }
          // The reference's quota of unit i is units · numᵢ / Σ nums = numᵢ / den, the same number.
          const exact = largestRemainderUnits(
            { unit: fromBigInt(1n), units, negative: false, weights: nums, weightSum: sum },
            options,
          );
          expect(fast.floors).toEqual(exact.floors);
          expect(fast.rounded).toEqual(exact.rounded);
          expect(fast.ranks).toEqual(exact.ranks);
        }),
      );
    });
  });
});
