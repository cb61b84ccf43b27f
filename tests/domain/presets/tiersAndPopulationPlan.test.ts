import { tiersAndPopulationPlan } from '../../../src/domain/presets/tiersAndPopulationPlan';
import { fromBigInt } from '../../../src/domain/money/arithmetic';
import { defined } from '../../../src/domain/errors';
import { readFixture } from '../../fixtures/engine/readFixture';
import { cell, kronor, potAt, runPlan } from './presetHarness';

// Jönköping 2019–2022: Kommun, Nära vård, Vårdens medarbetare, Vidareutbildning, Totalt; total row has no label.
const rows = readFixture('jonkoping-2019-2022-socialchefsnatverket.csv');
const body = rows.slice(1, -1);
const totalRow = rows.at(-1) as string[];
// Population 1 Nov 2024 (SCB reference): the table's own population year is not published with it.
const populationByName = new Map(
  readFixture('befolkning-1nov2024-kommun.csv')
    .slice(1)
    .map((r) => [cell(r, 1), BigInt(cell(r, 2))]),
);
const units = body.map((r) => ({ id: cell(r, 0), name: cell(r, 0) }));
const population = Object.fromEntries(
  body.map((r) => [cell(r, 0), fromBigInt(defined(populationByName.get(cell(r, 0)), 'population'))]),
);

describe('tiersAndPopulationPlan', () => {
  const allocation = runPlan(tiersAndPopulationPlan(), units, { population });

  it('returns the published vidareutbildning column from tiers 400 000 / 800 000 / 3 200 000 kr', () => {
    const pot = potAt(allocation, 2);
    expect(kronor(pot.amounts)).toEqual(body.map((r) => BigInt(cell(r, 3))));
    expect(pot.trace.every((t) => t.parts.length === 1 && t.parts[0]?.step === 'tier')).toBe(true);
  });

  it('returns thresholds 20 000 and 50 000 inside the ranges the published column allows', () => {
    // Derived from the table alone: the largest kommun at 400 000 kr and the smallest at 800 000 kr bound the
    // first threshold; the largest at 800 000 kr and the smallest at 3 200 000 kr bound the second.
    const popsAt = (amount: string) =>
      body.filter((r) => r[3] === amount).map((r) => defined(populationByName.get(cell(r, 0)), 'population'));
    const maxOf = (xs: bigint[]) => xs.reduce((a, b) => (a > b ? a : b));
    const minOf = (xs: bigint[]) => xs.reduce((a, b) => (a < b ? a : b));
    const first = [maxOf(popsAt('400000')), minOf(popsAt('800000'))] as const;
    const second = [maxOf(popsAt('800000')), minOf(popsAt('3200000'))] as const;
    expect(first).toEqual([18_642n, 27_544n]); // Tranås, Vetlanda
    expect(second).toEqual([34_521n, 147_526n]); // Värnamo, Jönköping
    expect(first[0] < 20_000n && 20_000n <= first[1]).toBe(true);
    expect(second[0] < 50_000n && 50_000n <= second[1]).toBe(true);
  });

  it('returns set-asides taken off the top of Nära vård before the split', () => {
    const pot = potAt(allocation, 0);
    expect(pot.setAsides.map((s) => [s.name, s.amount.num])).toEqual([
      ['Länsgemensamt – samordning', 1_900_000n],
      ['Länsgemensamt – digitalisering', 1_200_000n],
    ]);
    expect(pot.distributed.num).toBe(BigInt(cell(totalRow, 1)));
    expect(kronor(pot.amounts).reduce((a, b) => a + b, 0n)).toBe(34_691_485n);
  });
});
