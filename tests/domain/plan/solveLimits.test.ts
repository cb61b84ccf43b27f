import fc from 'fast-check';
import { compare, div, fromBigInt, rational, sum, ZERO } from '../../../src/domain/money/arithmetic';
import { type Rational } from '../../../src/domain/money/Rational';
import { clampedAt, type LimitedUnit, solveLimits } from '../../../src/domain/plan/solveLimits';
import { assertProperty } from '../allocation/fuzzConfig';

const r = (n: number): Rational => fromBigInt(BigInt(n));
const rs = (...ns: number[]): Rational[] => ns.map(r);

/** Units with key `weights`, floors and caps (undefined: none), solved for `total`; the exact amounts. */
function solve(
  total: number,
  weights: readonly number[],
  floors: readonly (number | undefined)[],
  caps: readonly (number | undefined)[],
): Rational[] | undefined {
  const W = r(weights.reduce((a, b) => a + b, 0));
  const units: LimitedUnit[] = weights.map((w, i) => ({
    pre: ZERO,
    share: div(r(w), W),
    floor: floors[i] === undefined ? undefined : r(floors[i]),
    cap: caps[i] === undefined ? undefined : r(caps[i]),
  }));
  const lambda = solveLimits(units, r(total));
  return lambda === undefined ? undefined : units.map((u) => clampedAt(u, lambda));
}

const none = [undefined, undefined, undefined, undefined];

describe('solveLimits', () => {
  it('is plain proportion when no bound binds', () => {
    expect(solve(10, [1, 2], [0, 0], none)).toEqual([rational(10n, 3n), rational(20n, 3n)]);
  });

  it('lifts to the floor and shares the rest pro rata (1 000 by 1:1:8, floor 200)', () => {
    expect(solve(1000, [1, 1, 8], [200, 200, 200], none)).toEqual(rs(200, 200, 600));
  });

  it('holds at the cap and gives the excess to the others (1 000 by 1:1:8, cap 500)', () => {
    expect(solve(1000, [1, 1, 8], [0, 0, 0], [500, 500, 500])).toEqual(rs(250, 250, 500));
  });

  it('sums to the total exactly with fractional shares and mixed bounds', () => {
    // Unit 1 lifted to 300, unit 4 held at 300; 400 left by 2:1 → 800/3 and 400/3.
    const x = solve(1000, [1, 2, 1, 10], [300, 0, 0, 0], [undefined, undefined, undefined, 300]);
    expect(x).toEqual([r(300), rational(800n, 3n), rational(400n, 3n), r(300)]);
    expect(sum(x ?? [])).toEqual(r(1000));
  });

  it('gives every unit its floor when the floors use up the total', () => {
    expect(solve(100, [3, 1], [50, 50], none)).toEqual(rs(50, 50));
  });

  it('fills caps up to the total when the caps only just allow it', () => {
    expect(solve(100, [3, 1], [0, 0], [50, 50])).toEqual(rs(50, 50));
  });

  it('finds no level when the floors exceed the total or the caps fall short', () => {
    expect(solve(100, [1, 1], [60, 60], none)).toBeUndefined();
    expect(solve(100, [1, 1], [0, 0], [40, 40])).toBeUndefined();
  });

  describe('properties', () => {
    // Amounts of 0–40 steps of a scale (1 kr up to 10¹⁰⁰ kr, beyond what a double holds exactly) over small
    // denominators: many units sit exactly on a bound or share a breakpoint, where doubles cannot decide.
    const scales = [1n, 10n ** 9n, 10n ** 30n, 10n ** 100n];
    const amount = (scale: bigint) =>
      fc
        .tuple(fc.bigInt({ min: 0n, max: 40n }), fc.constantFrom(1n, 2n, 3n, 7n))
        .map(([n, d]): Rational => rational(n * scale, d));
    const share = fc
      .tuple(fc.bigInt({ min: 0n, max: 9n }), fc.constantFrom(1n, 5n, 12n))
      .map(([n, d]): Rational => rational(n, d));
    const problem = fc.constantFrom(...scales).chain((scale) =>
      fc.record({
        units: fc.array(
          fc
            .record({
              pre: amount(scale),
              share,
              floor: fc.option(amount(scale), { nil: undefined }),
              cap: fc.option(amount(scale), { nil: undefined }),
            })
            // A plan's floor is at most its cap (checkPlan reports cap-below-floor): swap the two when drawn the other way.
            .map((u): LimitedUnit =>
              u.floor && u.cap && compare(u.floor, u.cap) > 0 ? { ...u, floor: u.cap, cap: u.floor } : u,
            ),
          { minLength: 1, maxLength: 12 },
        ),
        target: fc.bigInt({ min: 0n, max: 400n }).map((t) => fromBigInt(t * scale)),
      }),
    );
    const total = (units: readonly LimitedUnit[], lambda: Rational) =>
      sum(units.map((u) => clampedAt(u, lambda)));

    it('finds a level whose clamped amounts add up to the target exactly, whenever one exists', () => {
      assertProperty(
        fc.property(problem, ({ units, target }) => {
          const lambda = solveLimits(units, target);
          // No level when the floors alone exceed the target, or when every unit that can grow stops at a cap
          // below it (at a λ beyond every breakpoint, each unit with a share sits at its cap).
          const capped = units.every((u) => u.share.num === 0n || u.cap !== undefined);
          const beyond = rational(10n ** 400n);
          const feasible =
            compare(total(units, ZERO), target) <= 0 &&
            (!capped || compare(total(units, beyond), target) >= 0);
          expect(lambda !== undefined).toBe(feasible);
          if (lambda === undefined) return;
          expect(compare(lambda, ZERO)).toBeGreaterThanOrEqual(0);
          expect(total(units, lambda)).toEqual(target);
        }),
      );
    });
  });
});
