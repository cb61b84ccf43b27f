import fs from 'node:fs';
import path from 'node:path';
import {
  type Allocation,
  type AllocationUnit,
  type PotAllocation,
  type UnitTrace,
} from '../../src/domain/allocation/Allocation';
import { type LocalizedText } from '../../src/domain/findings/Finding';
import { compare, floorInt, fromBigInt, mul, rational, sub, sum } from '../../src/domain/money/arithmetic';
import { defined } from '../../src/domain/errors';
import { kronor, kronorEach, share } from '../../src/domain/money/Kronor';

/** A pot for the test builder: whole kronor, a key per unit and, optionally, amounts as published. */
export interface PotSpec {
  readonly name: string;
  readonly frame: bigint;
  readonly keys: readonly bigint[];
  readonly setAsides?: readonly { readonly name: string; readonly amount: bigint }[];
  /** Published amounts; when absent, the builder's own largest-remainder split (ties: larger key, lower code). */
  readonly amounts?: readonly bigint[];
  readonly notes?: readonly LocalizedText[];
}

export interface AllocationSpec {
  readonly planName: string;
  readonly units: readonly AllocationUnit[];
  readonly pots: readonly PotSpec[];
}

/**
 * An Allocation in whole kronor with a full trace, independent of the engine so output tests do not test the
 * engine with itself: share = key/Σkey, exact = distributed·share, floor, remainder, rank of the rounded-up.
 */
export function buildAllocation(spec: AllocationSpec): Allocation {
  const pots = spec.pots.map((pot, p) => buildPot(spec.units, pot, p));
  const totals = spec.units.map((_, i) => sum(pots.map((pot) => defined(pot.amounts[i], 'amount'))));
  return {
    planName: spec.planName,
    units: spec.units,
    pots,
    totals: kronorEach(totals),
    roundingUnit: kronor(fromBigInt(1n)),
    method: 'largest-remainder',
  };
}

/** Units from [code, name] pairs. */
export function units(pairs: readonly (readonly [string, string])[]): AllocationUnit[] {
  return pairs.map(([code, name]) => (code === '' ? { id: name, name } : { id: code, code, name }));
}

function buildPot(unitList: readonly AllocationUnit[], spec: PotSpec, index: number): PotAllocation {
  if (spec.keys.length !== unitList.length) throw new Error(`pot ${spec.name}: one key per unit`);
  const setAsides = (spec.setAsides ?? []).map((s) => ({
    name: s.name,
    amount: kronor(fromBigInt(s.amount)),
  }));
  const frame = kronor(fromBigInt(spec.frame));
  const distributed = kronor(sub(frame, sum(setAsides.map((s) => s.amount))));
  const keyTotal = spec.keys.reduce((a, k) => a + k, 0n);
  const shares = spec.keys.map((k) => rational(k, keyTotal));
  const exact = shares.map((s) => mul(distributed, s));
  const floors = exact.map((e) => floorInt(e));
  const remainders = exact.map((e, i) => sub(e, fromBigInt(at(floors, i))));
  const order = unitList
    .map((_, i) => i)
    .sort(
      (a, b) =>
        compare(at(remainders, b), at(remainders, a)) ||
        (at(spec.keys, b) > at(spec.keys, a) ? 1 : at(spec.keys, b) < at(spec.keys, a) ? -1 : 0) ||
        (at(unitList, a).code ?? '').localeCompare(at(unitList, b).code ?? ''),
    );
  const rankOf = new Map(order.map((unit, r) => [unit, r + 1]));
  const leftover = Number(floorInt(distributed) - floors.reduce((a, f) => a + f, 0n));
  const amounts =
    spec.amounts ?? floors.map((f, i) => f + ((rankOf.get(i) ?? Infinity) <= leftover ? 1n : 0n));
  const trace = unitList.map((_, i): UnitTrace => {
    const roundedUp = at(amounts, i) > at(floors, i);
    return {
      share: share(at(shares, i)),
      exact: kronor(at(exact, i)),
      floor: kronor(fromBigInt(at(floors, i))),
      remainder: kronor(at(remainders, i)),
      rank: roundedUp ? rankOf.get(i) : undefined,
      roundedUp,
      parts: [{ step: 'key', amount: kronor(at(exact, i)) }],
    };
  });
  return {
    potId: `pot-${index + 1}`,
    potName: spec.name,
    frame,
    setAsides,
    distributed,
    amounts: amounts.map((a) => kronor(fromBigInt(a))),
    trace,
    notes: spec.notes ?? [],
  };
}

/** One row of the Dalarna 2020 table as published (tests/fixtures/output/). */
export interface DalarnaRow {
  readonly code: string;
  readonly name: string;
  readonly population: bigint;
  readonly amount: bigint;
}

/** The frame of Dalarna 2020 "Vårdens medarbetare": 15 711 504 kr by population 31 Dec 2019. */
export const DALARNA_FRAME = 15_711_504n;

/** The published Dalarna table (without its Summa row), names trimmed, codes from the SCB list. */
export function dalarnaRows(): DalarnaRow[] {
  const codes = new Map(readCsv(REFERENCE_KOMMUNER).map((r) => [at(r, 1), at(r, 0)]));
  return readCsv(DALARNA_CSV)
    .filter((r) => at(r, 0).trim() !== 'Summa')
    .map((r) => {
      const name = at(r, 0).trim();
      const code = codes.get(name);
      if (code === undefined) throw new Error(`no kommun code for ${name}`);
      return { code, name, population: BigInt(at(r, 1)), amount: BigInt(at(r, 2)) };
    });
}

/** The Dalarna allocation, hand-built from the published amounts (not from any engine). */
export function dalarnaAllocation(): Allocation {
  const rows = dalarnaRows();
  return buildAllocation({
    planName: 'Vårdens medarbetare 2020',
    units: units(rows.map((r) => [r.code, r.name])),
    pots: [
      {
        name: 'Vårdens medarbetare',
        frame: DALARNA_FRAME,
        keys: rows.map((r) => r.population),
        amounts: rows.map((r) => r.amount),
      },
    ],
  });
}

/** All 290 kommuner by population 1 Nov 2024 in three pots (the ÖK 2021 kommun frames), split by the builder. */
export function swedenAllocation(): Allocation {
  const rows = readCsv(REFERENCE_POPULATION);
  const keys = rows.map((r) => BigInt(at(r, 2)));
  return buildAllocation({
    planName: 'ÖK 2021 kommunerna',
    units: units(rows.map((r) => [at(r, 0), at(r, 1)])),
    pots: [
      { name: 'Nära vård', frame: 750_000_000n, keys },
      { name: 'Vårdens medarbetare', frame: 150_000_000n, keys },
      {
        name: 'Vidareutbildning',
        frame: 100_000_000n,
        keys,
        setAsides: [{ name: 'Länsgemensamt', amount: 1_234_567n }],
      },
    ],
  });
}

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const DALARNA_CSV = path.join(FIXTURES, 'output', 'dalarna-2020-vardens-medarbetare-per-kommun.csv');
const REFERENCE_KOMMUNER = path.join(FIXTURES, 'reference', 'kommuner-lan-2024.csv');
const REFERENCE_POPULATION = path.join(FIXTURES, 'reference', 'befolkning-1nov2024-kommun.csv');

/** values[i], which the caller knows is there (one key per unit, a CSV column that every row has). */
function at<T>(values: readonly T[], i: number): T {
  return defined(values[i], `entry ${i}`);
}

/** Rows of a simple comma CSV without quotes, header dropped. */
function readCsv(file: string): string[][] {
  return fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split(','));
}
