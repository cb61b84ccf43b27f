import { type Finding } from '../../src/domain/findings/Finding';
import { type TableModel } from '../../src/domain/table/TableModel';
import { groupFindings } from '../../src/taskpane/groupFindings';

const table = (range: string): TableModel => ({
  sheet: 'S',
  range,
  headerRow: 0,
  level: 'kommun',
  columns: [],
  rows: [],
  unclassified: [],
});
const finding = (cells: string[]): Finding => ({
  code: 'label-whitespace',
  severity: 'info',
  sheet: 'S',
  cells,
  message: { sv: '', en: '' },
});

describe('groupFindings', () => {
  it('returns each finding under the table holding its first cell', () => {
    const a = finding(['B5']);
    const b = finding(['H30']);
    expect(groupFindings([table('A3:E20'), table('G25:K40')], [a, b])).toEqual([[a], [b]]);
  });
  it('returns a finding without a cell under the first table rather than dropping it', () => {
    const missing = finding([]);
    expect(groupFindings([table('A3:E20'), table('G25:K40')], [missing])).toEqual([[missing], []]);
  });
  it('returns no groups when there are no tables', () => {
    expect(groupFindings([], [finding(['A1'])])).toEqual([]);
  });
});
