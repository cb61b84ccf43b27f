import fc from 'fast-check';
import { type PotAllocation } from '../../../src/domain/allocation/Allocation';
import { defined } from '../../../src/domain/errors';
import {
  compare,
  div,
  fromBigInt,
  mul,
  rational,
  sub,
  sum,
  ZERO,
} from '../../../src/domain/money/arithmetic';
import { type Rational } from '../../../src/domain/money/Rational';
import { allocatePlan, type AllocatePlanResult } from '../../../src/domain/plan/allocatePlan';
import { type IndicatorValues } from '../../../src/domain/plan/IndicatorValues';
import { parsePlan } from '../../../src/domain/plan/parsePlan';
import { type PlanJson } from '../../../src/domain/plan/planSchema';
import { assertProperty } from '../allocation/fuzzConfig';

type Steps = PlanJson['pots'][number]['steps'];
const kr = (n: number | bigint) => fromBigInt(BigInt(n));
const units3 = [
  { id: 'a', code: '0001', name: 'A' },
  { id: 'b', code: '0002', name: 'B' },
  { id: 'c', code: '0003', name: 'C' },
];
const key118: IndicatorValues = { pop: { a: kr(1), b: kr(1), c: kr(8) } };
const byPop = { kind: 'key', key: { type: 'indicator', indicator: 'pop' } } as const;

function plan(
  steps: Steps,
  frame: PlanJson['pots'][number]['frame'] = { amount: 1000 },
  extra: Partial<PlanJson> = {},
) {
  const parsed = parsePlan({
    version: 1,
    name: 'T',
    pots: [{ id: 'p', name: 'Pott', frame, steps }],
    ...extra,
  });
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message.en).join('\n'));
  return parsed.plan;
}
function potOf(r: AllocatePlanResult, pot = 0): PotAllocation {
  if (!r.ok) throw new Error(r.problems.map((p) => p.message.en).join('\n'));
  return defined(r.allocation.pots[pot], `pot ${pot}`);
}
function amounts(r: AllocatePlanResult, pot = 0): bigint[] {
  return potOf(r, pot).amounts.map((a) => a.num);
}
function problemCodes(r: AllocatePlanResult): string[] {
  return r.ok ? [] : r.problems.map((p) => p.code);
}

describe('allocatePlan', () => {
  it('returns base-then-rest and floor-guarantee as the different things they are', () => {
    // 1 000 kr over 1:1:8 with "200 kr": grundbelopp → 240/240/520; floor (others pay) → 200/200/600.
    expect(amounts(allocatePlan(plan([{ kind: 'base', amount: 200 }, byPop]), units3, key118))).toEqual([
      240n,
      240n,
      520n,
    ]);
    const floored = allocatePlan(plan([byPop, { kind: 'limits', floor: 200 }]), units3, key118);
    expect(amounts(floored)).toEqual([200n, 200n, 600n]);
    if (floored.ok) {
      const t = potOf(floored).trace;
      expect(t.map((x) => x.clamp)).toEqual(['floor', 'floor', undefined]);
      expect(t?.[0]?.parts.map((p) => [p.step, p.amount])).toEqual([
        ['key', rational(600n, 8n)],
        ['floor', rational(125n)],
      ]);
      expect(
        floored.allocation.pots[0]?.notes.some((n) => n.en.includes('2 units were lifted to the floor')),
      ).toBe(true);
    }
  });

  it('returns caps redistributed to the others by the key', () => {
    const r = allocatePlan(plan([byPop, { kind: 'limits', cap: 500 }]), units3, key118);
    expect(amounts(r)).toEqual([250n, 250n, 500n]);
    expect(r.ok && r.allocation.pots[0]?.trace[2]?.clamp).toBe('cap');
  });

  it('returns floors and caps together solved exactly', () => {
    // 1 000 kr over 1:2:3:14, floor 100, cap 400. Unbounded: 50/100/150/700. d is capped at 400 and a lifted to
    // 100; the remaining 500 goes to b and c by 2:3 → 200 and 300 (both within bounds, so the loop stops).
    const units = ['a', 'b', 'c', 'd'].map((id) => ({ id, name: id.toUpperCase() }));
    const ind = { pop: { a: kr(1), b: kr(2), c: kr(3), d: kr(14) } };
    expect(
      amounts(allocatePlan(plan([byPop, { kind: 'limits', floor: 100, cap: 400 }]), units, ind)),
    ).toEqual([100n, 200n, 300n, 400n]);
  });

  it('returns set-asides off the top, a percentage one rounded by largest remainder', () => {
    const steps: Steps = [
      { kind: 'set-aside', name: 'Samordning', amount: 100 },
      { kind: 'set-aside-percent', name: 'Adm', percent: 10 },
      byPop,
    ];
    const r = allocatePlan(plan(steps, { amount: 1001 }), units3, key118);
    if (!r.ok) throw new Error('expected ok');
    const pot = potOf(r);
    // 10 % of 1 001 = 100.1 → the [10, 90] split of 1 001 by largest remainder gives 100.
    expect(pot.setAsides.map((s) => [s.name, s.amount.num])).toEqual([
      ['Samordning', 100n],
      ['Adm', 100n],
    ]);
    expect(pot.distributed).toEqual(kr(801));
    // 801 over 1:1:8 = 80,1 / 80,1 / 640,8: floors 80 + 80 + 640 = 800, the leftover krona to the 0,8.
    expect(pot.amounts).toEqual([kr(80), kr(80), kr(641)]);
  });

  it('returns fixed amounts as overrides and the rest to the others', () => {
    const r = allocatePlan(plan([{ kind: 'fixed', amounts: { c: 300 } }, byPop]), units3, key118);
    expect(amounts(r)).toEqual([350n, 350n, 300n]);
    expect(r.ok && r.allocation.pots[0]?.trace[2]?.parts).toEqual([{ step: 'fixed', amount: kr(300) }]);
  });

  it('gives a krona tied on remainder to the larger key share, not the larger amount or the lower code', () => {
    // 7 kr: a's tier 2 kr, the rest 5 kr by 1:6:3 → exact 2,5 / 3 / 1,5. a and c tie on 0,5 for the one krona
    // left; c's key share (3/10) beats a's (1/10), though a's amount is larger and its code lower.
    const tier: Steps[number] = {
      kind: 'tiers',
      indicator: 'size',
      tiers: [
        { from: 0, amount: 0 },
        { from: 10, amount: 2 },
      ],
    };
    const values: IndicatorValues = {
      pop: { a: kr(1), b: kr(6), c: kr(3) },
      size: { a: kr(10), b: kr(0), c: kr(0) },
    };
    const pot = potOf(allocatePlan(plan([tier, byPop], { amount: 7 }), units3, values));
    expect(pot.amounts.map((x) => x.num)).toEqual([2n, 3n, 2n]);
    expect(pot.trace.map((t) => t.rank)).toEqual([undefined, undefined, 1]);
  });

  it('returns tiers by size class plus the rest by key', () => {
    const tiers: Steps[number] = {
      kind: 'tiers',
      indicator: 'pop',
      tiers: [
        { from: 2, amount: 100 },
        { from: 5, amount: 400 },
      ],
    };
    // a, b (pop 1) below the first class: 0; c (pop 8): 400; the rest 600 by 1:1:8.
    expect(amounts(allocatePlan(plan([tiers, byPop]), units3, key118))).toEqual([60n, 60n, 880n]);
  });

  it('returns a blend of normalized shares, whatever the indicators’ units', () => {
    const blend: Steps[number] = {
      kind: 'key',
      key: {
        type: 'blend',
        parts: [
          { indicator: 'pop', weight: 50 },
          { indicator: 'm', weight: 50 },
        ],
      },
    };
    const ind = { pop: { a: kr(1), b: kr(1), c: kr(2) }, m: { a: kr(3000), b: kr(0), c: kr(1000) } };
    // shares: ½(¼) + ½(¾) = ½, ½(¼) + 0 = ⅛, ½(½) + ½(¼) = ⅜ of 800.
    expect(amounts(allocatePlan(plan([blend], { amount: 800 }), units3, ind))).toEqual([400n, 100n, 300n]);
  });

  it('returns equal shares and a pot of only fixed amounts', () => {
    const eq = { kind: 'key', key: { type: 'equal' } } as const;
    expect(amounts(allocatePlan(plan([eq], { amount: 100 }), units3, {}))).toEqual([34n, 33n, 33n]);
    const fixedOnly = plan([{ kind: 'fixed', amounts: { a: 10, b: 20, c: 70 } }], { amount: 100 });
    expect(amounts(allocatePlan(fixedOnly, units3, {}))).toEqual([10n, 20n, 70n]);
  });

  it('returns multiples of 100 kr for that rounding unit', () => {
    const p = plan([byPop], { amount: 10000 }, { rounding: { unit: '100', method: 'largest-remainder' } });
    const r = allocatePlan(p, units3, { pop: { a: kr(1), b: kr(1), c: kr(1) } });
    expect(amounts(r)).toEqual([3400n, 3300n, 3300n]);
    expect(r.ok && r.allocation.roundingUnit).toEqual(kr(100));
  });

  it('returns round-each and cumulative results with their notes', () => {
    const ind = { pop: { a: kr(1), b: kr(1), c: kr(1) } };
    const each = allocatePlan(
      plan([byPop], { amount: 100 }, { rounding: { unit: '1', method: 'round-each' } }),
      units3,
      ind,
    );
    expect(amounts(each)).toEqual([33n, 33n, 33n]);
    expect(each.ok && each.allocation.pots[0]?.notes[0]?.en).toContain('misses the frame by -1 kr');
    const cum = allocatePlan(
      plan([byPop], { amount: 100 }, { rounding: { unit: '1', method: 'cumulative' } }),
      units3,
      ind,
    );
    expect(amounts(cum)).toEqual([33n, 34n, 33n]);
  });

  it('returns a frame resolved from a cell, and a zero frame as zeros', () => {
    const fromCell = plan([byPop], { cell: 'Ramar!B2' });
    expect(amounts(allocatePlan(fromCell, units3, key118, { frames: { p: kr(10) } }))).toEqual([1n, 1n, 8n]);
    expect(amounts(allocatePlan(plan([byPop], { amount: 0 }), units3, key118))).toEqual([0n, 0n, 0n]);
  });

  it('returns totals per unit across pots, each pot exact', () => {
    const parsed = parsePlan({
      version: 1,
      name: 'Två',
      pots: [
        { id: 'x', name: 'X', frame: { amount: 1001 }, steps: [byPop] },
        { id: 'y', name: 'Y', frame: { amount: 999 }, steps: [byPop] },
      ],
    });
    if (!parsed.ok) throw new Error('expected ok');
    const r = allocatePlan(parsed.plan, units3, key118);
    if (!r.ok) throw new Error('expected ok');
    // X: 1 001 over 1:1:8 = 100,1 / 100,1 / 800,8 → 100, 100, 801 (the leftover krona to the 0,8).
    // Y: 999 over 1:1:8 = 99,9 / 99,9 / 799,2 → 100, 100, 799 (two leftover kronor to the two 0,9).
    expect(potOf(r, 0).amounts).toEqual([kr(100), kr(100), kr(801)]);
    expect(potOf(r, 1).amounts).toEqual([kr(100), kr(100), kr(799)]);
    expect(r.allocation.totals).toEqual([kr(200), kr(200), kr(1600)]);
  });

  describe('edge cases', () => {
    it('returns problems for infeasible floors and caps', () => {
      expect(
        problemCodes(allocatePlan(plan([byPop, { kind: 'limits', floor: 400 }]), units3, key118)),
      ).toEqual(['floors-exceed-frame']);
      expect(problemCodes(allocatePlan(plan([byPop, { kind: 'limits', cap: 300 }]), units3, key118))).toEqual(
        ['caps-below-frame'],
      );
      // Σ floors (960) fits, but base 300 + a tier of 80 for c already makes 320 + 320 + 380 > 1 000 at a zero rest.
      const tier: Steps[number] = { kind: 'tiers', indicator: 'pop', tiers: [{ from: 5, amount: 80 }] };
      const withBase = plan([{ kind: 'base', amount: 300 }, tier, byPop, { kind: 'limits', floor: 320 }]);
      const r = allocatePlan(withBase, units3, key118);
      expect(problemCodes(r)).toEqual(['floors-exceed-frame']);
      expect(!r.ok && r.problems[0]?.message.sv).toContain('golven');
    });

    it('returns problems for bad inputs, never a partial allocation', () => {
      const missing = allocatePlan(plan([byPop]), units3, { pop: { a: kr(1), b: kr(1) } });
      expect(problemCodes(missing)).toEqual(['missing-indicator']);
      expect(!missing.ok && missing.problems[0]?.unitId).toBe('c');
      expect(
        problemCodes(allocatePlan(plan([byPop]), units3, { pop: { a: kr(0), b: kr(0), c: kr(0) } })),
      ).toEqual(['zero-key']);
      expect(
        problemCodes(allocatePlan(plan([byPop]), units3, { pop: { a: kr(-1), b: kr(1), c: kr(1) } })),
      ).toEqual(['negative-key']);
      expect(
        problemCodes(allocatePlan(plan([{ kind: 'fixed', amounts: { zz: 1 } }, byPop]), units3, key118)),
      ).toEqual(['unknown-unit']);
      expect(
        problemCodes(allocatePlan(plan([{ kind: 'base', amount: 400 }, byPop]), units3, key118)),
      ).toEqual(['fixed-exceed-frame']);
      expect(problemCodes(allocatePlan(plan([{ kind: 'base', amount: 100 }]), units3, key118))).toEqual([
        'rest-without-key',
      ]);
      const cell = plan([byPop], { cell: 'Ramar!B2' });
      expect(problemCodes(allocatePlan(cell, units3, key118))).toEqual(['frame-unresolved']);
      expect(problemCodes(allocatePlan(cell, units3, key118, { frames: { p: kr(-5) } }))).toEqual([
        'negative-frame',
      ]);
      expect(problemCodes(allocatePlan(cell, units3, key118, { frames: { p: rational(21n, 2n) } }))).toEqual([
        'frame-not-multiple',
      ]);
      const oreAside = plan([{ kind: 'set-aside', name: 'S', amount: '0,5' }, byPop]);
      expect(problemCodes(allocatePlan(oreAside, units3, key118))).toEqual(['frame-not-multiple']);
      const tierMissing = plan([
        { kind: 'tiers', indicator: 'nope', tiers: [{ from: 0, amount: 1 }] },
        byPop,
      ]);
      expect(problemCodes(allocatePlan(tierMissing, units3, key118))).toEqual([
        'missing-indicator',
        'missing-indicator',
        'missing-indicator',
      ]);
    });

    it('returns set-asides-exceed-frame for a frame from a cell smaller than the set-asides', () => {
      const p = plan([{ kind: 'set-aside', name: 'S', amount: 50 }, byPop], { cell: 'A1' });
      expect(problemCodes(allocatePlan(p, units3, key118, { frames: { p: kr(10) } }))).toEqual([
        'set-asides-exceed-frame',
      ]);
    });
  });

  describe('properties', () => {
    const scenario = fc
      .array(fc.nat({ max: 10_000 }), { minLength: 1, maxLength: 25 })
      .filter((w) => w.some((x) => x > 0))
      .chain((w) =>
        fc.record({
          w: fc.constant(w),
          frame: fc.integer({ min: 0, max: 10_000_000 }),
          floorPct: fc.integer({ min: 0, max: 100 }),
          base: fc.integer({ min: 0, max: 1000 }),
        }),
      );

    it('returns floors met, the frame kept and the exact amounts of the iterative clamp loop', () => {
      assertProperty(
        fc.property(scenario, ({ w, frame, floorPct }) => {
          // A floor that is always feasible: at most frame / n.
          const floor = BigInt(Math.floor((frame * floorPct) / 100 / w.length));
          const units = w.map((_, i) => ({ id: `u${i}`, code: String(i).padStart(4, '0'), name: `U${i}` }));
          const ind = { pop: Object.fromEntries(w.map((x, i) => [`u${i}`, kr(x)])) };
          const r = allocatePlan(
            plan([byPop, { kind: 'limits', floor: String(floor) }], { amount: frame }),
            units,
            ind,
          );
          if (!r.ok) throw new Error(r.problems[0]?.message.en);
          const pot = potOf(r);
          expect(sum(pot.amounts)).toEqual(kr(frame));
          expect(pot.amounts.every((a) => compare(a, kr(floor)) >= 0)).toBe(true);
          expect(pot.trace.map((t) => t.exact)).toEqual(iterativeFloors(BigInt(frame), w.map(BigInt), floor));
          expect(pot.trace.every((t) => compare(sum(t.parts.map((p) => p.amount)), t.exact) === 0)).toBe(
            true,
          );
        }),
      );
    });

    it('returns caps met and the frame kept whenever Σcaps ≥ frame', () => {
      assertProperty(
        fc.property(scenario, ({ w, frame, floorPct }) => {
          const cap = BigInt(Math.ceil(frame / w.length)) + BigInt(floorPct * 1000);
          const units = w.map((_, i) => ({ id: `u${i}`, name: `U${i}` }));
          const ind = { pop: Object.fromEntries(w.map((x, i) => [`u${i}`, kr(x)])) };
          const r = allocatePlan(
            plan([byPop, { kind: 'limits', cap: String(cap) }], { amount: frame }),
            units,
            ind,
          );
          const positive = w.filter((x) => x > 0).length;
          if (cap * BigInt(positive) < BigInt(frame))
            return !r.ok && r.problems[0]?.code === 'caps-below-frame';
          if (!r.ok) throw new Error(r.problems[0]?.message.en);
          expect(sum(potOf(r).amounts)).toEqual(kr(frame));
          return potOf(r).amounts.every((a) => compare(a, kr(cap)) <= 0);
        }),
      );
    });

    it('returns the same amount per unit whatever the row order', () => {
      assertProperty(
        fc.property(scenario, fc.integer(), ({ w, frame, base }, seed) => {
          const units = w.map((_, i) => ({ id: `u${i}`, code: String(i).padStart(4, '0'), name: `U${i}` }));
          const ind = { pop: Object.fromEntries(w.map((x, i) => [`u${i}`, kr(x)])) };
          const p = plan([{ kind: 'base', amount: base }, byPop], { amount: frame + base * w.length });
          const shuffled = [...units].sort(
            (x, y) => (hash(x.id, seed) - hash(y.id, seed)) | 0 || x.id.localeCompare(y.id),
          );
          const a = allocatePlan(p, units, ind);
          const b = allocatePlan(p, shuffled, ind);
          if (!a.ok || !b.ok) throw new Error('expected ok');
          const inB = potOf(b).amounts;
          const inA = potOf(a).amounts;
          const byId = new Map(shuffled.map((u, i) => [u.id, defined(inB[i], 'amount')]));
          return units.every(
            (u, i) => compare(defined(byId.get(u.id), u.id), defined(inA[i], 'amount')) === 0,
          );
        }),
      );
    });
  });
});

/** Oracle: the textbook loop — split over the free units, lift every unit under the floor, repeat. */
function iterativeFloors(frame: bigint, w: bigint[], floor: bigint): Rational[] {
  const clamped = new Set<number>();
  for (;;) {
    const freeWeight = w.reduce((s, x, i) => (clamped.has(i) ? s : s + x), 0n);
    const rest = sub(kr(frame), mul(kr(floor), kr(clamped.size)));
    const exact = w.map((x, i) =>
      clamped.has(i) ? kr(floor) : freeWeight === 0n ? ZERO : div(mul(rest, kr(x)), kr(freeWeight)),
    );
    const below = exact.flatMap((e, i) => (!clamped.has(i) && compare(e, kr(floor)) < 0 ? [i] : []));
    if (below.length === 0) return exact;
    below.forEach((i) => clamped.add(i));
  }
}

function hash(s: string, seed: number): number {
  let h = seed | 0;
  for (const ch of s) h = Math.imul(h ^ ch.charCodeAt(0), 2654435761);
  return h;
}
