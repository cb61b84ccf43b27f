import { checkTable } from '../../src/domain/checks/checkTable';
import { type Finding } from '../../src/domain/findings/Finding';
import { defaultUnitRegistry } from '../../src/domain/units/defaultUnitRegistry';
import { findTables } from '../../src/workbook/findTables';
import { isNoteLabel } from '../../src/workbook/isNoteLabel';
import { type CellLiteral, gridOf } from './gridOf';

const registry = defaultUnitRegistry();
const check = (rows: CellLiteral[][]): Finding[] =>
  findTables(gridOf(rows), registry).flatMap((t) => checkTable(t, { registry }));
const errors = (fs: Finding[]): string[] =>
  fs.filter((f) => f.severity === 'error').map((f) => `${f.code}|${f.delta ?? '-'}|${f.cells.join(' ')}`);

describe('findTables around the table: gaps, titles and notes', () => {
  it('finds title and header across blank rows, and leaves the notes under the total out', () => {
    const rows: CellLiteral[][] = [
      ['Tabell 4. Bidrag per kommun 2025 (tkr)'],
      [],
      [],
      [],
      ['Kommun', 'Befolkning', 'Bidrag'],
      [],
      [],
      ['Avesta', 23178, 1264],
      ['Borlänge', 52590, 2869],
      ['Falun', 59406, 3241],
      [],
      ['Summa', 135174, 7374],
      [],
      ['Källa: SCB, befolkningsstatistik', 2024],
      ['Anm. .. = uppgift saknas'],
      ['1) Uppgift för 2022', 2022],
    ];
    const [t, ...rest] = findTables(gridOf(rows), registry);
    expect(rest).toEqual([]);
    expect(t!.title).toBe('Tabell 4. Bidrag per kommun 2025 (tkr)');
    expect(t!.headerRow).toBe(4);
    expect(t!.range).toBe('A5:C12');
    expect(t!.columns[2]!.scale).toBe(1000);
    expect(t!.totalRow?.label).toBe('Summa');
    expect(errors(check(rows))).toEqual([]);
  });

  it('does not take a "Källa" row with a year right under the units as a unit (it would be summed)', () => {
    const rows: CellLiteral[][] = [
      ['Kommun', 'Antal'],
      ['Mora', 10],
      ['Orsa', 20],
      ['Falun', 30],
      ['Källa: Skolverket', 2024],
    ];
    const [t] = findTables(gridOf(rows), registry);
    expect(t!.rows.map((r) => r.label)).toEqual(['Mora', 'Orsa', 'Falun']);
    expect(t!.totalRow).toBeUndefined();
  });

  it('does not take a note beside the label column, with a year, as an unlabelled total row', () => {
    // Without the note rule, "2023" would be the total of Antal and 60 ≠ 2023 a false column-total-mismatch.
    const rows: CellLiteral[][] = [
      ['Kommun', 'Antal'],
      ['Mora', 10],
      ['Orsa', 20],
      ['Falun', 30],
      [null, 'Anm: uppgifterna avser', 2023],
    ];
    const [t] = findTables(gridOf(rows), registry);
    expect(t!.totalRow).toBeUndefined();
    expect(errors(check(rows))).toEqual([]);
  });

  it('finds a Folkmängd column beyond two blank columns', () => {
    const [t] = findTables(
      gridOf([
        ['Kommun', 'Belopp', null, null, 'Folkmängd'],
        ['Mora', 100, null, null, 20470],
        ['Orsa', 200, null, null, 6911],
        ['Falun', 300, null, null, 59406],
      ]),
      registry,
    );
    expect(t!.range).toBe('A1:E4');
    expect(t!.columns.find((c) => c.header === 'Folkmängd')?.role).toBe('indicator');
  });

  it('keeps two tables two where the second starts with a code column after two blank columns', () => {
    const tables = findTables(
      gridOf([
        ['Kommun', 'Belopp', null, null, 'Kod', 'Kommun', 'Antal'],
        ['Mora', 100, null, null, 2062, 'Mora', 1],
        ['Orsa', 200, null, null, 2034, 'Orsa', 2],
        ['Falun', 300, null, null, 2080, 'Falun', 3],
      ]),
      registry,
    );
    expect(tables.map((t) => t.range)).toEqual(['A1:B4', 'E1:G4']);
  });
});

describe('findTables sub-header rows', () => {
  it('does not take a row holding a suppression mark and a kommun name as a second header row', () => {
    const [t] = findTables(
      gridOf([
        ['Kommun', 'Befolkning', 'Belopp', 'Not'],
        [null, null, 'x', 'Upplands Väsby'],
        ['Mora', 0, 5, null],
        ['Orsa', 0, 7, null],
      ]),
      registry,
    );
    expect(t!.columns.map((c) => c.header)).toEqual(['Kommun', 'Befolkning', 'Belopp', 'Not']);
    expect(t!.unclassified.map((u) => u.row)).toEqual([1]);
  });
});

describe('isNoteLabel', () => {
  it.each([
    'Källa: SCB',
    'Anm.',
    'Anmärkning: 2 kommuner saknas',
    'Not: preliminära uppgifter',
    'Fotnot',
    '1) Uppgift för 2022',
    '.. = uppgift saknas',
    '* Preliminär',
    'Senast uppdaterad 2024-03-01',
  ])('returns true for %s', (label) => expect(isNoteLabel(label)).toBe(true));

  it.each(['Norberg', 'Nora', 'Ånge', 'Riket', 'Summa', '*Riket*', '0114 Upplands Väsby', 'Kommun'])(
    'returns false for %s',
    (label) => expect(isNoteLabel(label)).toBe(false),
  );
});
