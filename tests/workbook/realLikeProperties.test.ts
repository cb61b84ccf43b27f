import fc from 'fast-check';
import { checkTable } from '../../src/domain/checks/checkTable';
import { type Finding } from '../../src/domain/findings/Finding';
import { defaultUnitRegistry } from '../../src/domain/units/defaultUnitRegistry';
import { findTables } from '../../src/workbook/findTables';
import { type CellLiteral, gridOf } from './gridOf';

/**
 * Properties on tables that reconcile, in the shapes of the agencies' exports: whatever is shuffled, suppressed,
 * turned or repeated, no error finding appears.
 */
const registry = defaultUnitRegistry();
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const errors = (rows: CellLiteral[][]): string[] =>
  findTables(gridOf(rows), registry)
    .flatMap((t) => checkTable(t, { registry }))
    .filter((f: Finding) => f.severity === 'error')
    .map((f) => `${f.code} ${f.cells.join(' ')}`);

/** SCB's combined code and name, as PxWeb writes the region column. */
const KOMMUNER = [
  '0114 Upplands Väsby',
  '0115 Vallentuna',
  '0117 Österåker',
  '0120 Värmdö',
  '0123 Järfälla',
  '0125 Ekerö',
  '0126 Huddinge',
  '0127 Botkyrka',
];

const shuffled = <T>(xs: readonly T[], seed: number): T[] => {
  const out = [...xs];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
};

/** Per kommun: Bas, Tillägg, Totalt (= Bas + Tillägg), some values suppressed ("..") together with their total. */
const units = fc
  .record({
    n: fc.integer({ min: 3, max: KOMMUNER.length }),
    women: fc.array(fc.integer({ min: 0, max: 60_000 }), { minLength: 8, maxLength: 8 }),
    men: fc.array(fc.integer({ min: 0, max: 60_000 }), { minLength: 8, maxLength: 8 }),
    suppressed: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
    seed: fc.integer(),
  })
  .map(({ n, women, men, suppressed, seed }) => ({
    rows: KOMMUNER.slice(0, n).map((k, i): [string, CellLiteral, CellLiteral, CellLiteral] =>
      suppressed[i] && i > 0 ? [k, '..', men[i]!, '..'] : [k, women[i]!, men[i]!, women[i]! + men[i]!],
    ),
    seed,
  }));

const sumOf = (rows: readonly CellLiteral[][], i: number): number =>
  rows.reduce((s, r) => s + (typeof r[i] === 'number' ? r[i] : 0), 0);
const summa = (rows: readonly (readonly CellLiteral[])[]): CellLiteral[] => [
  'Summa',
  ...[1, 2, 3].map((i) => (rows.some((r) => r[i] === '..') ? '..' : sumOf(rows as CellLiteral[][], i))),
];
const HEADER: CellLiteral[] = ['region', 'Bas', 'Tillägg', 'Totalt'];

describe('properties on SCB-style tables that reconcile (codes in the labels, "..")', () => {
  it('never creates an error when the unit rows are shuffled', () => {
    fc.assert(
      fc.property(units, ({ rows, seed }) => {
        expect(errors([HEADER, ...shuffled(rows, seed), summa(rows)])).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('never creates an error when a "00 Riket" row that is a rate stands first', () => {
    fc.assert(
      fc.property(units, fc.double({ min: 0.1, max: 99, noNaN: true }), ({ rows }, rate) => {
        expect(errors([HEADER, ['00 Riket', rate, rate, rate], ...rows])).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('never creates an error when a period column is added or the table is repeated for three years', () => {
    fc.assert(
      fc.property(units, ({ rows, seed }) => {
        const years = [2021, 2022, 2023].flatMap((y, i) =>
          [...shuffled(rows, seed + i), summa(rows)].map((r) => [String(y), ...r]),
        );
        expect(errors([['år', ...HEADER], ...years])).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('never creates an error when Totalt is written as =B{n}+C{n} and another amount column stands beside it', () => {
    fc.assert(
      fc.property(
        units,
        fc.array(fc.integer({ min: 0, max: 9_999 }), { minLength: 8, maxLength: 8 }),
        ({ rows, seed }, other) => {
          const body = shuffled(rows, seed).map((r, i): CellLiteral[] => [
            r[0],
            r[1],
            r[2],
            typeof r[3] === 'number' ? { f: `=B${i + 2}+C${i + 2}`, v: r[3] } : r[3],
            other[i]!,
          ]);
          expect(errors([[...HEADER, 'Övrigt'], ...body])).toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('properties on transposed tables that reconcile (kommuner across the top)', () => {
  it('never creates an error whatever the kommun column order, with a Riket column that is a rate', () => {
    fc.assert(
      fc.property(
        units,
        fc.double({ min: 0.1, max: 99, noNaN: true }),
        fc.boolean(),
        ({ rows, seed }, rate, riketFirst) => {
          const cols = shuffled(rows, seed);
          const total = summa(rows);
          const line = (i: number, label: string): CellLiteral[] => {
            const values = cols.map((r) => r[i]!);
            return riketFirst ? [label, rate, ...values, total[i]!] : [label, ...values, total[i]!, rate];
          };
          const names: CellLiteral[] = riketFirst
            ? [null, 'Riket', ...cols.map((r) => r[0]), 'Summa']
            : [null, ...cols.map((r) => r[0]), 'Summa', 'Riket'];
          const grid = [names, line(1, 'Bas'), line(2, 'Tillägg'), line(3, 'Totalt')];
          expect(findTables(gridOf(grid), registry).some((t) => t.transposed)).toBe(true);
          expect(errors(grid)).toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
