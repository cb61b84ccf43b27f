import { ExcelWorkbookPort } from '../../src/excel/ExcelWorkbookPort';
import { isOfficeError, toPortError } from '../../src/excel/toPortError';
import { writeSheetPlan } from '../../src/excel/writeSheetPlan';
import { type SheetPlan } from '../../src/output/SheetPlan';
import { OUTPUT_MARKER_KEY } from '../../src/output/SheetPlan';
import { type FakeExcel } from '../helpers/fakeExcel/FakeExcel';
import { ALLOCATION_SHEET, handBuiltPlan, workbookWithSource } from '../helpers/fakeExcel/handBuiltPlan';

const PLAN = handBuiltPlan(290);

function port(fake: FakeExcel): ExcelWorkbookPort {
  return new ExcelWorkbookPort(fake.host);
}

/** `value`, or a failed test naming `what`. */
function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`missing: ${what}`);
  return value;
}

function sheetNamed(fake: FakeExcel, name: string) {
  return defined(fake.model.findSheet(name), `sheet ${name}`);
}

function cell(fake: FakeExcel, sheet: string, row: number, col: number) {
  return fake.model.peek(sheetNamed(fake, sheet), row, col);
}

/** Writes a plan on a fresh workbook and returns the fake and its snapshot; the "fully written" reference. */
async function writtenOnce(plan = PLAN, count = 290): Promise<{ fake: FakeExcel; snapshot: unknown }> {
  const fake = workbookWithSource(count);
  const result = await port(fake).writePlan(plan, { replaceExisting: false });
  expect(result.ok).toBe(true);
  return { fake, snapshot: fake.model.snapshot() };
}

describe('writeSheetPlan', () => {
  it('reads risky text back and rolls back when Excel stored something else (here: it ate the apostrophe)', async () => {
    const fake = workbookWithSource(3);
    const before = fake.model.snapshot();
    const assign = fake.model.assign.bind(fake.model);
    fake.model.assign = (sheet, row, col, input) =>
      assign(sheet, row, col, input === "''citat" ? 'citat' : input);
    const plan = {
      marker: 'm',
      sheets: [
        {
          name: 'Texter',
          role: 'checks' as const,
          numberFormats: [],
          blocks: [{ address: 'B2', rows: [[{ kind: 'text' as const, text: "'citat" }]] }],
        },
      ],
    };
    const result = await port(fake).writePlan(plan, { replaceExisting: false });
    expect(result).toMatchObject({ ok: false, error: { code: 'general' } });
    expect(!result.ok && result.error.message.sv).toContain("Texter!B2 visar citat men skulle visa 'citat");
    expect(fake.model.snapshot()).toEqual(before);
  });

  it('keeps error-like text as text and writes a leading apostrophe with the prefix, not the Text format', async () => {
    const texts = ['#N/A', '#REF!', "'citat", "'=1+1"];
    const plan = {
      marker: 'm',
      sheets: [
        {
          name: 'Texter',
          role: 'checks' as const,
          numberFormats: [],
          blocks: [{ address: 'A1', rows: [texts.map((t) => ({ kind: 'text' as const, text: t }))] }],
        },
      ],
    };
    const fake = workbookWithSource(3);
    expect((await port(fake).writePlan(plan, { replaceExisting: false })).ok).toBe(true);
    const cells = texts.map((_, c) => cell(fake, 'Texter', 0, c));
    expect(cells.map((c) => c?.value)).toEqual(texts);
    expect(cells.map((c) => c?.numberFormat ?? 'General')).toEqual(['@', '@', 'General', 'General']);
  });

  it('sets the printout to fit one page wide and any number of pages tall, read back from the sheet', async () => {
    const { fake } = await writtenOnce();
    const zoom = await fake.host.run(async (context) => {
      const layout = context.workbook.worksheets
        .getItem(ALLOCATION_SHEET)
        .pageLayout.load('zoom,orientation');
      await context.sync();
      return { zoom: layout.zoom, orientation: layout.orientation };
    });
    expect(zoom).toEqual({
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      orientation: 'Landscape',
    });
  });

  it('writes a footer longer than Excel’s 255 characters cut to 255 with an ellipsis, not a failed write', async () => {
    const long = 'Nyckel: befolkning && mottagare – '.repeat(10);
    const plan = {
      ...PLAN,
      sheets: PLAN.sheets.map((s, i) =>
        i === 0 ? { ...s, pageSetup: { ...defined(s.pageSetup, 'page setup'), footer: long } } : s,
      ),
    };
    const { fake } = await writtenOnce(plan);
    const footer = await fake.host.run(async (context) => {
      const hf = context.workbook.worksheets
        .getItem(ALLOCATION_SHEET)
        .pageLayout.headersFooters.defaultForAllPages.load('centerFooter');
      await context.sync();
      return hf.centerFooter;
    });
    expect(footer).toHaveLength(255);
    expect(footer.endsWith('…')).toBe(true);
    expect(long.startsWith(footer.slice(0, -1))).toBe(true);
  });

  it('writes 290 kommuner × 3 pots in 2 syncs (inspect and write, then commit) and leaves the source sheet untouched', async () => {
    const fake = workbookWithSource();
    const sourceSheet = (fake.model.snapshot() as { sheets: unknown[] }).sheets[0];
    const result = await port(fake).writePlan(PLAN, { replaceExisting: false });
    expect(result).toEqual({
      ok: true,
      value: {
        written: [
          { sheet: ALLOCATION_SHEET, range: 'A1:G295' },
          { sheet: 'Kontroller', range: 'A1:C3' },
          { sheet: 'Underlag', range: 'A1:B3' },
        ],
        replaced: [],
      },
    });
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.cellsWritten).toBeGreaterThan(290 * 7);
    expect(fake.model.sheets.map((s) => s.name)).toEqual([
      'Befolkning',
      ALLOCATION_SHEET,
      'Kontroller',
      'Underlag',
    ]);
    expect((fake.model.snapshot() as { sheets: unknown[] }).sheets[0]).toEqual(sourceSheet);
    expect(fake.stats.screenUpdatingSuspended).toBe(2);
  });

  it('writes codes, labels that look like formulas, and apostrophes as the exact text', async () => {
    const { fake } = await writtenOnce();
    expect(cell(fake, ALLOCATION_SHEET, 3, 0)).toMatchObject({ value: '0000', numberFormat: '@' });
    expect(cell(fake, ALLOCATION_SHEET, 10, 1)).toMatchObject({
      value: '=Inte en formel',
      numberFormat: '@',
    });
    expect(cell(fake, ALLOCATION_SHEET, 10, 1)?.formula).toBeUndefined();
    expect(cell(fake, ALLOCATION_SHEET, 11, 1)?.value).toBe("'Apostrof");
    expect(cell(fake, 'Kontroller', 1, 1)?.value).toBe('-1 689 kr mot ramen');
    expect(cell(fake, 'Underlag', 1, 1)?.value).toBe('2025-01-31');
    expect(cell(fake, ALLOCATION_SHEET, 2, 1)).toEqual({ value: 'Kommun', bold: true });
  });

  it('writes formulas whose values Excel computes to the expected results, pointing at the final sheet names', async () => {
    const { fake } = await writtenOnce();
    const alloc = sheetNamed(fake, ALLOCATION_SHEET);
    expect(fake.model.computedValue(alloc, 294, 3)).toBe(0);
    expect(fake.model.computedValue(alloc, 293, 6)).toBe(1_000_000_000);
    expect(cell(fake, 'Underlag', 0, 1)?.formula).toBe(`='${ALLOCATION_SHEET}'!G294`);
    expect(fake.model.computedValue(sheetNamed(fake, 'Underlag'), 0, 1)).toBe(1_000_000_000);
  });

  it('marks the sheets, names the table, formats, links and activates the first sheet', async () => {
    const { fake } = await writtenOnce();
    const alloc = sheetNamed(fake, ALLOCATION_SHEET);
    expect([...alloc.customProperties]).toEqual([[OUTPUT_MARKER_KEY, 'plan-1']]);
    expect(fake.model.tables).toEqual([
      { sheetId: alloc.id, name: 'Fordelning_Test', address: 'A3:G293', style: 'TableStyleLight9' },
    ]);
    expect(fake.model.conditionalFormats).toMatchObject([
      { address: 'D295:G295', rule: { formula1: '=0', operator: 'NotEqualTo' }, fill: '#FFC7CE' },
    ]);
    expect(cell(fake, ALLOCATION_SHEET, 5, 3)).toMatchObject({ numberFormat: '#,##0' });
    expect(cell(fake, ALLOCATION_SHEET, 0, 0)?.bold).toBe(true);
    expect(alloc.columnWidths.get(1)).toBeCloseTo((24 * 7 + 5) * 0.75);
    expect(alloc.freezeRows).toBe(3);
    expect(alloc.pageLayout).toMatchObject({ orientation: 'Landscape', paperSize: 'A4' });
    expect(cell(fake, 'Kontroller', 1, 2)?.hyperlink).toEqual({
      documentReference: `'${ALLOCATION_SHEET}'!D294`,
      textToDisplay: 'D294',
    });
    expect(fake.model.activeSheetId).toBe(alloc.id);
  });

  it('refuses to write over a user sheet with an output name, changing nothing: 2 syncs, or 1 once the sheets are listed', async () => {
    const fake = workbookWithSource();
    fake.model.addSheet('Kontroller', [['mina egna anteckningar']]);
    const before = fake.model.snapshot();
    // Speculative: the new sheets are written with the inspection, then deleted when it refuses.
    const result = await port(fake).writePlan(PLAN, { replaceExisting: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'name-collision' } });
    expect(!result.ok && result.error.message.sv).toContain('Kontroller');
    expect(fake.model.snapshot()).toEqual(before);
    expect(fake.stats.syncs).toBe(2);
    // A port that has listed the sheets knows 'Kontroller' is the user's: it inspects first and writes nothing.
    const listed = port(fake);
    expect((await listed.listSheets()).ok).toBe(true);
    const cellsBefore = fake.stats.cellsWritten;
    const syncsBefore = fake.stats.syncs;
    const again = await listed.writePlan(PLAN, { replaceExisting: true });
    expect(again).toMatchObject({ ok: false, error: { code: 'name-collision' } });
    expect(fake.stats.syncs - syncsBefore).toBe(1);
    expect(fake.stats.cellsWritten).toBe(cellsBefore);
    expect(fake.model.snapshot()).toEqual(before);
  });

  it('refuses to replace existing output unless replaceExisting is set, then replaces exactly it', async () => {
    const { fake } = await writtenOnce();
    fake.model.addSheet('Egen analys', [[`='${ALLOCATION_SHEET}'!G294`]]);
    const before = fake.model.snapshot();
    const refused = await port(fake).writePlan(PLAN, { replaceExisting: false });
    expect(refused).toMatchObject({ ok: false, error: { code: 'output-exists' } });
    expect(fake.model.snapshot()).toEqual(before);
    const second = handBuiltPlan(290, 'plan-2');
    const replaced = await port(fake).writePlan(second, { replaceExisting: true });
    expect(replaced).toMatchObject({
      ok: true,
      value: { replaced: [ALLOCATION_SHEET, 'Kontroller', 'Underlag'] },
    });
    expect(fake.model.sheets.map((s) => s.name)).toEqual([
      'Befolkning',
      'Egen analys',
      ALLOCATION_SHEET,
      'Kontroller',
      'Underlag',
    ]);
    expect(sheetNamed(fake, 'Underlag').customProperties.get(OUTPUT_MARKER_KEY)).toBe('plan-2');
    expect(fake.model.tables.map((t) => t.name)).toEqual(['Fordelning_Test']);
  });

  it('refuses a protected workbook', async () => {
    const fake = workbookWithSource();
    fake.model.protectedWorkbook = true;
    const result = await port(fake).writePlan(PLAN, { replaceExisting: false });
    expect(result).toMatchObject({ ok: false, error: { code: 'protected' } });
    expect(fake.model.sheets).toHaveLength(1);
  });

  it('chunks a write under a small payload limit and still succeeds', async () => {
    const fake = workbookWithSource(290, { payloadLimitBytes: 40_000 });
    const small = new ExcelWorkbookPort(fake.host, { budgetBytes: 20_000 });
    const result = await small.writePlan(PLAN, { replaceExisting: false });
    expect(result.ok).toBe(true);
    expect(fake.stats.syncs).toBeGreaterThan(3);
    expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(40_000);
  });

  it('rolls back and reports when a control cell does not show its expected result', async () => {
    const fake = workbookWithSource();
    const before = fake.model.snapshot();
    const wrong = handBuiltPlan(290);
    const alloc = defined(wrong.sheets[0], 'allocation sheet');
    const [title, table] = [defined(alloc.blocks[0], 'title'), defined(alloc.blocks[1], 'table')];
    const rows = table.rows.map((r, i) =>
      i === table.rows.length - 1
        ? r.map((c, j) => (j === 3 ? { kind: 'formula' as const, formula: '=D294-1', result: 0 } : c))
        : r,
    );
    const broken = {
      ...wrong,
      sheets: [{ ...alloc, blocks: [title, { ...table, rows }] }],
    };
    const result = await port(fake).writePlan(broken, { replaceExisting: false });
    expect(result).toMatchObject({ ok: false, error: { code: 'general' } });
    expect(!result.ok && result.error.message.sv).toContain(`'${ALLOCATION_SHEET}'!D295`);
    expect(fake.model.snapshot()).toEqual(before);
  });

  it('removes temporary sheets left by an earlier failed clean-up, but never an unmarked look-alike', async () => {
    const fake = workbookWithSource();
    const stale = fake.model.addSheet('LN_tmp_old_0', [['halvskrivet']]);
    stale.customProperties.set(OUTPUT_MARKER_KEY, 'pending:old');
    fake.model.addSheet('LN_tmp_user', [['mitt']]);
    const result = await port(fake).writePlan(PLAN, { replaceExisting: false });
    expect(result.ok).toBe(true);
    expect(fake.model.findSheet('LN_tmp_old_0')).toBeUndefined();
    expect(fake.model.findSheet('LN_tmp_user')).toBeDefined();
  });

  it('deletes its new sheets when looking up an earlier temporary sheet fails (speculative path, third sync)', async () => {
    const fake = workbookWithSource();
    const stale = fake.model.addSheet('LN_tmp_old_0', [['halvskrivet']]);
    stale.customProperties.set(OUTPUT_MARKER_KEY, 'pending:old');
    const before = fake.model.snapshot();
    // Sync 1 inspects and writes; sync 2 reads the stale sheet's marker and fails as if it had just been deleted.
    fake.inject({ atSync: 2, code: 'ItemNotFound' });
    const result = await port(fake).writePlan(PLAN, { replaceExisting: false });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(fake.model.snapshot()).toEqual(before);
  });

  it('returns cancelled and changes nothing when aborted before writing', async () => {
    const fake = workbookWithSource();
    const before = fake.model.snapshot();
    const controller = new AbortController();
    controller.abort();
    const result = await port(fake).writePlan(PLAN, { replaceExisting: false, signal: controller.signal });
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(fake.model.snapshot()).toEqual(before);
  });

  it('throws on an invalid plan (a programmer error), before touching Excel', async () => {
    const fake = workbookWithSource();
    const bad = {
      marker: 'x',
      sheets: [{ ...defined(PLAN.sheets[1], 'checks sheet'), name: 'Kontroller:1' }],
    };
    await expect(port(fake).writePlan(bad, { replaceExisting: false })).rejects.toThrow(RangeError);
    expect(fake.stats.syncs).toBe(0);
  });
});

describe('writeSheetPlan under injected failures', () => {
  const CODES = ['InvalidOperationInCellEditMode', 'GeneralException', 'RequestPayloadSizeLimitExceeded'];

  // 40 kommuner keep this matrix fast; the sync structure is the same as for 290.
  const SMALL = handBuiltPlan(40);

  /** writeSheetPlan as the port runs it (Office errors become PortErrors), speculative or inspecting first. */
  async function write(fake: FakeExcel, plan: SheetPlan, speculative: boolean) {
    try {
      return await fake.host.run((context) =>
        writeSheetPlan(context, plan, { replaceExisting: true, speculative }),
      );
    } catch (error) {
      if (!isOfficeError(error)) throw error;
      return { ok: false as const, error: toPortError(error) };
    }
  }

  it.each([
    ['speculative (inspect with the write)', true],
    ['inspecting first', false],
  ])(
    'leaves the workbook exactly as before or fully written, whatever sync fails and wherever in it: %s',
    async (_, speculative) => {
      const reference = workbookWithSource(40);
      expect((await write(reference, SMALL, speculative)).ok).toBe(true);
      const snapshot = reference.model.snapshot();
      const opsPerSync = reference.stats.opsPerSync;
      let cases = 0;
      const outcomes = { rolledBack: 0, completed: 0 };
      for (const replacing of [false, true]) {
        for (let s = 0; s < opsPerSync.length; s++) {
          const ops = opsPerSync[s] ?? 0;
          for (const afterOps of new Set([0, 1, Math.floor(ops / 2), ops - 1, ops])) {
            const code = CODES[cases % CODES.length] ?? 'GeneralException';
            cases++;
            const fake = workbookWithSource(40);
            if (replacing) await write(fake, handBuiltPlan(40, 'plan-old'), speculative);
            const before = fake.model.snapshot();
            const base = fake.stats.syncs;
            fake.inject({ atSync: base + s + 1, code, afterOps });
            const result = await write(fake, SMALL, speculative);
            const after = fake.model.snapshot();
            outcomes[result.ok ? 'completed' : 'rolledBack']++;
            if (result.ok) expect(after).toEqual(snapshot);
            else {
              expect(after).toEqual(before);
              expect(result.error.code).toBe(
                code === 'InvalidOperationInCellEditMode'
                  ? 'cell-edit-mode'
                  : code === 'GeneralException'
                    ? 'general'
                    : 'payload-too-large',
              );
            }
          }
        }
      }
      expect(cases).toBeGreaterThanOrEqual(speculative ? 14 : 20);
      // Failures in the commit are rolled forward; earlier ones roll back: both paths must have been exercised.
      expect(outcomes.rolledBack).toBeGreaterThan(0);
      expect(outcomes.completed).toBeGreaterThan(0);
    },
  );

  it('explains cell-edit mode in Swedish and English', async () => {
    const fake = workbookWithSource();
    fake.inject({ atSync: 1, code: 'InvalidOperationInCellEditMode' });
    const result = await port(fake).writePlan(PLAN, { replaceExisting: false });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'cell-edit-mode',
        message: {
          sv: expect.stringContaining('Avsluta redigeringen av cellen (Enter eller Esc) och försök igen'),
        },
      },
    });
  });
});
