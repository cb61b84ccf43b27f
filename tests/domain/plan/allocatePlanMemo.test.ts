import { fromBigInt } from '../../../src/domain/money/arithmetic';
import { allocatePlan } from '../../../src/domain/plan/allocatePlan';
import { parsePlan } from '../../../src/domain/plan/parsePlan';
import { type PlanJson } from '../../../src/domain/plan/planSchema';

const kr = (n: number) => fromBigInt(BigInt(n));
const units = [
  { id: 'a', code: '0001', name: 'A' },
  { id: 'b', code: '0002', name: 'B' },
  { id: 'c', code: '0003', name: 'C' },
];
const indicators = { pop: { a: kr(1), b: kr(1), c: kr(8) } };
const byPop = { kind: 'key', key: { type: 'indicator', indicator: 'pop' } } as const;

function run(secondFrame: number, unitList = units) {
  const json: PlanJson = {
    version: 1,
    name: 'T',
    pots: [
      { id: 'p', name: 'P', frame: { amount: 1000 }, steps: [{ kind: 'base', amount: 200 }, byPop] },
      { id: 'q', name: 'Q', frame: { amount: secondFrame }, steps: [byPop] },
    ],
  };
  const parsed = parsePlan(json);
  if (!parsed.ok) throw new Error(parsed.problems[0]?.message.en);
  const r = allocatePlan(parsed.plan, unitList, indicators);
  if (!r.ok) throw new Error(r.problems[0]?.message.en);
  return r.allocation;
}

describe('allocatePlan between what-if steps', () => {
  it('returns the unchanged pot as the same result and recomputes the changed one (100 → 200 kr: 10/10/80 → 20/20/160)', () => {
    const before = run(100);
    const after = run(200);
    expect(after.pots[0]).toBe(before.pots[0]);
    expect(after.pots[0]?.amounts.map((a) => a.num)).toEqual([240n, 240n, 520n]);
    expect(before.pots[1]?.amounts.map((a) => a.num)).toEqual([10n, 10n, 80n]);
    expect(after.pots[1]?.amounts.map((a) => a.num)).toEqual([20n, 20n, 160n]);
    expect(after.totals.map((a) => a.num)).toEqual([260n, 260n, 680n]);
  });

  it('returns a fresh result for another units list with the same answer', () => {
    const first = run(100);
    const other = run(100, [...units]);
    expect(other.pots[0]).not.toBe(first.pots[0]);
    expect(other.pots[0]?.amounts).toEqual(first.pots[0]?.amounts);
    expect(other.pots[0]?.trace).toEqual(first.pots[0]?.trace);
  });
});
