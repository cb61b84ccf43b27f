import { checkCellValues } from '../../../src/domain/checks/checkCellValues';
import { aggregateFindings } from '../../../src/domain/findings/aggregateFindings';
import { type Finding } from '../../../src/domain/findings/Finding';
import { defaultUnitRegistry } from '../../../src/domain/units/defaultUnitRegistry';
import { findTables } from '../../../src/workbook/findTables';
import { type CellLiteral, gridOf } from '../../workbook/gridOf';

const registry = defaultUnitRegistry();
const valuesOf = (rows: CellLiteral[][]): Finding[] =>
  findTables(gridOf(rows), registry).flatMap(checkCellValues);
const brief = (f: Finding): string => [f.code, f.count ?? 1, f.unit ?? '-', f.cells.join(' ')].join('|');

/** Five kommuner; Belopp stored as text in `asText` of them, Bidrag negative in `negative` of them. */
function sheet(asText: number, negative: number): CellLiteral[][] {
  const names = ['Mora', 'Orsa', 'Falun', 'Rättvik', 'Leksand'];
  return [
    ['Kommun', 'Befolkning', 'Belopp', 'Bidrag'],
    ...names.map((name, i): CellLiteral[] => [
      name,
      1000 * (i + 1),
      i < asText ? `${100 * (i + 1)}` : 100 * (i + 1),
      i < negative ? -(i + 1) : i + 1,
    ]),
  ];
}

describe('checkCellValues collects repeated findings as it goes', () => {
  it('tells four numbers stored as text in one column as one finding with the count and every cell', () => {
    const [found, ...rest] = valuesOf(sheet(4, 0));
    expect(rest).toEqual([]);
    expect(found && brief(found)).toBe('number-as-text|4|-|C2 C3 C4 C5');
    expect(found?.column).toBe('Belopp');
    expect(found?.message.sv).toContain('C2:C5');
  });

  it('keeps two of a kind one by one, each naming its unit', () => {
    expect(valuesOf(sheet(2, 2)).map(brief)).toEqual([
      'number-as-text|1|Mora|C2',
      'negative-amount|1|Mora|D2',
      'number-as-text|1|Orsa|C3',
      'negative-amount|1|Orsa|D3',
    ]);
  });

  it('puts a repeated group where its first cell was met, among the single ones', () => {
    expect(valuesOf(sheet(2, 3)).map(brief)).toEqual([
      'number-as-text|1|Mora|C2',
      'negative-amount|3|-|D2 D3 D4',
      'number-as-text|1|Orsa|C3',
    ]);
  });

  it('gives what aggregating the findings afterwards gives (nothing left to aggregate)', () => {
    const found = valuesOf(sheet(5, 3));
    expect(aggregateFindings(found)).toEqual(found);
  });
});
