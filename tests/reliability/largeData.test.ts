import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExcelWorkbookPort } from '../../src/excel/ExcelWorkbookPort';
import { findTables } from '../../src/workbook/findTables';
import { FakeExcel } from '../helpers/fakeExcel/FakeExcel';
import { handBuiltPlan, workbookWithSource } from '../helpers/fakeExcel/handBuiltPlan';
import {
  cliUnchanged,
  kommunTable,
  registry,
  snapshotHash,
  tempDir,
  writeXlsx,
  type Literal,
} from './helpers';
import { cellsOf } from '../workbook/gridOf';

const LIMIT = 5 * 1024 * 1024;
const ROWS = 200_000;

/** The 290 kommuner as a table on top, then a blank row and a long export of individual rows below it. */
function bigRows(): Literal[][] {
  const rows: Literal[][] = [['Kommun', 'Befolkning']];
  registry.kommuner.forEach((u) => rows.push([u.name, registry.population(u.code) ?? 1]));
  rows.push([null, null]);
  for (let i = rows.length; i < ROWS; i++) rows.push([`Ärende ${i}`, i % 997]);
  return rows;
}

describe('large data: a 200 000-row sheet', () => {
  const rows = bigRows();

  it('add-in: reads in chunks under 5 MB per response, with rising progress, into an identical Grid', async () => {
    const fake = new FakeExcel({ payloadLimitBytes: LIMIT });
    fake.model.addSheet('Export', rows);
    const before = snapshotHash(fake);
    const progress: number[] = [];
    const result = await new ExcelWorkbookPort(fake.host).readSheet('Export', {
      onProgress: (f) => progress.push(f),
    });
    if (!result.ok) throw new Error(result.error.message.en);
    expect(cellsOf(result.value)).toHaveLength(ROWS);
    expect(result.value.cell(ROWS - 1, 0).value).toEqual({ kind: 'text', value: `Ärende ${ROWS - 1}` });
    // One sync for the extent, then chunks of ~1 MB (the budget is a fifth of the limit).
    expect(fake.stats.syncs).toBeGreaterThan(10);
    expect(fake.stats.syncs).toBeLessThan(120);
    expect(fake.stats.maxResponseBytes).toBeLessThan(LIMIT);
    expect(progress.every((p, i) => i === 0 || p > progress[i - 1]!)).toBe(true);
    expect(progress.at(-1)).toBe(1);
    expect(snapshotHash(fake)).toBe(before);
    const [table] = findTables(result.value, registry);
    expect(table).toMatchObject({ range: 'A1:B291' });
    console.log(`200 000 rows: ${fake.stats.syncs} syncs, max response ${fake.stats.maxResponseBytes} bytes`);
  });

  it('add-in: cancelling mid-read returns cancelled, stops syncing and changes nothing', async () => {
    const fake = new FakeExcel({ payloadLimitBytes: LIMIT });
    fake.model.addSheet('Export', rows);
    const before = snapshotHash(fake);
    const controller = new AbortController();
    const result = await new ExcelWorkbookPort(fake.host).readSheet('Export', {
      signal: controller.signal,
      onProgress: (f) => {
        if (f > 0.1) controller.abort();
      },
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'cancelled',
        message: { sv: 'Avbrutet. Inget ändrades.', en: 'Cancelled. Nothing was changed.' },
      },
    });
    expect(fake.stats.syncs).toBeLessThan(20);
    expect(snapshotHash(fake)).toBe(before);
  });

  it('add-in: cancelling mid-write rolls back the new sheets: nothing written', async () => {
    const fake = workbookWithSource(290, { payloadLimitBytes: 60_000 });
    const before = snapshotHash(fake);
    const controller = new AbortController();
    const port = new ExcelWorkbookPort(fake.host, { budgetBytes: 20_000 });
    const result = await port.writePlan(handBuiltPlan(290), {
      replaceExisting: false,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(snapshotHash(fake)).toBe(before);
  });

  it('CLI: checks a 200 000-row CSV, finding the table on top and leaving the file as it was', async () => {
    const dir = tempDir();
    const csv = rows.map((r) => r.map((v) => (v === null ? '' : String(v))).join(';')).join('\n');
    writeFileSync(join(dir, 'export.csv'), csv);
    const r = await cliUnchanged(dir, ['check', join(dir, 'export.csv'), '--json']);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBeLessThanOrEqual(1);
    const json = JSON.parse(r.stdout) as { tables: { range: string; units: number }[] };
    expect(json.tables[0]).toMatchObject({ range: 'A1:B291', units: 290 });
  });
});

describe('large data: a used range reaching row 1 048 576 (sparse)', () => {
  it('add-in: refused after one sync with the range and how to find the stray value', async () => {
    const fake = new FakeExcel();
    const sheet = fake.model.addSheet('Blad1', kommunTable());
    fake.model.cellAt(sheet, 1_048_575, 0).value = 'x';
    const before = snapshotHash(fake);
    const result = await new ExcelWorkbookPort(fake.host).readSheet('Blad1');
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'payload-too-large',
        message: expect.objectContaining({
          sv: 'Bladet Blad1 har ett använt område A1:B1048576 som når bladets sista rad (1 048 576). Där finns troligen ett enstaka värde långt ner; Ctrl+End visar var. Ta bort det och försök igen. Inget lästes.',
        }),
      },
    });
    expect(fake.stats.syncs).toBe(1);
    expect(snapshotHash(fake)).toBe(before);
  });

  it('CLI: reads the sparse file quickly and finds the table; the file is unchanged', async () => {
    const dir = tempDir();
    const file = await writeXlsx(join(dir, 'lang.xlsx'), kommunTable(), (ws) => {
      ws.getCell(1_048_576, 3).value = 'x';
    });
    const started = Date.now();
    const r = await cliUnchanged(dir, ['check', file, '--json']);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(r.exitCode).toBe(0);
    expect((JSON.parse(r.stdout) as { tables: { range: string }[] }).tables[0]!.range).toBe('A1:B5');
  });
});
