import { analyzeSheet } from '../../src/app/analyzeSheet';
import { createSampleWorkbook } from '../../src/preview/createSampleWorkbook';

async function analyze(sheet: string) {
  const read = await createSampleWorkbook().readSheet(sheet);
  if (!read.ok) throw new Error(read.error.message.en);
  return analyzeSheet(read.value);
}

describe('analyzeSheet', () => {
  it("finds Jönköping's table and its 1 689 kr column mismatches on C17 and E17", async () => {
    const { tables, findings } = await analyze('Jönköping');
    expect(tables).toHaveLength(1);
    const errors = findings.filter((f) => f.code === 'column-total-mismatch');
    expect(errors.map((f) => [f.cells[0], f.delta])).toEqual([
      ['C17', 1689],
      ['E17', 1689],
    ]);
  });

  it("finds Dalarna's 15 kommuner and the trailing space on A9, with no error", async () => {
    const { tables, findings } = await analyze('Dalarna 2020');
    expect(tables[0]?.rows).toHaveLength(15);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.find((f) => f.code === 'label-whitespace')?.cells[0]).toBe('A9');
  });
});
