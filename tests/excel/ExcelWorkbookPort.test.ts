import { ExcelWorkbookPort } from '../../src/excel/ExcelWorkbookPort';
import { stateNamespace } from '../../src/excel/stateXml';
import { FakeExcel } from '../helpers/fakeExcel/FakeExcel';
import { OUTPUT_MARKER_KEY } from '../../src/output/SheetPlan';
import { ALLOCATION_SHEET, handBuiltPlan, workbookWithSource } from '../helpers/fakeExcel/handBuiltPlan';
import { cellsOf } from '../workbook/gridOf';

describe('readSheet', () => {
  it('returns the used range as a Grid in one sync: the extent and the contents of a window that holds it', async () => {
    const fake = workbookWithSource(290);
    const result = await new ExcelWorkbookPort(fake.host).readSheet('Befolkning');
    if (!result.ok) throw new Error(result.error.message.en);
    const grid = result.value;
    expect(fake.stats.syncs).toBe(1);
    // 292 rows × 3 columns × 5 properties: only the used part of the window crosses the wire.
    expect(fake.stats.cellsRead).toBe(292 * 3 * 5);
    expect(grid.origin).toEqual({ row: 0, col: 0 });
    expect(cellsOf(grid)).toHaveLength(292);
    expect(grid.cell(1, 0)).toMatchObject({ value: { kind: 'text', value: '0000' } });
    expect(grid.cell(291, 2)).toMatchObject({
      value: { kind: 'number', value: expect.any(Number) },
      formula: '=SUM(C2:C291)',
    });
    expect(grid.cell(291, 1)).toEqual({ value: { kind: 'empty' } });
    expect(grid.hiddenRows).toBeUndefined();
  });

  it('continues in chunks after the window for a long sheet, and drops the window for a wide one', async () => {
    const fake = new FakeExcel();
    // 1 000 rows: the window (A1:P390 at the default budget) is the first chunk, the rest follows in one more.
    fake.model.addSheet(
      'Lång',
      Array.from({ length: 1000 }, (_, r) => [`rad ${r + 1}`, r + 1]),
    );
    const long = await new ExcelWorkbookPort(fake.host).readSheet('Lång');
    if (!long.ok) throw new Error(long.error.message.en);
    expect(fake.stats.syncs).toBe(2);
    expect(cellsOf(long.value)).toHaveLength(1000);
    expect(
      cellsOf(long.value)
        .map((r) => r[1]?.value)
        .slice(388, 392),
    ).toEqual([389, 390, 391, 392].map((value) => ({ kind: 'number', value })));
    // 20 columns reach past the window's 16 (A:P): its part is not the full width, so the chunks read it all.
    fake.model.addSheet('Bred', [Array.from({ length: 20 }, (_, c) => `k${c + 1}`), [1, 2, 3]]);
    const before = fake.stats.syncs;
    const wide = await new ExcelWorkbookPort(fake.host).readSheet('Bred');
    if (!wide.ok) throw new Error(wide.error.message.en);
    expect(fake.stats.syncs - before).toBe(2);
    expect(wide.value.cell(0, 19)?.value).toEqual({ kind: 'text', value: 'k20' });
    expect(wide.value.cell(1, 2)?.value).toEqual({ kind: 'number', value: 3 });
  });

  it('returns errors as error values and reports hidden rows by sheet row', async () => {
    const fake = new FakeExcel();
    const sheet = fake.model.addSheet('Blad', [[], ['x', '#DIV/0!'], ['y', true], ['z', '=1/0']]);
    sheet.hiddenRows.add(2);
    const result = await new ExcelWorkbookPort(fake.host).readSheet('Blad');
    expect(result).toMatchObject({ ok: true, value: { origin: { row: 1, col: 0 }, hiddenRows: [2] } });
    if (!result.ok) return;
    expect(cellsOf(result.value).map((r) => r[1]?.value)).toEqual([
      { kind: 'error', value: '#DIV/0!' },
      { kind: 'boolean', value: true },
      { kind: 'error', value: '#DIV/0!' },
    ]);
  });

  it('reads the merged areas of a sheet whose name holds a comma and an apostrophe', async () => {
    const fake = new FakeExcel();
    const sheet = fake.model.addSheet("Budget, Län's 2025", [['Rubrik'], [], ['a', 1], ['', 2]]);
    sheet.merged.push('A1:C1', 'A3:A4');
    const result = await new ExcelWorkbookPort(fake.host).readSheet("Budget, Län's 2025");
    expect(result).toMatchObject({ ok: true, value: { merged: ['A1:C1', 'A3:A4'] } });
  });

  it('retries a chunk with fewer rows when Excel on the web answers GeneralException, and reads every row', async () => {
    const fake = workbookWithSource(290);
    // Sync 1 (extent + window) fails: the extent alone (2), then the first chunk fails too (3) and is halved.
    fake.inject({ atSync: 1, code: 'GeneralException' });
    fake.inject({ atSync: 3, code: 'GeneralException' });
    const result = await new ExcelWorkbookPort(fake.host).readSheet('Befolkning');
    expect(result.ok && cellsOf(result.value)).toHaveLength(292);
    expect(result.ok && result.value.cell(291, 0)).toMatchObject({
      value: { kind: 'text', value: 'Summa' },
    });
    expect(fake.stats.syncs).toBe(5);
  });

  it('passes a GeneralException on a single row through as a general error', async () => {
    const fake = new FakeExcel();
    fake.model.addSheet('Blad', [['x']]);
    fake.inject({ atSync: 1, code: 'GeneralException' });
    fake.inject({ atSync: 3, code: 'GeneralException' });
    const result = await new ExcelWorkbookPort(fake.host).readSheet('Blad');
    expect(result).toMatchObject({ ok: false, error: { code: 'general' } });
  });

  it('returns an empty Grid for an empty sheet', async () => {
    const fake = new FakeExcel();
    fake.model.addSheet('Tom');
    const result = await new ExcelWorkbookPort(fake.host).readSheet('Tom');
    expect(result).toMatchObject({
      ok: true,
      value: { sheet: 'Tom', origin: { row: 0, col: 0 }, rowCount: 0, colCount: 0 },
    });
  });

  it('reads in chunks under a small budget, with progress, and returns the same Grid', async () => {
    const whole = await new ExcelWorkbookPort(workbookWithSource(290).host).readSheet('Befolkning');
    const fake = workbookWithSource(290, { payloadLimitBytes: 30_000 });
    const progress: number[] = [];
    const chunked = await new ExcelWorkbookPort(fake.host, { budgetBytes: 10_000 }).readSheet('Befolkning', {
      onProgress: (f) => progress.push(f),
    });
    expect(chunked).toEqual(whole);
    expect(fake.stats.syncs).toBeGreaterThan(3);
    expect(fake.stats.maxResponseBytes).toBeLessThanOrEqual(30_000);
    expect(progress.at(-1)).toBe(1);
  });

  it('retries with smaller chunks when Excel refuses the response size', async () => {
    const fake = workbookWithSource(290, { payloadLimitBytes: 20_000 });
    const result = await new ExcelWorkbookPort(fake.host, { budgetBytes: 1_000_000 }).readSheet('Befolkning');
    expect(result.ok && cellsOf(result.value)).toHaveLength(292);
  });

  it('names a missing sheet, refuses a huge used range, and honours an aborted signal', async () => {
    const fake = workbookWithSource(290);
    const port = new ExcelWorkbookPort(fake.host, { maxReadCells: 500 });
    const missing = await port.readSheet('Saknas');
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(!missing.ok && missing.error.message.sv).toContain('Saknas');
    const huge = await port.readSheet('Befolkning');
    expect(!huge.ok && huge.error).toMatchObject({ code: 'payload-too-large' });
    expect(!huge.ok && huge.error.message.sv).toContain('A1:C292');
    const controller = new AbortController();
    controller.abort();
    const aborted = await new ExcelWorkbookPort(fake.host).readSheet('Befolkning', {
      signal: controller.signal,
    });
    expect(aborted).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });

  it('maps cell-edit mode to a PortError and rethrows programmer errors', async () => {
    const fake = workbookWithSource(10);
    fake.inject({ atSync: 1, code: 'InvalidOperationInCellEditMode' });
    const result = await new ExcelWorkbookPort(fake.host).readSheet('Befolkning');
    expect(result).toMatchObject({ ok: false, error: { code: 'cell-edit-mode' } });
    await expect(
      new ExcelWorkbookPort(fake.host).selectRange('Befolkning', 'not an address'),
    ).rejects.toThrow(RangeError);
  });
});

describe('listSheets', () => {
  it('returns every sheet with visibility and whether it is our output', async () => {
    const fake = workbookWithSource(20);
    fake.model.addSheet('Dold').visibility = 'Hidden';
    const port = new ExcelWorkbookPort(fake.host);
    await port.writePlan(handBuiltPlan(20), { replaceExisting: false });
    const result = await port.listSheets();
    expect(result).toEqual({
      ok: true,
      value: [
        { name: 'Befolkning', visible: true, isOutput: false },
        { name: 'Dold', visible: false, isOutput: false },
        { name: 'Fördelning – Test', visible: true, isOutput: true },
        { name: 'Kontroller', visible: true, isOutput: true },
        { name: 'Underlag', visible: true, isOutput: true },
      ],
    });
  });
});

describe('selectRange', () => {
  it('activates the sheet and selects the range, which getSelection and activeSheet then report', async () => {
    const fake = workbookWithSource(20);
    fake.model.addSheet('Andra');
    const port = new ExcelWorkbookPort(fake.host);
    expect(await port.selectRange('Andra', 'B2:C4')).toEqual({ ok: true, value: undefined });
    expect(await port.getSelection()).toEqual({ ok: true, value: { sheet: 'Andra', address: 'B2:C4' } });
    expect(await port.activeSheet()).toEqual({ ok: true, value: 'Andra' });
    expect(await port.selectRange('Borta', 'A1')).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('saveState', () => {
  it('returns the saved JSON from a fresh port on the same file (save/close/reopen), and null when absent', async () => {
    const fake = new FakeExcel();
    fake.model.addSheet('Blad');
    const json = JSON.stringify({ name: 'Plan <A> & "B"', note: 'Åre – 100 %', n: [1, 2] });
    expect(await new ExcelWorkbookPort(fake.host).loadState('plans')).toEqual({ ok: true, value: null });
    expect(await new ExcelWorkbookPort(fake.host).saveState('plans', json)).toEqual({
      ok: true,
      value: undefined,
    });
    expect(await new ExcelWorkbookPort(fake.host).loadState('plans')).toEqual({ ok: true, value: json });
    await new ExcelWorkbookPort(fake.host).saveState('plans', '{"v":2}');
    expect(await new ExcelWorkbookPort(fake.host).loadState('plans')).toEqual({ ok: true, value: '{"v":2}' });
    expect(fake.model.xmlParts).toHaveLength(1);
  });

  it('restores one state after two overlapping saves on a workbook with no part yet, and keeps one part', async () => {
    const fake = new FakeExcel();
    fake.model.addSheet('Blad');
    const port = new ExcelWorkbookPort(fake.host);
    const [first, second] = await Promise.all([
      port.saveState('plans', '{"v":1}'),
      port.saveState('plans', '{"v":2}'),
    ]);
    expect(first.ok && second.ok).toBe(true);
    expect(await new ExcelWorkbookPort(fake.host).loadState('plans')).toEqual({ ok: true, value: '{"v":2}' });
    expect(fake.model.xmlParts).toHaveLength(1);
  });

  it('keeps the newest of two parts a co-author left behind and deletes the other on load', async () => {
    const fake = new FakeExcel();
    fake.model.addSheet('Blad');
    const ns = stateNamespace('plans');
    fake.model.xmlParts.push(
      {
        id: '{p1}',
        namespaceUri: ns,
        xml: `<lansnyckelState xmlns="${ns}" saved="2026-01-02T10:00:00.000Z">{"v":"new"}</lansnyckelState>`,
      },
      {
        id: '{p2}',
        namespaceUri: ns,
        xml: `<lansnyckelState xmlns="${ns}" saved="2026-01-01T10:00:00.000Z">{"v":"old"}</lansnyckelState>`,
      },
    );
    const port = new ExcelWorkbookPort(fake.host);
    expect(await port.loadState('plans')).toEqual({ ok: true, value: '{"v":"new"}' });
    expect(fake.model.xmlParts.map((p) => p.id)).toEqual(['{p1}']);
    await port.saveState('plans', '{"v":3}');
    expect(fake.model.xmlParts).toHaveLength(1);
    expect(await port.loadState('plans')).toEqual({ ok: true, value: '{"v":3}' });
  });
});

describe('onSheetsChanged', () => {
  it('calls the listener when sheets are added, renamed or activated, and stops after unsubscribe', async () => {
    const fake = new FakeExcel();
    fake.model.addSheet('Blad');
    let calls = 0;
    const unsubscribe = new ExcelWorkbookPort(fake.host).onSheetsChanged(() => calls++);
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.events.count).toBe(4);
    fake.userAction((m) => m.createSheet('Ny'));
    fake.userAction((m) => {
      const sheet = m.findSheet('Ny');
      if (sheet) m.renameSheet(sheet, 'Nyare');
    });
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toBe(2);
    unsubscribe();
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.events.count).toBe(0);
    fake.userAction((m) => m.createSheet('Till'));
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toBe(2);
  });

  it('skips the rename event where ExcelApi 1.17 is missing', async () => {
    const fake = new FakeExcel({ apiVersion: '1.12' });
    new ExcelWorkbookPort(fake.host).onSheetsChanged(() => undefined);
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.events.count).toBe(3);
  });
});

describe('read → check → write', () => {
  it('reads 290 kommuner and writes 290 × 3 pots in 3 syncs: 1 read, 1 inspect-and-write, 1 commit', async () => {
    const fake = workbookWithSource(290);
    const port = new ExcelWorkbookPort(fake.host);
    const grid = await port.readSheet('Befolkning');
    expect(grid.ok && cellsOf(grid.value)).toHaveLength(292);
    const written = await port.writePlan(handBuiltPlan(290), { replaceExisting: false });
    expect(written).toMatchObject({ ok: true, value: { replaced: [] } });
    expect(fake.stats.syncs).toBe(3);
  });

  it('replaces earlier output in 3 syncs too, and a listed port asks before writing anything', async () => {
    const fake = workbookWithSource(290);
    await new ExcelWorkbookPort(fake.host).writePlan(handBuiltPlan(290, 'earlier'), {
      replaceExisting: false,
    });
    const port = new ExcelWorkbookPort(fake.host);
    expect((await port.listSheets()).ok).toBe(true);
    const before = { syncs: fake.stats.syncs, cells: fake.stats.cellsWritten };
    // The pane's first attempt: the listing shows our output, so the port inspects first and writes nothing.
    const asked = await port.writePlan(handBuiltPlan(290, 'later'), { replaceExisting: false });
    expect(asked).toMatchObject({ ok: false, error: { code: 'output-exists' } });
    expect(fake.stats.syncs - before.syncs).toBe(1);
    expect(fake.stats.cellsWritten).toBe(before.cells);
    const start = fake.stats.syncs;
    expect((await port.readSheet('Befolkning')).ok).toBe(true);
    const replaced = await port.writePlan(handBuiltPlan(290, 'later'), { replaceExisting: true });
    expect(replaced).toMatchObject({
      ok: true,
      value: { replaced: [ALLOCATION_SHEET, 'Kontroller', 'Underlag'] },
    });
    expect(fake.stats.syncs - start).toBe(3);
    expect(fake.model.findSheet(ALLOCATION_SHEET)?.customProperties.get(OUTPUT_MARKER_KEY)).toBe('later');
  });
});
