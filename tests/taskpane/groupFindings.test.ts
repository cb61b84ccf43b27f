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

describe('groupFindings aggregation', () => {
  it('returns 40 number-as-text findings of one column as one finding with count 40', () => {
    const table = {
      sheet: 'Blad1',
      range: 'A1:C41',
      headerRow: 0,
      level: 'kommun' as const,
      columns: [],
      rows: [],
      unclassified: [],
    };
    const findings = Array.from({ length: 40 }, (_, i) => ({
      code: 'number-as-text' as const,
      severity: 'warning' as const,
      sheet: 'Blad1',
      cells: [`C${i + 2}`],
      message: { sv: `C${i + 2} är text`, en: `C${i + 2} is text` },
    }));
    const [group] = groupFindings([table], findings);
    expect(group).toHaveLength(1);
    expect(group![0]).toMatchObject({ count: 40, cells: expect.arrayContaining(['C2', 'C41']) });
    expect(group![0]!.message.sv).toBe('40 tal lagrade som text i kolumn C (C2:C41), t.ex.: C2 är text');
  });
});
