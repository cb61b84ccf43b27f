import { type Allocation } from '../../../src/domain/allocation/Allocation';
import { diffAllocations } from '../../../src/domain/allocation/diffAllocations';
import { fromBigInt, rational } from '../../../src/domain/money/arithmetic';
import { kronor } from '../../../src/domain/money/Kronor';

const kr = (n: number) => kronor(fromBigInt(BigInt(n)));
const allocation = (units: [string, number, number][]): Allocation => ({
  planName: 'S',
  units: units.map(([id]) => ({ id, name: id })),
  pots: [
    {
      potId: 'p',
      potName: 'P',
      frame: kr(0),
      setAsides: [],
      distributed: kr(0),
      amounts: units.map(([, a]) => kr(a)),
      trace: [],
      notes: [],
    },
  ],
  totals: units.map(([, , t]) => kr(t)),
  roundingUnit: kr(1),
  method: 'largest-remainder',
});

describe('diffAllocations', () => {
  const a = allocation([
    ['Aneby', 400, 1000],
    ['Eksjö', 300, 0],
    ['Habo', 100, 300],
  ]);
  const b = allocation([
    ['Habo', 150, 200],
    ['Aneby', 400, 1025],
    ['Eksjö', 0, 10],
    ['Nässjö', 50, 50],
  ]);

  it('returns Δ kr and Δ % of the totals per unit, matched by id', () => {
    const d = diffAllocations(a, b);
    expect(d.map((x) => [x.unit.id, x.before, x.after, x.delta])).toEqual([
      ['Aneby', kr(1000), kr(1025), kr(25)],
      ['Eksjö', kr(0), kr(10), kr(10)],
      ['Habo', kr(300), kr(200), kr(-100)],
      ['Nässjö', kr(0), kr(50), kr(50)],
    ]);
    expect(d.map((x) => x.deltaPercent)).toEqual([
      rational(5n, 2n),
      undefined,
      rational(-100n, 3n),
      undefined,
    ]);
  });

  it('returns the change of one pot when a pot id is given, and 0 for a pot missing on one side', () => {
    const d = diffAllocations(a, b, 'p');
    expect(d.map((x) => x.delta)).toEqual([kr(0), kr(-300), kr(50), kr(50)]);
    expect(d[2]?.deltaPercent).toEqual(kr(50));
    expect(diffAllocations(a, b, 'other').every((x) => x.delta.num === 0n)).toBe(true);
  });

  it('returns the same units in the same order matched by position: Δ 100, 20, −150 kr and 10 %, –, −50 %', () => {
    const c = allocation([
      ['Aneby', 0, 1100],
      ['Eksjö', 0, 20],
      ['Habo', 0, 150],
    ]);
    const d = diffAllocations(a, c);
    expect(d.map((x) => [x.unit.id, x.delta])).toEqual([
      ['Aneby', kr(100)],
      ['Eksjö', kr(20)],
      ['Habo', kr(-150)],
    ]);
    expect(d.map((x) => x.deltaPercent)).toEqual([kr(10), undefined, kr(-50)]);
  });

  it('returns units matched by id when the same units come in another order', () => {
    const c = allocation([
      ['Habo', 0, 150],
      ['Aneby', 0, 1100],
      ['Eksjö', 0, 20],
    ]);
    expect(diffAllocations(a, c).map((x) => [x.unit.id, x.delta])).toEqual([
      ['Aneby', kr(100)],
      ['Eksjö', kr(20)],
      ['Habo', kr(-150)],
    ]);
  });
});
