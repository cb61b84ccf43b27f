import { defaultUnitRegistry } from '../../src/domain/units/defaultUnitRegistry';
import { findTables } from '../../src/workbook/findTables';
import { type Grid } from '../../src/workbook/Grid';
import { gridOf } from './gridOf';

const registry = defaultUnitRegistry();

describe('findTables on the shapes of government exports', () => {
  it('returns combined names from a merged group header above the header, all unique', () => {
    const grid: Grid = gridOf([
      [null, null, 'Beviljade platser', null],
      ['Kommun', 'Antal', 'totalt', 'omgång 1'],
      ['Mora', 1, 30, 30],
      ['Orsa', 2, 20, 20],
    ]).with({ merged: ['C1:D1'] });
    const [t] = findTables(grid, registry);
    expect(t!.columns.map((c) => c.header)).toEqual([
      'Kommun',
      'Antal',
      'Beviljade platser – totalt',
      'Beviljade platser – omgång 1',
    ]);
  });

  it('returns a sub-header row of years as part of the names, not as an unclassified row', () => {
    const [t] = findTables(
      gridOf([
        ['Rang', null, 'Kommun', 'Folkmängd 31 december', null, 'Förändring'],
        [2020, 2019, null, 2020, 2019, '%'],
        [1, 1, 'Falun', 59406, 59125, 0.48],
        [2, 2, 'Mora', 20470, 20440, 0.15],
        [3, 3, 'Orsa', 6911, 6935, -0.35],
      ]),
      registry,
    );
    expect(t!.columns.map((c) => `${c.header}:${c.role}`)).toEqual([
      'Rang – 2020:rank',
      'Rang – 2019:rank',
      'Kommun:unit',
      'Folkmängd 31 december – 2020:indicator',
      'Folkmängd 31 december – 2019:indicator',
      'Förändring – %:share',
    ]);
    expect(t!.unclassified).toEqual([]);
  });

  it('reports a row with an error value under the header as unclassified, never as a sub-header (fuzz seed 1686947368)', () => {
    const [t] = findTables(
      gridOf([
        ['Kommun', 'Befolkning', 'Belopp'],
        [null, { e: '#REF!' }, 'Upplands Väsby'],
        ['Upplands Väsby', 0, 0],
        ['Upplands Väsby', 0, 'Upplands Väsby'],
      ]),
      registry,
    );
    expect(t!.columns.map((c) => c.header)).toEqual(['Kommun', 'Befolkning', 'Belopp']);
    expect(t!.unclassified.map((u) => u.row)).toEqual([1]);
  });

  it('returns a Folkmängd column beyond a blank column as part of the table', () => {
    const [t] = findTables(
      gridOf([
        ['Kommun', 'Belopp', null, 'Folkmängd'],
        ['Mora', 100, null, 20470],
        ['Orsa', 200, null, 6911],
        ['Falun', 300, null, 59406],
      ]),
      registry,
    );
    expect(t!.range).toBe('A1:D4');
    expect(t!.columns.find((c) => c.header === 'Folkmängd')?.role).toBe('indicator');
  });

  it('returns one table where "<15" and ".." cells sit among the numbers', () => {
    const tables = findTables(
      gridOf([
        ['Kommun', 'Antal'],
        ['Mora', 20],
        ['Orsa', '<15'],
        ['Älvdalen', '..'],
        ['Falun', 80],
      ]),
      registry,
    );
    expect(tables.map((t) => [t.range, t.rows.length])).toEqual([['A1:B5', 4]]);
  });

  it('takes the column that varies per row as the unit where a län name and a kommun name stand side by side', () => {
    const [t] = findTables(
      gridOf([
        ['Län_namn', 'Kommun_namn', 'Antal'],
        ['Dalarnas län', 'Mora', 1],
        ['Dalarnas län', 'Orsa', 2],
        ['Dalarnas län', 'Falun', 3],
      ]),
      registry,
    );
    expect(t!.columns.find((c) => c.role === 'unit')?.letter).toBe('B');
    expect(t!.rows).toHaveLength(3);
  });
});
