import { allocateByKey } from '../../../src/domain/allocation/allocateByKey';
import { fromBigInt } from '../../../src/domain/money/arithmetic';

const kr = (n: number) => fromBigInt(BigInt(n));
const units = [
  { id: '2084', code: '2084', name: 'Avesta', key: kr(1) },
  { id: '2080', code: '2080', name: 'Falun', key: kr(1) },
  { id: 'x', name: 'Okänd', key: kr(2) },
];

describe('allocateByKey', () => {
  it('returns per unit its key, amount and trace, ties by lower code', () => {
    const r = allocateByKey({ total: kr(5), units });
    if (!r.ok) throw new Error('expected ok');
    // 1.25, 1.25, 2.5 → floors 1, 1, 2; one krona left; the 0.5 remainder of "x" is largest.
    expect(r.allocations.map((a) => [a.unit.id, Number(a.amount.num)])).toEqual([
      ['2084', 1],
      ['2080', 1],
      ['x', 3],
    ]);
    expect(r.allocations[1]?.unit).toEqual({ id: '2080', code: '2080', name: 'Falun' });
    const tie = allocateByKey({ total: kr(1), units: units.slice(0, 2) });
    expect(tie.ok && tie.allocations.map((a) => Number(a.amount.num))).toEqual([0, 1]);
  });
  it('returns round-each amounts with their drift, and cumulative amounts, on request', () => {
    const each = allocateByKey({ total: kr(5), units, method: 'round-each' });
    expect(each.ok && each.allocations.map((a) => Number(a.amount.num))).toEqual([1, 1, 3]);
    expect(each.ok && each.drift).toEqual(kr(0));
    const cum = allocateByKey({ total: kr(5), units, method: 'cumulative' });
    // cumulative 1.25, 2.5, 5 → 1, 3, 5 → 1, 2, 2
    expect(cum.ok && cum.allocations.map((a) => Number(a.amount.num))).toEqual([1, 2, 2]);
  });
  it('returns the zero-key problem for an all-zero key column', () => {
    const r = allocateByKey({ total: kr(5), units: units.map((u) => ({ ...u, key: kr(0) })) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.code).toBe('zero-key');
  });
  it('returns a negative-key problem that names the unit, not its position', () => {
    const r = allocateByKey({
      total: kr(5),
      units: units.slice(0, 2).map((u, i) => (i === 1 ? { ...u, key: kr(-1) } : u)),
    });
    if (r.ok) throw new Error('expected a negative-key problem');
    expect(r.problems[0]?.code).toBe('negative-key');
    expect(r.problems[0]?.message.sv).toContain('”Falun”');
  });
});
