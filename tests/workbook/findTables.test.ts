import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultUnitRegistry } from '../../src/domain/units/defaultUnitRegistry';
import { findTables } from '../../src/workbook/findTables';
import { type Grid } from '../../src/workbook/Grid';
import { parseCsv } from '../../src/workbook/parseCsv';
import { type CellLiteral, gridOf } from './gridOf';

const registry = defaultUnitRegistry();
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const sample = (name: string): Grid =>
  parseCsv(readFileSync(join(__dirname, '../fixtures/data', name), 'utf8'), name);
const roles = (g: Grid): string[] => findTables(g, registry)[0]!.columns.map((c) => `${c.letter}:${c.role}`);

describe('findTables', () => {
  it('returns the Bilaga 4 table with nested totals that do not double count', () => {
    const [t, ...rest] = findTables(sample('ok2021-bilaga4-medel-till-regionerna.csv'), registry);
    expect(rest).toEqual([]);
    expect(t!.level).toBe('region');
    expect(t!.rows).toHaveLength(21);
    expect(t!.rows.every((r) => r.unit)).toBe(true);
    expect(t!.totalRow?.label).toBe('Totalsumma');
    const byHeader = Object.fromEntries(t!.columns.map((c) => [c.header, c]));
    expect(byHeader['Befolkning 1/11 2020']!.role).toBe('indicator');
    expect(byHeader['Totalt ambulans']!.sumOf).toEqual([8, 9]); // Minimibelopp + Ambulans
    expect(byHeader['Totalt']!.sumOf).toEqual([2, 3, 4, 5, 6, 7, 10]); // six pots + Totalt ambulans
  });

  it('returns the Jönköping table whose total row has an empty label', () => {
    const [t] = findTables(sample('jonkoping-2019-2022-socialchefsnatverket.csv'), registry);
    expect(t!.rows).toHaveLength(13);
    expect(t!.totalRow?.label).toBe('');
    expect(t!.totalRow?.row).toBe(14);
    expect(t!.columns.find((c) => c.header === 'Totalt')?.sumOf).toEqual([1, 2, 3]);
  });

  it('returns Bilaga 3 with "Region X" and "Västragötalandsregionen" resolved and two indicators', () => {
    const [t] = findTables(sample('ok2021-bilaga3-kommunernas-medel-lansvis.csv'), registry);
    expect(t!.rows.map((r) => r.unit?.code).filter(Boolean)).toHaveLength(21);
    expect(roles(sample('ok2021-bilaga3-kommunernas-medel-lansvis.csv'))).toEqual([
      'A:unit',
      'B:indicator',
      'C:indicator',
      'D:amount',
      'E:amount',
      'F:amount',
      'G:total',
    ]);
    expect(t!.range).toBe('A1:G23');
  });

  it('returns title, header, units and total below blank rows, and stops before footnotes', () => {
    const grid = gridOf([
      ['Fördelning 2020 (tkr)'],
      [],
      ['Kommun', 'Befolkning', 'Belopp'],
      ['Avesta', 23178, 1264],
      ['Borlänge', 52590, 2869],
      ['Falun', 59406, 3241],
      [],
      ['Summa', { f: 'SUM(B4:B6)', v: 135174 }, { f: 'SUM(C4:C6)', v: 7374 }],
      [],
      ['Källa: SCB'],
    ]);
    const [t] = findTables(grid, registry);
    expect(t!.title).toBe('Fördelning 2020 (tkr)');
    expect(t!.headerRow).toBe(2);
    expect(t!.range).toBe('A3:C8');
    expect(t!.totalRow?.cells[2]?.formula).toBe('SUM(C4:C6)');
    expect(t!.columns[2]!.scale).toBe(1000);
    expect(t!.columns[1]!.role).toBe('indicator');
  });

  it('returns two tables stacked on one sheet', () => {
    const grid = gridOf([
      ['Kommun', 'Belopp'],
      ['Mora', 10],
      ['Orsa', 20],
      ['Summa', 30],
      [],
      ['Region', 'Belopp'],
      ['Region Dalarna', 5],
      ['Region Gävleborg', 6],
      ['Totalt', 11],
    ]);
    const tables = findTables(grid, registry);
    expect(tables.map((t) => [t.range, t.level, t.rows.length])).toEqual([
      ['A1:B4', 'kommun', 2],
      ['A6:B9', 'region', 2],
    ]);
  });

  it('returns two tables side by side', () => {
    const grid = gridOf([
      ['Kommun', 'Belopp', null, 'Kommun', 'Belopp'],
      ['Mora', 10, null, 'Falun', 1],
      ['Orsa', 20, null, 'Gagnef', 2],
    ]);
    expect(findTables(grid, registry).map((t) => t.range)).toEqual(['A1:B3', 'D1:E3']);
  });

  it('returns a "Totalt" column that is not a sum of the others as an amount', () => {
    const grid = gridOf([
      ['Kommun', 'Nära vård', 'Medarbetare', 'Totalt'],
      ['Mora', 10, 20, 99],
      ['Orsa', 20, 30, 7],
      ['Falun', 5, 5, 1],
    ]);
    expect(roles(grid)).toEqual(['A:unit', 'B:amount', 'C:amount', 'D:amount']);
  });

  it('returns a code column and units resolved from codes when the label is unknown', () => {
    const grid = gridOf([
      ['Kod', 'Kommun', 'Belopp'],
      ['2062', 'Mora', 1],
      ['2034', 'Orsa', 2],
      ['2080', 'Falu stad??', 3],
    ]);
    const [t] = findTables(grid, registry);
    expect(t!.columns.map((c) => c.role)).toEqual(['code', 'unit', 'amount']);
    expect(t!.rows[2]!.unit?.code).toBe('2080');
  });

  it('returns unknown labels among units as unit rows and lists stray rows as unclassified', () => {
    const grid = gridOf([
      ['Kommun', 'Belopp'],
      ['kronor', null],
      ['Mora', 1],
      [null, 5],
      ['Orsaa', 2],
      ['Falun', 3],
      ['Summa', 11],
    ]);
    const [t] = findTables(grid, registry);
    expect(t!.rows.map((r) => r.label)).toEqual(['Mora', 'Orsaa', 'Falun']);
    expect(t!.rows[1]!.unit).toBeUndefined();
    expect(t!.unclassified.map((u) => u.row)).toEqual([1, 3]);
  });

  it('returns no table for a sheet without units', () => {
    expect(
      findTables(
        gridOf([
          ['År', 'Belopp'],
          ['2019', 1],
          ['2020', 2],
        ]),
        registry,
      ),
    ).toEqual([]);
    expect(findTables(gridOf([]), registry)).toEqual([]);
  });

  it('marks hidden unit rows', () => {
    const grid = gridOf(
      [
        ['Kommun', 'Belopp'],
        ['Mora', 1],
        ['Orsa', 2],
      ],
      'h',
      [2],
    );
    expect(findTables(grid, registry)[0]!.rows.map((r) => !!r.hidden)).toEqual([false, true]);
  });

  describe('fuzz', () => {
    const names = [
      'Mora',
      'Orsa',
      'Falun',
      'Summa',
      'Totalt',
      'Kommun',
      'Leksnad',
      'Region Dalarna',
      '',
      'Not',
    ];
    const cell: fc.Arbitrary<CellLiteral> = fc.oneof(
      fc.constant(null),
      fc.constantFrom(...names),
      fc.integer({ min: -1000, max: 100000 }),
      fc.string({ maxLength: 6 }),
      fc.constantFrom('1 264 598', '12,5 %', '#REF!'),
      fc.record({ f: fc.constant('SUM(B2:B4)'), v: fc.integer() }),
    );
    const grids = fc
      .array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 25 })
      .map((rows) => gridOf(rows));

    it('never throws and never loses a row inside a table', () => {
      fc.assert(
        fc.property(grids, (grid) => {
          for (const t of findTables(grid, registry)) {
            const cols = t.columns.map((c) => c.col);
            const aggregates = (t.aggregateRows ?? []).map((r) => r.row);
            const last = Math.max(t.totalRow?.row ?? -1, ...t.rows.map((r) => r.row), ...aggregates);
            const accounted = new Set([
              t.headerRow,
              ...t.rows.map((r) => r.row),
              ...(t.totalRow ? [t.totalRow.row] : []),
              ...aggregates,
              ...t.unclassified.map((u) => u.row),
            ]);
            for (let r = t.headerRow + 1; r <= last; r++) {
              // Whitespace-only text holds nothing to lose; detection treats it as blank on purpose.
              // A transposed table counts its rows and columns in the turned view.
              const filled = cols.some((c) => {
                const v = (t.transposed ? grid.cell(c, r) : grid.cell(r, c))?.value;
                return v !== undefined && v.kind !== 'empty' && !(v.kind === 'text' && v.value.trim() === '');
              });
              if (filled) expect(accounted.has(r)).toBe(true);
            }
            expect(t.rows.every((r) => r.cells.length === t.columns.length)).toBe(true);
          }
        }),
        { numRuns: RUNS },
      );
    });
  });
});
