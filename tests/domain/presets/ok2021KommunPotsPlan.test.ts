import { allocateLargestRemainder } from '../../../src/domain/allocation/allocateLargestRemainder';
import { fromBigInt } from '../../../src/domain/money/arithmetic';
import { ok2021KommunPotsPlan } from '../../../src/domain/presets/ok2021KommunPotsPlan';
import { readFixture } from '../../fixtures/engine/readFixture';
import { cell, keyColumn, kronor, potAt, runPlan, tableInputs } from './presetHarness';

// ÖK 2021 Bilaga 3: Region, Befolkning 1/11 2020, Mottagare 2019, Vårdens medarbetare, Nära vård, Vidareutbildning, Totalt.
const rows = readFixture('ok2021-bilaga3-kommunernas-medel-lansvis.csv');
const body = rows.slice(1, -1);
const published = (col: number) => body.map((r) => BigInt(cell(r, col)));
const { units, indicators } = tableInputs(body, { population: 1, mottagare: 2 });
const maxAbs = (xs: bigint[]) => xs.reduce((m, x) => ((x < 0n ? -x : x) > m ? (x < 0n ? -x : x) : m), 0n);

describe('ok2021KommunPotsPlan', () => {
  const allocation = runPlan(ok2021KommunPotsPlan(), units, indicators);
  const naraVard = potAt(allocation, 0);
  const medarbetare = potAt(allocation, 1);
  const vidareutbildning = potAt(allocation, 2);
  const stockholm = units.findIndex((u) => u.id === 'Region Stockholm');

  it('returns Stockholm to the krona by the stated 50/50 blend (hand calculation)', () => {
    // shareᵢ = Σₖ αₖ·xᵢₖ/Xₖ with α = ½, ½ and the table's own columns (Σ population 10 378 483, Σ mottagare 404 104):
    //   ½·2 391 841/10 378 483 + ½·25 909/404 104 = 1 235 448 631 511/8 387 972 988 464 = 0.147288103241…
    // Nära vård, 750 Mkr: exact 110 466 077.4311 kr; the 9 leftover kronor go to remainders ≥ 0.4772, and
    //   Stockholm's 0.4311 ranks 10th, so it keeps the floor: 110 466 077 kr.
    // Vårdens medarbetare, 150 Mkr: exact 22 093 215.4862 kr; 12 leftover kronor, Stockholm's remainder ranks 12th:
    //   22 093 216 kr.
    // Vidareutbildning, 100 Mkr: exact 14 728 810.3241 kr, remainder ranked 16th of 12 leftover: 14 728 810 kr.
    expect(kronor(naraVard.amounts)[stockholm]).toBe(110_466_077n);
    expect(naraVard.trace[stockholm]?.rank).toBeUndefined();
    expect(kronor(medarbetare.amounts)[stockholm]).toBe(22_093_216n);
    expect(medarbetare.trace[stockholm]?.rank).toBe(12);
    expect(kronor(vidareutbildning.amounts)[stockholm]).toBe(14_728_810n);
    expect(naraVard.trace[stockholm]?.share).toEqual({ num: 1_235_448_631_511n, den: 8_387_972_988_464n });
  });

  it('returns each pot adding up to its frame', () => {
    for (const pot of allocation.pots)
      expect(kronor(pot.amounts).reduce((a, b) => a + b, 0n)).toBe(pot.frame.num);
  });

  it('returns published columns that do NOT follow the stated blend (deviations of tens of Mkr)', () => {
    // Published Nära vård for Stockholm is 48 086 011 kr against ≈110.5 Mkr by the stated key.
    const deltas = (pot: typeof naraVard, col: number) => {
      const ours = kronor(pot.amounts);
      return published(col).map((p, i) => p - (ours[i] ?? 0n));
    };
    expect(published(4)[stockholm]).toBe(48_086_011n);
    expect(maxAbs(deltas(naraVard, 4)) > 60_000_000n).toBe(true);
    expect(maxAbs(deltas(vidareutbildning, 5)) > 8_000_000n).toBe(true);
    expect(maxAbs(deltas(medarbetare, 3)) > 10_000_000n).toBe(true);
  });

  it('returns Nära vård and Vidareutbildning as published within ±2 / ±4 kr when keyed by mottagare alone', () => {
    // What the published columns actually follow: 100 % mottagare, not 50/50. They are not largest remainder
    // (10 län are off by 1–2 kr in Nära vård, 11 by 1–4 kr in Vidareutbildning) but both columns sum to the pot.
    for (const [col, frame, tolerance] of [
      [4, 750_000_000n, 2n],
      [5, 100_000_000n, 4n],
    ] as const) {
      const r = allocateLargestRemainder(fromBigInt(frame), keyColumn(indicators, 'mottagare', units));
      if (!r.ok) throw new Error('expected ok');
      const ours = kronor(r.amounts);
      const deltas = published(col).map((p, i) => p - (ours[i] ?? 0n));
      expect(maxAbs(deltas)).toBeLessThanOrEqual(tolerance);
      expect(deltas.filter((d) => d !== 0n).length).toBeGreaterThan(0);
      expect(published(col).reduce((a, b) => a + b, 0n)).toBe(frame);
    }
  });

  it('returns Vårdens medarbetare as following neither indicator (the key is not in the table)', () => {
    for (const indicator of ['mottagare', 'population']) {
      const r = allocateLargestRemainder(fromBigInt(150_000_000n), keyColumn(indicators, indicator, units));
      if (!r.ok) throw new Error('expected ok');
      const ours = kronor(r.amounts);
      const deltas = published(3).map((p, i) => p - (ours[i] ?? 0n));
      expect(maxAbs(deltas) > 4_000_000n).toBe(true);
    }
  });
});
