import fc from 'fast-check';
import { add, compare, div, fromBigInt, mul, sub, sum, ZERO } from '../../src/domain/money/arithmetic';
import { type Rational } from '../../src/domain/money/Rational';
import { fordela } from '../../src/functions/fordela';
import { defined } from '../helpers/defined';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const col = (values: readonly unknown[]): unknown[][] => values.map((v) => [v]);
const amounts = (spill: unknown): bigint[] => {
  if (!Array.isArray(spill)) throw new Error(`expected a spill, got ${JSON.stringify(spill)}`);
  return (spill as number[][]).map(([v]) => BigInt(defined(v, 'a spilled amount')));
};

// FORDELA refuses a 0 in the key (desktop Excel passes blank cells as 0), so keys are positive.
const keyArb = fc.array(fc.integer({ min: 1, max: 10_000_000 }), { minLength: 1, maxLength: 40 });

/** |a − exact| < unit, with exact = T·w/W, checked in integers: |a·W − T·w| < unit·W. */
function withinOneUnit(a: bigint, total: bigint, w: bigint, W: bigint, unit: bigint): boolean {
  const d = a * W - total * w;
  return (d < 0n ? -d : d) < unit * W;
}

describe('fordela properties (fuzz)', () => {
  it('sums exactly to the amount and keeps every unit within one rounding unit of its quota', () => {
    fc.assert(
      fc.property(
        keyArb,
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        fc.constantFrom(1, 100, 1000),
        (key, units, unit) => {
          const total = units * unit;
          const a = amounts(fordela(total, col(key), null, null, unit));
          const W = key.reduce((s, v) => s + BigInt(v), 0n);
          expect(a.reduce((s, v) => s + v, 0n)).toBe(BigInt(total));
          a.forEach((ai, i) => {
            expect(ai % BigInt(unit)).toBe(0n);
            expect(
              withinOneUnit(ai, BigInt(total), BigInt(defined(key[i], 'key value')), W, BigInt(unit)),
            ).toBe(true);
          });
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('sums exactly in öre', () => {
    fc.assert(
      fc.property(keyArb, fc.integer({ min: 0, max: 100_000_000 }), (key, cents) => {
        const spill = fordela(cents / 100, col(key), null, null, 0.01) as number[][];
        const inCents = spill.map(([v]) => Math.round(defined(v, 'a spilled amount') * 100));
        spill.forEach(([v], i) => expect(defined(inCents[i], 'cents') / 100).toBe(v));
        expect(inCents.reduce((s, v) => s + v, 0)).toBe(cents);
      }),
      { numRuns: RUNS },
    );
  });

  it('does not depend on row order when codes are unique', () => {
    fc.assert(
      fc.property(
        keyArb.chain((key) =>
          fc.tuple(
            fc.constant(key),
            fc.shuffledSubarray([...key.keys()], { minLength: key.length, maxLength: key.length }),
          ),
        ),
        fc.nat({ max: 10_000_000 }),
        ([key, order], total) => {
          const codes = key.map((_, i) => String(1000 + i));
          const base = amounts(fordela(total, col(key), null, null, null, col(codes)));
          const permuted = amounts(
            fordela(total, col(order.map((i) => key[i])), null, null, null, col(order.map((i) => codes[i]))),
          );
          expect(permuted).toEqual(order.map((i) => base[i]));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('with floors: meets every floor, sums exactly and stays within 1 kr of clamp-and-redistribute', () => {
    fc.assert(
      fc.property(keyArb, fc.nat({ max: 50_000 }), fc.nat({ max: 5_000_000 }), (key, floor, extra) => {
        const total = floor * key.length + extra;
        const a = amounts(fordela(total, col(key), floor));
        const exact = iterativeClamp(total, key, 'floor', floor);
        expect(a.reduce((s, v) => s + v, 0n)).toBe(BigInt(total));
        a.forEach((ai, i) => {
          expect(ai >= BigInt(floor)).toBe(true);
          expect(within1(ai, defined(exact[i], 'exact amount'))).toBe(true);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('with caps: stays under every cap, sums exactly and stays within 1 kr of clamp-and-redistribute', () => {
    fc.assert(
      fc.property(
        keyArb.filter((k) => k.every((v) => v > 0)),
        fc.integer({ min: 1, max: 500_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (key, cap, fill) => {
          const total = Math.floor(cap * key.length * fill);
          const a = amounts(fordela(total, col(key), null, cap));
          const exact = iterativeClamp(total, key, 'cap', cap);
          expect(a.reduce((s, v) => s + v, 0n)).toBe(BigInt(total));
          a.forEach((ai, i) => {
            expect(ai <= BigInt(cap)).toBe(true);
            expect(within1(ai, defined(exact[i], 'exact amount'))).toBe(true);
          });
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('with per-unit floors and caps together: bounds hold and the sum is exact', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 1, max: 1000 }),
            fc.nat({ max: 1000 }),
            fc.integer({ min: 1, max: 1000 }),
          ),
          {
            minLength: 1,
            maxLength: 30,
          },
        ),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (units, fill) => {
          const key = units.map(([w]) => w);
          const floors = units.map(([, f]) => f);
          // A cap of 0 is refused (desktop Excel passes a blank cell as 0), so the smallest cap is 1.
          const caps = units.map(([, f, d]) => Math.max(f + d, 1));
          const lo = floors.reduce((s, v) => s + v, 0);
          const hi = caps.reduce((s, v) => s + v, 0);
          const total = lo + Math.floor((hi - lo) * fill);
          const a = amounts(fordela(total, col(key), col(floors), col(caps)));
          expect(a.reduce((s, v) => s + v, 0n)).toBe(BigInt(total));
          a.forEach((ai, i) => {
            expect(ai >= BigInt(defined(floors[i], 'floor')) && ai <= BigInt(defined(caps[i], 'cap'))).toBe(
              true,
            );
          });
        },
      ),
      { numRuns: RUNS },
    );
  });
});

function within1(a: bigint, exact: Rational): boolean {
  const d = sub(fromBigInt(a), exact);
  return compare(d, fromBigInt(1n)) < 0 && compare(d, fromBigInt(-1n)) > 0;
}

/**
 * Oracle: the textbook clamp-and-redistribute loop for one kind of bound — share what is left over the free units,
 * fix every unit that crosses its bound, repeat until none does. Correct for floors only or caps only.
 */
function iterativeClamp(
  total: number,
  key: readonly number[],
  kind: 'floor' | 'cap',
  bound: number,
): Rational[] {
  const b = fromBigInt(BigInt(bound));
  const fixed = new Set<number>();
  for (;;) {
    const free = key.map((_, i) => i).filter((i) => !fixed.has(i));
    const left = sub(fromBigInt(BigInt(total)), mul(b, fromBigInt(BigInt(fixed.size))));
    const W = sum(free.map((i) => fromBigInt(BigInt(defined(key[i], 'key value')))));
    const share = (i: number): Rational =>
      compare(W, ZERO) === 0 ? ZERO : div(mul(left, fromBigInt(BigInt(defined(key[i], 'key value')))), W);
    const crossing = free.filter((i) =>
      kind === 'floor' ? compare(share(i), b) < 0 : compare(share(i), b) > 0,
    );
    if (crossing.length === 0) return key.map((_, i) => (fixed.has(i) ? b : add(share(i), ZERO)));
    crossing.forEach((i) => fixed.add(i));
  }
}
