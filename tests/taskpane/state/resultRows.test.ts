import { type Allocation } from '../../../src/domain/allocation/Allocation';
import { kronor } from '../../../src/domain/money/Kronor';
import { diffAllocations } from '../../../src/domain/allocation/diffAllocations';
import { add, rational } from '../../../src/domain/money/arithmetic';
import { type Rational } from '../../../src/domain/money/Rational';
import { ROUNDING_UNITS } from '../../../src/domain/money/roundingUnits';
import { amountDecimals, resultRows, resultSumRow, sortRows } from '../../../src/taskpane/state/resultRows';
import { buildAllocation, units } from '../../helpers/allocationBuilder';

const UNITS = units([
  ['0604', 'Aneby'],
  ['0680', 'Jönköping'],
  ['0662', 'Gislaved'],
]);
const a = buildAllocation({
  planName: 'A',
  units: UNITS,
  pots: [
    { name: 'P', frame: 1_000_000n, keys: [1n, 6n, 3n] },
    { name: 'Q', frame: 100n, keys: [1n, 1n, 1n] },
  ],
});
const b = buildAllocation({
  planName: 'B',
  units: UNITS,
  pots: [
    { name: 'P', frame: 1_000_000n, keys: [2n, 5n, 3n] },
    { name: 'Q', frame: 100n, keys: [1n, 1n, 1n] },
  ],
});

/** The same allocation in öre: amounts whose double sum is not exact (0,10 + 0,20 + 0,30 kr per pot). */
function oreAllocation(): Allocation {
  const ore = [rational(10n, 100n), rational(20n, 100n), rational(30n, 100n)].map(kronor);
  const pots = a.pots.map((p) => ({ ...p, amounts: ore }));
  return {
    ...a,
    pots,
    totals: ore.map((v) => kronor(add(v, v))),
    roundingUnit: ROUNDING_UNITS.ore,
  };
}

const text = (r: Rational) => `${r.num}/${r.den}`;

describe('resultRows', () => {
  it('returns a row per unit with exact amounts beside the numbers, and Δ matched by unit id', () => {
    const rows = resultRows(b, diffAllocations(a, b));
    expect(rows.map((r) => r.unit.name)).toEqual(['Aneby', 'Jönköping', 'Gislaved']);
    expect(rows[0]?.pots).toEqual([200_000, 34]);
    expect(rows[0]?.total).toBe(200_034);
    expect(rows[0]?.delta).toBe(100_000);
    expect(rows[0]?.deltaPercent).toBeCloseTo(99.966, 3);
    expect(text(rows[0]?.exact.total ?? rational(-1n))).toBe('200034/1');
    expect(text(rows[0]?.exact.delta ?? rational(-1n))).toBe('100000/1');
  });

  it('returns rows without Δ when nothing is compared', () => {
    const rows = resultRows(a);
    expect(rows.every((r) => r.delta === undefined && r.exact.delta === undefined)).toBe(true);
  });
});

describe('resultSumRow', () => {
  it('returns the exact sums per pot, in total and of Δ', () => {
    const sum = resultSumRow(resultRows(b, diffAllocations(a, b)), 2);
    expect(sum.pots.map(text)).toEqual(['1000000/1', '100/1']);
    expect(text(sum.total)).toBe('1000100/1');
    expect(text(sum.delta!)).toBe('0/1');
  });

  it('returns the same sums whatever the row order', () => {
    const rows = resultRows(b, diffAllocations(a, b));
    const sorted = sortRows(rows, 'total', 'descending');
    expect(resultSumRow(sorted, 2)).toEqual(resultSumRow(rows, 2));
  });

  it('adds öre exactly where doubles drift (0,1 + 0,2 + 0,3 = 0,6)', () => {
    const rows = resultRows(oreAllocation());
    expect(rows.reduce((acc, r) => acc + (r.pots[0] ?? 0), 0)).not.toBe(0.6);
    const sum = resultSumRow(rows, 2);
    expect(sum.pots.map(text)).toEqual(['3/5', '3/5']);
    expect(text(sum.total)).toBe('6/5');
  });

  it('has no Δ when no row has one', () => {
    expect(resultSumRow(resultRows(a), 2).delta).toBeUndefined();
  });

  describe('edge cases', () => {
    it('returns zeros for no rows', () => {
      const sum = resultSumRow([], 1);
      expect(sum.pots.map(text)).toEqual(['0/1']);
      expect(text(sum.total)).toBe('0/1');
    });
  });
});

describe('amountDecimals', () => {
  it('returns 2 for öre and 0 for 1, 100 and 1 000 kr', () => {
    expect(amountDecimals({ roundingUnit: ROUNDING_UNITS.ore })).toBe(2);
    expect(amountDecimals({ roundingUnit: ROUNDING_UNITS.krona })).toBe(0);
    expect(amountDecimals({ roundingUnit: ROUNDING_UNITS.hundred })).toBe(0);
    expect(amountDecimals({ roundingUnit: ROUNDING_UNITS.thousand })).toBe(0);
  });
});
