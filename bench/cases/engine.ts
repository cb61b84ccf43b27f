// Engine benchmark cases: the bench runner times `run()` repeatedly. Inputs are built once, outside run().
import { readFileSync } from 'fs';
import { join } from 'path';
import { allocateLargestRemainder } from '../../src/domain/allocation/allocateLargestRemainder';
import { fromBigInt } from '../../src/domain/money/arithmetic';
import { type Rational } from '../../src/domain/money/Rational';
import { allocatePlan } from '../../src/domain/plan/allocatePlan';
import { parsePlan } from '../../src/domain/plan/parsePlan';
import { type Plan, type PlanJson } from '../../src/domain/plan/planSchema';
import { ambulansPlan } from '../../src/domain/presets/ambulansPlan';
import { ok2021RegionsPlan } from '../../src/domain/presets/ok2021RegionsPlan';
import { need } from '../need';

const FIXTURES = join(__dirname, '..', '..', 'tests', 'fixtures', 'engine');

function csv(name: string): string[][] {
  return readFileSync(join(FIXTURES, name), 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split(','));
}

function parsed(json: PlanJson): Plan {
  const r = parsePlan(json);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message.en).join('\n'));
  return r.plan;
}

/** Deterministic pseudo-random naturals (LCG) so every run times the same input. */
function naturals(n: number, seed: number, max: number): bigint[] {
  let x = seed >>> 0;
  return Array.from({ length: n }, () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return BigInt(1 + (x % max));
  });
}

function kommunCase(): () => void {
  const rows = csv('befolkning-1nov2024-kommun.csv');
  const units = rows.map(([code, name]) => ({
    id: need(code, 'kommun code'),
    code: need(code, 'kommun code'),
    name: need(name, 'kommun name'),
  }));
  const noise = naturals(rows.length, 7, 400);
  const population: Record<string, Rational> = {};
  const mottagare: Record<string, Rational> = {};
  rows.forEach(([code, , pop], i) => {
    const id = need(code, 'kommun code');
    population[id] = fromBigInt(BigInt(need(pop, 'population')));
    mottagare[id] = fromBigInt(BigInt(need(pop, 'population')) / 25n + need(noise[i], 'noise'));
  });
  const blend: PlanJson['pots'][number]['steps'][number] = {
    kind: 'key',
    key: {
      type: 'blend',
      parts: [
        { indicator: 'population', weight: 50 },
        { indicator: 'mottagare', weight: 50 },
      ],
    },
  };
  const plan = parsed({
    version: 1,
    name: '290 kommuner',
    pots: [
      {
        id: 'nara-vard',
        name: 'Nära vård',
        frame: { amount: '750000000' },
        steps: [
          { kind: 'set-aside', name: 'Samordning', amount: '1900000' },
          blend,
          { kind: 'limits', floor: '300000' },
        ],
      },
      {
        id: 'medarbetare',
        name: 'Vårdens medarbetare',
        frame: { amount: '150000000' },
        steps: [
          { kind: 'key', key: { type: 'indicator', indicator: 'population' } },
          { kind: 'limits', floor: '100000' },
        ],
      },
      {
        id: 'vidareutbildning',
        name: 'Vidareutbildning',
        frame: { amount: '200000000' },
        steps: [
          {
            kind: 'tiers',
            indicator: 'population',
            tiers: [
              { from: 0, amount: 100000 },
              { from: 20000, amount: 200000 },
              { from: 50000, amount: 800000 },
            ],
          },
          blend,
        ],
      },
    ],
  });
  const indicators = { population, mottagare };
  return () => {
    // A new units list each run: allocatePlan remembers pots per units list, and this case times a cold plan.
    if (!allocatePlan(plan, [...units], indicators).ok) throw new Error('290 × 3 failed');
  };
}

function regionCase(): () => void {
  const rows = csv('ok2021-bilaga4-medel-till-regionerna.csv').slice(0, -1);
  const units = rows.map(([name]) => ({ id: need(name, 'region'), name: need(name, 'region') }));
  const population = Object.fromEntries(
    rows.map(([name, pop]) => [need(name, 'region'), fromBigInt(BigInt(need(pop, 'population')))]),
  );
  const mottagare = Object.fromEntries(
    rows.map(([name, pop], i) => [
      need(name, 'region'),
      fromBigInt(BigInt(need(pop, 'population')) / 30n + BigInt(i)),
    ]),
  );
  const six = ok2021RegionsPlan();
  const blendPot = (id: string, amount: string) => ({
    id,
    name: id,
    frame: { amount },
    steps: [
      {
        kind: 'key' as const,
        key: {
          type: 'blend' as const,
          parts: [
            { indicator: 'population', weight: 70 },
            { indicator: 'mottagare', weight: 30 },
          ],
        },
      },
    ],
  });
  const plan = parsed({
    ...six,
    pots: [
      ...six.pots,
      ...ambulansPlan().pots,
      blendPot('extra-1', '123456789'),
      blendPot('extra-2', '98765432'),
    ],
  });
  return () => {
    if (!allocatePlan(plan, [...units], { population, mottagare }).ok) throw new Error('21 × 9 failed');
  };
}

function syntheticCase(n: number, readTrace = false): () => void {
  const weights = naturals(n, n, 1_000_000).map(fromBigInt);
  const codes = weights.map((_, i) => String(i).padStart(6, '0'));
  const total = fromBigInt(987_654_321_987n);
  return () => {
    const r = allocateLargestRemainder(total, weights, { tieKeys: codes });
    if (!r.ok) throw new Error('synthetic failed');
    // The trace (five exact rationals per unit) is built on first read; this variant pays for it.
    if (readTrace && need(r.trace[n - 1], 'last trace row').share.den === 0n) throw new Error('no trace');
  };
}

/** Units in the engine's scale curve (largest remainder, amounts; the trace is built on first read). */
export const ENGINE_SCALE = [290, 1_000, 10_000, 100_000];

export const engineCases: { name: string; run: () => void }[] = [
  { name: 'engine: 290 kommuner × 3 pots (blend, tiers, set-aside, floors)', run: kommunCase() },
  { name: 'engine: 21 regioner × 9 pots', run: regionCase() },
  ...ENGINE_SCALE.map((n) => ({ name: `engine: largest remainder, ${n} units`, run: syntheticCase(n) })),
  { name: 'engine: largest remainder, 100000 units, trace read', run: syntheticCase(100_000, true) },
];
