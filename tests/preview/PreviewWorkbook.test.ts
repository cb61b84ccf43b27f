import { createSampleWorkbook } from '../../src/preview/createSampleWorkbook';
import { PreviewWorkbook } from '../../src/preview/PreviewWorkbook';
import { OUTPUT_MARKER_KEY, type SheetPlan } from '../../src/output/SheetPlan';
import { type Cell } from '../../src/workbook/Grid';
import { defined } from '../helpers/defined';
import { cellsOf } from '../workbook/gridOf';

const num = (value: number): Cell => ({ value: { kind: 'number', value } });
const txt = (value: string): Cell => ({ value: { kind: 'text', value } });

function plan(marker = 'plan-1', name = 'Fördelning – test'): SheetPlan {
  return {
    marker,
    sheets: [
      {
        name,
        role: 'allocation',
        blocks: [
          {
            address: 'A1',
            rows: [
              [
                { kind: 'text', text: 'Kommun' },
                { kind: 'text', text: 'Belopp' },
              ],
              [
                { kind: 'text', text: '=Aneby' },
                { kind: 'number', value: 100 },
              ],
              [
                { kind: 'text', text: 'Eksjö' },
                { kind: 'number', value: 200 },
              ],
              [
                { kind: 'text', text: 'Summa' },
                { kind: 'formula', formula: '=SUM(B2:B3)', result: 300 },
              ],
              [{ kind: 'empty' }, { kind: 'formula', formula: '=SUM(B2:B3)' }],
            ],
          },
        ],
        numberFormats: [{ range: 'B2:B5', format: '#,##0' }],
        bold: ['A1:B1'],
      },
    ],
  };
}

describe('PreviewWorkbook', () => {
  it('returns the sample sheets in order, then Formler, Dalarna active', async () => {
    const book = createSampleWorkbook();
    const sheets = await book.listSheets();
    expect(sheets.ok && sheets.value.map((s) => s.name)).toEqual([
      'Dalarna 2020',
      'Jönköping',
      'Bilaga 3',
      'Bilaga 4',
      'Avsnitt 8',
      'Formler',
      'Återredovisning 2020',
    ]);
    expect(await book.activeSheet()).toEqual({ ok: true, value: 'Dalarna 2020' });
  });

  it('reads the used range as a rectangular Grid with formulas and cached values', async () => {
    const read = await createSampleWorkbook().readSheet('Bilaga 4');
    if (!read.ok) throw new Error(read.error.message.en);
    expect(read.value.origin).toEqual({ row: 0, col: 0 });
    expect(cellsOf(read.value)).toHaveLength(27);
    expect(new Set(cellsOf(read.value).map((r) => r.length))).toEqual(new Set([12]));
    expect(read.value.cell(24, 2)).toMatchObject({
      formula: '=SUM(C4:C24)',
      value: { value: 2409000000 },
    });
  });

  it('reads a sheet case-insensitively and reports an unknown one as not-found', async () => {
    const book = createSampleWorkbook();
    expect((await book.readSheet('bilaga 3')).ok).toBe(true);
    const missing = await book.readSheet('Finns inte');
    expect(missing.ok || missing.error.code).toBe('not-found');
  });

  it('gives an empty sheet a Grid with no cells, and origin at the first used cell', async () => {
    const book = new PreviewWorkbook();
    book.addSheet('Tom', []);
    book.addSheet('Förskjuten', [[num(1), num(2)]], { at: 'C5' });
    expect(await book.readSheet('Tom')).toMatchObject({
      ok: true,
      value: { sheet: 'Tom', origin: { row: 0, col: 0 }, rowCount: 0, colCount: 0 },
    });
    const shifted = await book.readSheet('Förskjuten');
    expect(shifted.ok && shifted.value.origin).toEqual({ row: 4, col: 2 });
  });

  it('selectRange activates the sheet, records the selection and notifies listeners', async () => {
    const book = createSampleWorkbook();
    const sheetsChanged = jest.fn();
    const changed = jest.fn();
    book.onSheetsChanged(sheetsChanged);
    book.onChanged(changed);
    expect(await book.selectRange('Jönköping', 'C17')).toEqual({ ok: true, value: undefined });
    expect(await book.getSelection()).toEqual({ ok: true, value: { sheet: 'Jönköping', address: 'C17' } });
    expect(book.activeName()).toBe('Jönköping');
    expect(sheetsChanged).toHaveBeenCalledTimes(1);
    await book.selectRange('Jönköping', 'E17:C4');
    expect(book.currentSelection()).toEqual({ sheet: 'Jönköping', address: 'C4:E17' });
    expect(sheetsChanged).toHaveBeenCalledTimes(1);
    expect(changed).toHaveBeenCalledTimes(2);
    const bad = await book.selectRange('Jönköping', 'ZZZZ0');
    expect(bad.ok || bad.error.code).toBe('general');
  });

  it('writes a plan: text stays text, formulas keep cached results, formats and marker apply', async () => {
    const book = createSampleWorkbook();
    const result = await book.writePlan(plan(), { replaceExisting: false });
    expect(result).toEqual({
      ok: true,
      value: { written: [{ sheet: 'Fördelning – test', range: 'A1:B5' }], replaced: [] },
    });
    const grid = defined(book.peekSheet('Fördelning – test'));
    expect(grid.cell(1, 0)).toEqual(txt('=Aneby'));
    expect(grid.cell(3, 1)).toEqual({
      value: { kind: 'number', value: 300 },
      formula: '=SUM(B2:B3)',
      numberFormat: '#,##0',
    });
    // No cached result given: the preview evaluates the plain SUM.
    expect(grid.cell(4, 1)?.value).toEqual({ kind: 'number', value: 300 });
    expect(book.isBold('Fördelning – test', 'B1')).toBe(true);
    const sheets = await book.listSheets();
    expect(sheets.ok && sheets.value.find((s) => s.name === 'Fördelning – test')?.isOutput).toBe(true);
    expect(OUTPUT_MARKER_KEY).toBe('Lansnyckel.Output');
  });

  it('refuses to overwrite its own output without confirmation, and replaces it after', async () => {
    const book = createSampleWorkbook();
    await book.writePlan(plan(), { replaceExisting: false });
    const before = book.serialize();
    const refused = await book.writePlan(plan(), { replaceExisting: false });
    expect(refused.ok || refused.error.code).toBe('output-exists');
    expect(book.serialize()).toBe(before);
    const replaced = await book.writePlan(plan('plan-1', 'Fördelning – ny'), { replaceExisting: true });
    expect(replaced.ok && replaced.value.replaced).toEqual(['Fördelning – test']);
    expect(book.sheetNames().map((s) => s.name)).toContain('Fördelning – ny');
    expect(book.sheetNames().map((s) => s.name)).not.toContain('Fördelning – test');
  });

  it("never overwrites the user's own sheet, even when told to replace", async () => {
    const book = createSampleWorkbook();
    const before = book.serialize();
    const result = await book.writePlan(plan('p', 'Bilaga 3'), { replaceExisting: true });
    expect(result.ok || result.error.code).toBe('name-collision');
    expect(book.serialize()).toBe(before);
  });

  it('writes nothing when any sheet of the plan is invalid (all-or-nothing)', async () => {
    const book = createSampleWorkbook();
    const before = book.serialize();
    const bad: SheetPlan = {
      marker: 'x',
      sheets: [
        ...plan().sheets,
        { ...defined(plan().sheets[0], 'the first sheet'), name: 'Blad/med?tecken' },
      ],
    };
    const result = await book.writePlan(bad, { replaceExisting: true });
    expect(result.ok || result.error.code).toBe('general');
    expect(book.serialize()).toBe(before);
  });

  it('keeps document state and the output through save and reopen', async () => {
    const book = createSampleWorkbook();
    await book.saveState('plans', '{"a":1}');
    await book.writePlan(plan(), { replaceExisting: false });
    await book.selectRange('Bilaga 4', 'D25');
    const reopened = PreviewWorkbook.deserialize(book.serialize());
    expect(await reopened.loadState('plans')).toEqual({ ok: true, value: '{"a":1}' });
    expect(await reopened.loadState('none')).toEqual({ ok: true, value: null });
    expect(reopened.sheetNames()).toEqual(book.sheetNames());
    expect(await reopened.readSheet('Jönköping')).toEqual(await book.readSheet('Jönköping'));
    expect(reopened.currentSelection()).toEqual({ sheet: 'Bilaga 4', address: 'D25' });
    const again = await reopened.writePlan(plan(), { replaceExisting: false });
    expect(again.ok || again.error.code).toBe('output-exists');
  });

  it('stops notifying after unsubscribe', () => {
    const book = createSampleWorkbook();
    const listener = jest.fn();
    const off = book.onSheetsChanged(listener);
    book.activate('Bilaga 3');
    off();
    book.activate('Bilaga 4');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  describe('edge cases', () => {
    it('returns cancelled for an aborted read', async () => {
      const controller = new AbortController();
      controller.abort();
      const result = await createSampleWorkbook().readSheet('Bilaga 3', { signal: controller.signal });
      expect(result.ok || result.error.code).toBe('cancelled');
    });
    it('setCell edits and clears a cell', () => {
      const book = new PreviewWorkbook();
      book.addSheet('Blad1', [[num(1)]]);
      book.setCell('Blad1', 'B2', num(5));
      expect(cellsOf(defined(book.peekSheet('Blad1')))).toHaveLength(2);
      book.setCell('Blad1', 'B2', { value: { kind: 'empty' } });
      expect(cellsOf(defined(book.peekSheet('Blad1')))).toEqual([[num(1)]]);
    });
  });
});
