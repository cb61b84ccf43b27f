import { div, fromBigInt, rational, sum, ZERO } from '../../../src/domain/money/arithmetic';
import { type Rational } from '../../../src/domain/money/Rational';
import { clampedAt, type LimitedUnit, solveLimits } from '../../../src/domain/plan/solveLimits';

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
});
