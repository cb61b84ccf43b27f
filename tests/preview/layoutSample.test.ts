import { defined } from '../helpers/defined';
import { layoutSample } from '../../src/preview/layoutSample';
import { SAMPLE_TABLES } from '../../src/preview/samples/sampleTables';

const sample = (sheet: string) =>
  defined(
    SAMPLE_TABLES.find((s) => s.sheet === sheet),
    sheet,
  );

describe('layoutSample', () => {
  it('lays Dalarna out with title, blank row, header on row 3 and the total on row 19', () => {
    const { rows } = layoutSample(sample('Dalarna 2020'));
    expect(rows[0]?.[0]?.value).toEqual({ kind: 'text', value: expect.stringContaining('Dalarnas län') });
    expect(rows[1]).toEqual([]);
    expect(rows[2]?.map((c) => c.value)).toContainEqual({ kind: 'text', value: 'Befolkning dec 2019' });
    // "Leksand " keeps its published trailing space on A9.
    expect(rows[8]?.[0]?.value).toEqual({ kind: 'text', value: 'Leksand ' });
    expect(rows[18]?.[2]).toMatchObject({
      formula: '=SUM(C4:C18)',
      value: { kind: 'number', value: 15711504 },
    });
  });

  it("keeps Jönköping's wrong Vårdens medarbetare total as a typed constant, not a SUM", () => {
    const total = defined(layoutSample(sample('Jönköping')).rows[16], 'row 17');
    expect(total[0]?.value.kind).toBe('empty');
    expect(total[1]).toMatchObject({ formula: '=SUM(B4:B16)', value: { value: 34691485 } });
    expect(defined(total[2], 'C total')).not.toHaveProperty('formula');
    expect(total[2]?.value).toEqual({ kind: 'number', value: 46759217 });
    expect(defined(total[4], 'E total')).not.toHaveProperty('formula');
    expect(total[3]?.formula).toBe('=SUM(D4:D16)');
  });

  it("keeps Bilaga 4's Vårdens medarbetare total (units sum to 1 more) as a constant on D25", () => {
    const { rows } = layoutSample(sample('Bilaga 4'));
    expect(rows[24]?.[3]).toEqual({ value: { kind: 'number', value: 2531000000 }, numberFormat: '#,##0' });
    expect(rows[24]?.[2]?.formula).toBe('=SUM(C4:C24)');
  });

  it('ends every sheet with a blank row and the source line', () => {
    for (const table of SAMPLE_TABLES) {
      const { rows } = layoutSample(table);
      expect(rows[rows.length - 2]).toEqual([]);
      expect(rows[rows.length - 1]?.[0]?.value).toEqual({ kind: 'text', value: table.source });
    }
  });
});
