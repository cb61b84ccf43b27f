import { cellAddressIn } from '../../src/domain/table/cellAddressIn';
import { checkTable } from '../../src/domain/checks/checkTable';
import { type Finding } from '../../src/domain/findings/Finding';
import { defaultUnitRegistry } from '../../src/domain/units/defaultUnitRegistry';
import { findTables } from '../../src/workbook/findTables';
import { type CellLiteral, gridOf } from './gridOf';

const registry = defaultUnitRegistry();
const check = (rows: CellLiteral[][]): Finding[] =>
  findTables(gridOf(rows), registry).flatMap((t) => checkTable(t, { registry }));
const brief = (f: Finding): string =>
  [f.code, f.severity, f.column ?? '-', f.delta ?? '-', f.cells.join(' ')].join('|');
const errors = (fs: Finding[]): string[] => fs.filter((f) => f.severity === 'error').map(brief);

/** Kolada style: kommuner across the top, indicators down the side, a Summa column at the right. */
const kolada = (beloppSumma: number): CellLiteral[][] => [
  [null, 'Mora', 'Orsa', 'Falun', 'Summa'],
  ['Befolkning', 20470, 6911, 59406, 86787],
  ['Belopp', 100, 200, 300, beloppSumma],
];

describe('findTables on transposed tables (units as columns)', () => {
  it('returns one transposed table with the kommuner as units and the sheet addresses', () => {
    const tables = findTables(gridOf(kolada(600)), registry);
    expect(tables).toHaveLength(1);
    const [t] = tables;
    expect(t!.transposed).toBe(true);
    expect(t!.range).toBe('A1:E3');
    expect(t!.rows.map((r) => `${r.label}:${r.unit?.code}`)).toEqual([
      'Mora:2062',
      'Orsa:2034',
      'Falun:2080',
    ]);
    expect(t!.rows[1]!.cells.map((_, i) => cellAddressIn(t!, t!.rows[1]!, i))).toEqual(['C1', 'C2', 'C3']);
    expect(t!.totalRow?.label).toBe('Summa');
    expect(t!.columns.map((c) => `${c.letter}:${c.header}:${c.role}`)).toEqual([
      '1::unit',
      '2:Befolkning:indicator',
      '3:Belopp:amount',
    ]);
  });

  it('finds no error when it reconciles, and the Summa cell that is 1 too high when it does not (Δ 1 in E3)', () => {
    expect(errors(check(kolada(600)))).toEqual([]);
    expect(errors(check(kolada(601)))).toEqual(['column-total-mismatch|error|Belopp|1|E3']);
  });

  it('stays quiet on an SCB export with codes and names across the top, years down the side and Riket first', () => {
    // Riket is the whole country, not the sum of three kommuner: an aggregate of something else, no error.
    const rows: CellLiteral[][] = [
      ['Folkmängd 31 december'],
      [],
      ['region', 'Riket', '0114 Upplands Väsby', '0115 Vallentuna', '0117 Österåker'],
      [2021, 10452326, 47820, 33923, 46644],
      [2022, 10521556, 48472, 34171, 47179],
      [2023, 10551707, '..', 34387, 47622],
    ];
    const [t, ...rest] = findTables(gridOf(rows), registry);
    expect(rest).toEqual([]);
    expect(t!.transposed).toBe(true);
    expect(t!.rows.map((r) => r.unit?.code)).toEqual(['0114', '0115', '0117']);
    expect(t!.columns.map((c) => c.header)).toEqual(['region', '2021', '2022', '2023']);
    expect(errors(check(rows))).toEqual([]);
  });

  it('reads the money unit from the title above the names (tkr: Δ 1 is 1 000 kr)', () => {
    const rows: CellLiteral[][] = [['Fördelning 2025 (tkr)'], [], ...kolada(601)];
    const [t] = findTables(gridOf(rows), registry);
    expect(t!.title).toBe('Fördelning 2025 (tkr)');
    expect(t!.range).toBe('A3:E5');
    expect(errors(check(rows))).toEqual(['column-total-mismatch|error|Belopp|1000|E5']);
  });

  it('returns an upright kommun × kommun matrix once, not again turned', () => {
    const tables = findTables(
      gridOf([
        ['Kommun', 'Mora', 'Orsa', 'Falun'],
        ['Mora', 0, 12, 30],
        ['Orsa', 11, 0, 4],
        ['Falun', 25, 6, 0],
      ]),
      registry,
    );
    expect(tables.map((t) => [t.range, t.transposed ?? false])).toEqual([['A1:D4', false]]);
  });

  it('returns no transposed table for a row naming only two kommuner', () => {
    expect(
      findTables(
        gridOf([
          [null, 'Mora', 'Orsa'],
          ['Belopp', 1, 2],
        ]),
        registry,
      ),
    ).toEqual([]);
  });
});
