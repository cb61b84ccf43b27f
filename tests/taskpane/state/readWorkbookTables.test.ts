import { analyzeSheet } from '../../../src/app/analyzeSheet';
import { type Finding } from '../../../src/domain/findings/Finding';
import { type TableModel } from '../../../src/domain/table/TableModel';
import { type PortResult, type ReadOptions, type WorkbookPort } from '../../../src/port/WorkbookPort';
import { createSampleWorkbook } from '../../../src/preview/createSampleWorkbook';
import { assignFindings } from '../../../src/taskpane/state/assignFindings';
import { readWorkbookTables } from '../../../src/taskpane/state/readWorkbookTables';
import { sameSheetList } from '../../../src/taskpane/state/sameSheetList';
import { type Grid } from '../../../src/workbook/Grid';

const tooLarge = { code: 'payload-too-large' as const, message: { sv: 'För stort', en: 'Too large' } };

/** The sample workbook, with readSheet replaced for some sheets. */
function port(
  read: (name: string, options: ReadOptions, real: WorkbookPort['readSheet']) => Promise<PortResult<Grid>>,
) {
  const book = createSampleWorkbook();
  const real = book.readSheet.bind(book);
  return Object.assign(Object.create(book) as WorkbookPort, {
    readSheet: (name: string, options: ReadOptions = {}) => read(name, options, real),
  });
}

describe('readWorkbookTables', () => {
  it('returns the tables of every sheet, and progress that ends at 1', async () => {
    const progress: number[] = [];
    const read = await readWorkbookTables(createSampleWorkbook(), analyzeSheet, {
      onProgress: (f) => progress.push(f),
    });
    expect(read.error).toBeNull();
    expect(read.tables.map((f) => `${f.table.sheet}!${f.table.range}`)).toContain('Jönköping!A3:E17');
    expect(progress[progress.length - 1]).toBe(1);
    expect(progress.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= progress[i - 1]!))).toBe(true);
  });

  it('skips a sheet the host cannot read and names it, keeping the other sheets’ tables', async () => {
    const read = await readWorkbookTables(
      port(async (name, options, real) =>
        name === 'Dalarna 2020' ? { ok: false, error: tooLarge } : real(name, options),
      ),
      analyzeSheet,
    );
    expect(read.error).toBeNull();
    expect(read.skipped).toEqual([{ sheet: 'Dalarna 2020', error: tooLarge }]);
    expect(read.tables.some((f) => f.table.sheet === 'Jönköping')).toBe(true);
    expect(read.tables.some((f) => f.table.sheet === 'Dalarna 2020')).toBe(false);
  });

  it('stops at Cancel with the host’s message, keeping what was read', async () => {
    const controller = new AbortController();
    const cancelled = {
      code: 'cancelled' as const,
      message: { sv: 'Avbrutet. Inget ändrades.', en: 'Cancelled.' },
    };
    const read = await readWorkbookTables(
      port(async (name, options, real) => {
        const result = await real(name, options);
        controller.abort();
        return name === 'Dalarna 2020' ? result : { ok: false, error: cancelled };
      }),
      analyzeSheet,
      { signal: controller.signal },
    );
    expect(read.error).toEqual(cancelled);
    expect(read.tables.map((f) => f.table.sheet)).toEqual(['Dalarna 2020']);
  });

  it('returns a port that rejects as a general error instead of rejecting', async () => {
    const read = await readWorkbookTables(
      port(async () => {
        throw new Error('RichApi.Error: timeout');
      }),
      analyzeSheet,
    );
    expect(read.error).toEqual({
      code: 'general',
      message: { sv: 'RichApi.Error: timeout', en: 'RichApi.Error: timeout' },
    });
  });
});

describe('assignFindings', () => {
  const table = (range: string): Pick<TableModel, 'sheet' | 'range'> => ({ sheet: 'S', range });
  const finding = (cells: string[], sheet = 'S'): Finding => ({
    code: 'number-as-text',
    severity: 'warning',
    sheet,
    cells,
    message: { sv: cells.join(), en: cells.join() },
  });

  it('returns each finding with the side-by-side table whose columns hold its cell', () => {
    const left = finding(['B5']);
    const right = finding(['F5']);
    expect(assignFindings([table('A1:C20'), table('E1:G20')], [left, right])).toEqual([[left], [right]]);
  });

  it('returns a finding without cells, or outside every table, once, with the first table', () => {
    const sheetLevel = finding([]);
    const outside = finding(['Z99']);
    expect(assignFindings([table('A1:C20'), table('E1:G20')], [sheetLevel, outside])).toEqual([
      [sheetLevel, outside],
      [],
    ]);
  });

  it('matches a finding named by a range, and a later cell when the first is outside', () => {
    const range = finding(['F2:F4']);
    const later = finding(['Z1', 'E3']);
    expect(assignFindings([table('A1:C20'), table('E1:G20')], [range, later])).toEqual([[], [range, later]]);
  });

  it('returns the tables of 200 000 rows without overflowing the stack', () => {
    expect(assignFindings([table('A1:C200000')], [finding(['B199999'])])[0]).toHaveLength(1);
  });
});

describe('sameSheetList', () => {
  const s = (name: string, visible = true) => ({ name, visible, isOutput: false });

  it('returns true for the same sheets (only a tab was activated)', () => {
    expect(sameSheetList([s('A'), s('B')], [s('A'), s('B')])).toBe(true);
  });

  it('returns false when a sheet was added, renamed, moved or hidden', () => {
    expect(sameSheetList([s('A')], [s('A'), s('B')])).toBe(false);
    expect(sameSheetList([s('A')], [s('A2')])).toBe(false);
    expect(sameSheetList([s('A'), s('B')], [s('B'), s('A')])).toBe(false);
    expect(sameSheetList([s('A')], [s('A', false)])).toBe(false);
  });
});
