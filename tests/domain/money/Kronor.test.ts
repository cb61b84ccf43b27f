import { fromBigInt, rational } from '../../../src/domain/money/arithmetic';
import { addKronor, kronor, share, shareOf, sumKronor } from '../../../src/domain/money/Kronor';

describe('Kronor', () => {
  it("is Avesta's exact share of Dalarna's 15 711 504 kr: 23 178 / 287 966 of it", () => {
    const frame = kronor(fromBigInt(15_711_504n));
    // 15 711 504 · 23 178 / 287 966 = 182 080 619 856 / 143 983 (hand-reduced by 2).
    expect(shareOf(frame, share(rational(23_178n, 287_966n)))).toEqual({
      num: 182_080_619_856n,
      den: 143_983n,
    });
  });

  it('adds and sums amounts exactly, 0 kr for none', () => {
    const a = kronor(rational(1n, 10n));
    const b = kronor(rational(2n, 10n));
    expect(addKronor(a, b)).toEqual({ num: 3n, den: 10n });
    expect(sumKronor([a, b, a])).toEqual({ num: 2n, den: 5n });
    expect(sumKronor([])).toEqual({ num: 0n, den: 1n });
  });
});
