import { fromBigInt, rational, sum } from '../../src/domain/money/arithmetic';
import { type Rational } from '../../src/domain/money/Rational';
import { boundedShares } from '../../src/functions/_internal/boundedShares';

const r = (n: number): Rational => fromBigInt(BigInt(n));
const rs = (...ns: number[]): Rational[] => ns.map(r);

describe('boundedShares', () => {
  it('is plain proportion when no bound binds', () => {
    expect(boundedShares(r(10), rs(1, 2), rs(0, 0), [undefined, undefined])).toEqual([
      rational(10n, 3n),
      rational(20n, 3n),
    ]);
  });

  it('lifts to the floor and shares the rest pro rata (1 000 by 1:1:8, floor 200)', () => {
    expect(boundedShares(r(1000), rs(1, 1, 8), rs(200, 200, 200), [undefined, undefined, undefined])).toEqual(
      rs(200, 200, 600),
    );
  });

  it('holds at the cap and gives the excess to the others (1 000 by 1:1:8, cap 500)', () => {
    expect(boundedShares(r(1000), rs(1, 1, 8), rs(0, 0, 0), rs(500, 500, 500))).toEqual(rs(250, 250, 500));
  });

  it('sums to the total exactly with fractional shares and mixed bounds', () => {
    const x = boundedShares(r(1000), rs(1, 2, 1, 10), rs(300, 0, 0, 0), [
      undefined,
      undefined,
      undefined,
      r(300),
    ]);
    expect(sum(x)).toEqual(r(1000));
    expect(x).toEqual([r(300), rational(800n, 3n), rational(400n, 3n), r(300)]);
  });

  it('gives every unit its floor when the floors use up the total', () => {
    expect(boundedShares(r(100), rs(3, 1), rs(50, 50), [undefined, undefined])).toEqual(rs(50, 50));
  });

  it('fills caps up to the total when the caps only just allow it', () => {
    expect(boundedShares(r(100), rs(3, 1), rs(0, 0), rs(50, 50))).toEqual(rs(50, 50));
  });
});
