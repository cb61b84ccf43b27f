import fc from 'fast-check';
import {
  exactLargestRemainder,
  fastLargestRemainder,
} from '../../../src/domain/allocation/_internal/largestRemainderOutcome';
import { prepareQuotas, type Quotas } from '../../../src/domain/allocation/_internal/prepareQuotas';
import { allocateLargestRemainder } from '../../../src/domain/allocation/allocateLargestRemainder';
import { type RoundingOptions, type RoundingOutcome } from '../../../src/domain/allocation/RoundingOutcome';
import { fromBigInt, mul, rational } from '../../../src/domain/money/arithmetic';
import { type Rational } from '../../../src/domain/money/Rational';
import { ROUNDING_UNITS } from '../../../src/domain/money/roundingUnits';
import { assertProperty } from './fuzzConfig';

const kr = (n: bigint | number) => fromBigInt(BigInt(n));
const TWO_53 = 2n ** 53n;

function quotas(total: Rational, weights: readonly Rational[], options: RoundingOptions = {}): Quotas {
  const r = prepareQuotas(total, weights, options);
  if (!r.ok) throw new Error(r.problems[0]?.message.en);
  return r.quotas;
}

/** Every field, with the (lazy) trace read, as plain data. */
function plain(o: RoundingOutcome): unknown {
  return { amounts: o.amounts, trace: o.trace.map((t) => ({ ...t })), drift: o.drift };
}

function fast(q: Quotas, options: RoundingOptions): RoundingOutcome {
  const r = fastLargestRemainder(q, options);
  if (!r) throw new Error('the fast path refused quotas below 2^53');
  return r;
}

describe('largest remainder: fast path on doubles', () => {
  it('returns ties at the cut to the larger key, then the lower code: 2 kr over 1:1:1:1 coded 04, 03, 02, 01', () => {
    // Every quota is 0,5 kr: the two units coded 01 and 02 (the last two rows) get the two kronor, 01 first.
    const q = quotas(kr(2), [kr(1), kr(1), kr(1), kr(1)]);
    const r = fast(q, { tieKeys: ['04', '03', '02', '01'] });
    expect(r.amounts).toEqual([kr(0), kr(0), kr(1), kr(1)]);
    expect(r.trace.map((t) => t.rank)).toEqual([undefined, undefined, 2, 1]);
    // 3 kr over 1:1:2 → 0,75 / 0,75 / 1,5: equal remainders 0,75, both fit; 1,5 has the smaller remainder.
    expect(fast(quotas(kr(3), [kr(1), kr(1), kr(2)]), {}).amounts).toEqual([kr(1), kr(1), kr(1)]);
  });

  it('returns a tie to the unit with an official code before one without, whatever the row order', () => {
    // 2 kr over 1:1:1, codes [none, 02, 01]: 01 first, then 02, then the unit without a code (a total order, so
    // the fast and the BigInt path cannot disagree).
    const options = { tieKeys: [undefined, '02', '01'] };
    const q = quotas(kr(2), [kr(1), kr(1), kr(1)]);
    expect(fast(q, options).amounts).toEqual([kr(0), kr(1), kr(1)]);
    expect(exactLargestRemainder(q, options).amounts).toEqual([kr(0), kr(1), kr(1)]);
    expect(fast(q, options).trace.map((t) => t.rank)).toEqual([undefined, 2, 1]);
  });

  it('returns 13 kr over 1:2:3:4 as [1, 3, 4, 5] with the exact trace 1,3 / 2,6 / 3,9 / 5,2', () => {
    const r = fast(quotas(kr(13), [kr(1), kr(2), kr(3), kr(4)]), {});
    expect(r.amounts).toEqual([kr(1), kr(3), kr(4), kr(5)]);
    expect(r.trace.map((t) => t.exact)).toEqual([
      rational(13n, 10n),
      rational(26n, 10n),
      rational(39n, 10n),
      rational(52n, 10n),
    ]);
    expect(r.trace.map((t) => t.remainder)).toEqual([
      rational(3n, 10n),
      rational(6n, 10n),
      rational(9n, 10n),
      rational(2n, 10n),
    ]);
    expect(r.trace.map((t) => t.rank)).toEqual([undefined, 2, 1, undefined]);
  });

  it('returns −13 kr over 1:2:3:4 as the mirror [−1, −3, −4, −5]', () => {
    const r = fast(quotas(kr(-13), [kr(1), kr(2), kr(3), kr(4)]), {});
    expect(r.amounts).toEqual([kr(-1), kr(-3), kr(-4), kr(-5)]);
    expect(r.trace[1]?.exact).toEqual(rational(-26n, 10n));
  });

  it('returns nothing from the fast path when the total reaches 2^53 (the BigInt path answers)', () => {
    expect(fastLargestRemainder(quotas(fromBigInt(TWO_53), [kr(1), kr(2)]), {})).toBeUndefined();
    expect(fastLargestRemainder(quotas(kr(10), [fromBigInt(TWO_53), kr(2)]), {})).toBeUndefined();
  });

  describe('properties', () => {
    // Keys: many ties (0..4), kommun-sized (0..10^6), decimals (hundredths), and huge ones that force the
    // BigInt products and the comparison sort; zero keys included, at least one key positive.
    const small = fc.nat({ max: 4 }).map((x) => kr(x));
    const population = fc.nat({ max: 1_000_000 }).map((x) => kr(x));
    const decimal = fc.nat({ max: 100_000 }).map((x) => rational(BigInt(x), 100n));
    const huge = fc.bigInt({ min: 0n, max: 2n ** 46n }).map(fromBigInt);
    const weightsArb = fc
      .oneof(
        fc.array(small, { minLength: 1, maxLength: 40 }),
        fc.array(population, { minLength: 1, maxLength: 120 }),
        fc.array(fc.oneof(population, decimal), { minLength: 1, maxLength: 40 }),
        fc.array(fc.oneof(huge, small), { minLength: 1, maxLength: 30 }),
      )
      .filter((w) => w.some((x) => x.num > 0n));
    const totalArb = fc.oneof(
      fc.bigInt({ min: -1000n, max: 1000n }),
      fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
      fc.bigInt({ min: TWO_53 - 10n ** 6n, max: TWO_53 - 1n }),
      fc.bigInt({ min: -(TWO_53 - 1n), max: -(TWO_53 - 10n ** 6n) }),
      fc.bigInt({ min: TWO_53, max: 2n ** 70n }),
    );
    const unitArb = fc.constantFrom(ROUNDING_UNITS.krona, ROUNDING_UNITS.hundred, ROUNDING_UNITS.ore);
    const tieArb = (n: number) =>
      fc.record(
        {
          tieKeys: fc.array(fc.option(fc.constantFrom('01', '02', '03', '10'), { nil: undefined }), {
            minLength: n,
            maxLength: n,
          }),
          tieWeights: fc.array(small, { minLength: n, maxLength: n }),
        },
        { requiredKeys: [] },
      );
    const caseArb = weightsArb.chain((w) => fc.tuple(fc.constant(w), totalArb, unitArb, tieArb(w.length)));

    it('returns the same kronor, trace and tie order as the BigInt path (fuzz)', () => {
      assertProperty(
        fc.property(caseArb, ([weights, t, unit, ties]) => {
          const options = { ...ties, unit };
          const q = quotas(mul(kr(t), unit), weights, options);
          const exact = exactLargestRemainder(q, options);
          const quick = fastLargestRemainder(q, options);
          const fits = q.units < TWO_53 && q.weightSum < TWO_53;
          expect(quick === undefined).toBe(!fits);
          if (quick) expect(plain(quick)).toEqual(plain(exact));
          const viaApi = allocateLargestRemainder(mul(kr(t), unit), weights, options);
          if (!viaApi.ok) throw new Error(viaApi.problems[0]?.message.en);
          expect(plain(viaApi)).toEqual(plain(exact));
        }),
      );
    });
  });
});
