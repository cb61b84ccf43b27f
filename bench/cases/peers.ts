// Same inputs through ours and the alternatives; correctness is counted exactly in BigInt.
import { allocateLargestRemainder } from '../../src/domain/allocation/allocateLargestRemainder';
import { fromBigInt } from '../../src/domain/money/arithmetic';
import { toNumber } from '../../src/domain/money/toNumber';
import { defaultUnitRegistry } from '../../src/domain/units/defaultUnitRegistry';
import { measure } from '../measure';
import {
  allocateWithDinero,
  allocateWithSpreadsheetLargestRemainder,
  allocateWithSpreadsheetRound,
} from '../peers';

export interface PeerReport {
  readonly name: string;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly peakRssMb?: number;
  readonly runs: number;
  /** Peer median ÷ our median (> 1: we are faster). */
  readonly ratioToOurs: number;
  /** Σ amounts = total. */
  readonly reconciles: boolean;
  /** Units whose amount is outside [floor(q), ceil(q)] of the exact quota q. */
  readonly outsideQuota: number;
  /** Units whose amount differs from largest remainder. */
  readonly differsFromLargestRemainder: number;
}

interface Input {
  readonly label: string;
  readonly total: number;
  readonly keys: readonly number[];
  readonly codes: readonly string[];
}

function inputs(): Input[] {
  const registry = defaultUnitRegistry();
  const kommuner = registry.kommuner;
  const regions = registry.regions;
  return [
    {
      label: '290 kommuner, 150 000 000 kr by population',
      total: 150_000_000,
      keys: kommuner.map((u) => registry.population(u.code)!),
      codes: kommuner.map((u) => u.code),
    },
    {
      label: '21 regioner, 2 531 000 000 kr by population',
      total: 2_531_000_000,
      keys: regions.map((u) => registry.population(u.code)!),
      codes: regions.map((u) => u.code),
    },
  ];
}

function ours(input: Input): number[] {
  const r = allocateLargestRemainder(
    fromBigInt(BigInt(input.total)),
    input.keys.map((k) => fromBigInt(BigInt(k))),
    { tieKeys: input.codes },
  );
  if (!r.ok) throw new Error('engine refused the benchmark input');
  return r.amounts.map(toNumber);
}

/** Counts, exactly, how far `amounts` are from the exact quotas and from our result. */
function score(input: Input, amounts: readonly number[], reference: readonly number[]) {
  const W = input.keys.reduce((a, k) => a + BigInt(k), 0n);
  const T = BigInt(input.total);
  let outside = 0;
  let differs = 0;
  amounts.forEach((a, i) => {
    const scaled = T * BigInt(input.keys[i] ?? 0);
    const lo = scaled / W;
    const hi = scaled % W === 0n ? lo : lo + 1n;
    if (BigInt(a) < lo || BigInt(a) > hi) outside++;
    if (a !== reference[i]) differs++;
  });
  return { reconciles: amounts.reduce((s, a) => s + BigInt(a), 0n) === T, outsideQuota: outside, differs };
}

/** Ours vs dinero.js vs spreadsheet formulas on the same inputs. */
export async function peerCases(): Promise<PeerReport[]> {
  const reports: PeerReport[] = [];
  for (const input of inputs()) {
    const reference = ours(input);
    // Ours is timed before and after the peers; the slower median counts (the machine is shared and noisy).
    const ourBefore = await measure(() => ours(input));
    const peers: [string, () => number[], boolean][] = [
      ['Länsnyckel (largest remainder, exact)', () => ours(input), false],
      ['dinero.js v2 allocate', () => allocateWithDinero(input.total, input.keys), false],
      [
        'spreadsheet: largest remainder in formulas (HyperFormula)',
        () => allocateWithSpreadsheetLargestRemainder(input.total, input.keys),
        true,
      ],
      [
        'spreadsheet: ROUND per cell (HyperFormula)',
        () => allocateWithSpreadsheetRound(input.total, input.keys),
        true,
      ],
    ];
    const measured = [];
    for (const [name, run, slow] of peers)
      measured.push({
        name,
        run,
        timing: await measure(run, slow ? { minRuns: 5, maxRuns: 20, warmup: 1 } : {}),
      });
    const ourAfter = await measure(() => ours(input));
    const ourMedian = Math.max(ourBefore.medianMs, ourAfter.medianMs);
    for (const { name, run, timing } of measured) {
      const s = score(input, run(), reference);
      const isOurs = name.startsWith('Länsnyckel');
      reports.push({
        name: `${input.label}: ${name}`,
        medianMs: isOurs ? ourMedian : timing.medianMs,
        p95Ms: timing.p95Ms,
        ...(timing.peakRssMb === undefined ? {} : { peakRssMb: timing.peakRssMb }),
        runs: timing.runs,
        ratioToOurs: isOurs ? 1 : Math.round((timing.medianMs / ourMedian) * 100) / 100,
        reconciles: s.reconciles,
        outsideQuota: s.outsideQuota,
        differsFromLargestRemainder: s.differs,
      });
    }
  }
  return reports;
}
