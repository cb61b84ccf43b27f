import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { executeSheetPlanExcelJS } from '../../src/cli/executeSheetPlanExcelJS';
import { readOutputSheetNames, removeOutputSheets } from '../../src/cli/outputMarker';
import { buildSheetPlan, type SheetPlanInput } from '../../src/output/buildSheetPlan';
import { type Finding } from '../../src/domain/findings/Finding';
import { defined } from '../helpers/defined';
import { convertSheetToCsv } from '../helpers/libreOffice';
import { DALARNA_FRAME, dalarnaAllocation, dalarnaRows } from '../helpers/allocationBuilder';

const EVIL = '=HYPERLINK("http://x","y")';
const ALLOCATION_SHEET = 'Fördelning – Dalarna 2020';

const FINDING: Finding = {
  code: 'label-whitespace',
  severity: 'warning',
  sheet: 'Dalarna',
  cells: ['A7'],
  unit: 'Leksand ',
  message: { sv: 'Etiketten har mellanslag i slutet', en: 'Trailing space' },
};

function planInput(overrides: Partial<SheetPlanInput> = {}): SheetPlanInput {
  return {
    allocation: dalarnaAllocation(),
    findings: [FINDING],
    plan: { name: 'Dalarna 2020', keyInWords: 'Befolkning 31 dec 2019', json: '{"name":"Dalarna 2020"}' },
    source: { sheet: 'Dalarna', range: 'A1:C17' },
    date: '2026-11-26',
    lang: 'sv',
    existingSheetNames: ['Dalarna'],
    keyColumns: [{ header: 'Befolkning dec 2019', values: dalarnaRows().map((r) => Number(r.population)) }],
    ...overrides,
  };
}

/** A workbook with the user's sheet, our sheets written into it, saved and loaded back. */
async function writeAndReload(input: SheetPlanInput = planInput()): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Dalarna').getCell('A1').value = 'Kommun';
  executeSheetPlanExcelJS(workbook, buildSheetPlan(input));
  const buffer = await workbook.xlsx.writeBuffer();
  const reloaded = new ExcelJS.Workbook();
  await reloaded.xlsx.load(buffer);
  return reloaded;
}

function withEvilLabel(): SheetPlanInput {
  const allocation = dalarnaAllocation();
  const units = allocation.units.map((u, i) => (i === 1 ? { ...u, name: EVIL } : u));
  return planInput({
    allocation: { ...allocation, units },
    plan: { name: 'Dalarna 2020', keyInWords: '-1 +2' },
  });
}

describe('executeSheetPlanExcelJS', () => {
  it('returns the written sheets after the existing ones, the allocation sheet active', async () => {
    const wb = await writeAndReload();
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Dalarna', ALLOCATION_SHEET, 'Kontroller', 'Underlag']);
    expect(wb.views[0]?.activeTab).toBe(1);
    expect(defined(wb.getWorksheet('Dalarna'), 'Dalarna').getCell('A1').value).toBe('Kommun');
  });

  it('writes values, formulas with cached results, number formats and bold that survive saving', async () => {
    const ws = defined((await writeAndReload()).getWorksheet(ALLOCATION_SHEET), ALLOCATION_SHEET);
    expect(ws.getCell('A5').value).toBe('2084');
    expect(ws.getCell('E5').value).toBe(1264598);
    expect(ws.getCell('E5').numFmt).toBe('#,##0');
    expect(ws.getCell('D5').numFmt).toBe('0.00%');
    expect(ws.getCell('E20').value).toEqual({ formula: 'SUM(E5:E19)', result: Number(DALARNA_FRAME) });
    expect(ws.getCell('F5').value).toEqual({ formula: 'SUM(E5)', result: 1264598 });
    // ExcelJS's reader drops a cached 0 (the file holds <v>0</v>; the LibreOffice test below reads it).
    expect((ws.getCell('E21').value as ExcelJS.CellFormulaValue).formula).toBe('SUM(E5:E19)-15711504');
    expect(ws.getCell('E20').font.bold).toBe(true);
    expect(ws.getCell('A4').font.bold).toBe(true);
    expect(ws.getColumn(2).width).toBe(24);
  });

  it('keeps a label that starts with = as text after saving and loading', async () => {
    const wb = await writeAndReload(withEvilLabel());
    const cell = defined(wb.getWorksheet(ALLOCATION_SHEET), ALLOCATION_SHEET).getCell('B6');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(EVIL);
    expect(cell.formula).toBeUndefined();
  });

  it('writes the table, the red control rule, the frozen header and the page setup', async () => {
    const ws = defined((await writeAndReload()).getWorksheet(ALLOCATION_SHEET), ALLOCATION_SHEET);
    // ExcelJS's loaded table model: { table: { name, tableRef, columns, style } }.
    type LoadedTable = { table: { name: string; tableRef: string; columns: { name: string }[] } };
    const tables = Object.values((ws as unknown as { tables: Record<string, LoadedTable> }).tables);
    expect(tables).toHaveLength(1);
    expect(tables[0]?.table.tableRef).toBe('A4:F19');
    expect(tables[0]?.table.name).toMatch(/^Lansnyckel_Fordelning_Dalarna_2020_/);
    expect(tables[0]?.table.columns.map((c) => c.name)).toEqual([
      'Kod',
      'Kommun',
      'Befolkning dec 2019',
      'Andel',
      'Vårdens medarbetare',
      'Totalt',
    ]);
    const cf = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    expect(cf).toHaveLength(1);
    expect(cf[0]?.ref).toBe('E21:F21');
    expect(cf[0]?.rules[0]).toMatchObject({ type: 'expression', formulae: ['E21<>0'] });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(ws.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
    });
    expect(ws.headerFooter.oddHeader).toBe('&CFördelning – Dalarna 2020 – 2026-11-26');
  });

  it('writes an internal hyperlink from each finding to its first cell (the Celler column, F)', async () => {
    const ws = defined((await writeAndReload()).getWorksheet('Kontroller'), 'Kontroller');
    expect(ws.getCell('F5').value).toEqual({ text: 'A7', hyperlink: 'Dalarna!A7' });
  });

  it('marks exactly its own sheets, so they can be found and removed again', async () => {
    const wb = await writeAndReload();
    expect(readOutputSheetNames(wb)).toEqual([ALLOCATION_SHEET, 'Kontroller', 'Underlag']);
    expect(removeOutputSheets(wb)).toEqual([ALLOCATION_SHEET, 'Kontroller', 'Underlag']);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Dalarna']);
    expect(wb.definedNames.model).toEqual([]);
  });

  it('throws when a planned sheet already exists, before writing anything', () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Kontroller');
    const plan = buildSheetPlan(planInput({ existingSheetNames: [] }));
    expect(() => executeSheetPlanExcelJS(workbook, plan)).toThrow(/already exists: Kontroller/);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Kontroller']);
  });

  describe('LibreOffice round trip', () => {
    jest.setTimeout(180_000);
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'lansnyckel-lo-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('returns the published Dalarna amounts and 0 in every control cell after LibreOffice recalculates', async () => {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet('Dalarna').getCell('A1').value = 'Kommun';
      executeSheetPlanExcelJS(workbook, buildSheetPlan(withEvilLabel()));
      const file = join(dir, 'dalarna.xlsx');
      await workbook.xlsx.writeFile(file);

      const rows = convertSheetToCsv(file, dir, ALLOCATION_SHEET);
      const published = dalarnaRows();
      const unitRows = rows.slice(4, 4 + published.length);
      expect(unitRows.map((r) => [r[0], Number(r[2]), Number(r[4]), Number(r[5])])).toEqual(
        published.map((p) => [p.code, Number(p.population), Number(p.amount), Number(p.amount)]),
      );
      expect(unitRows[1]?.[1]).toBe(EVIL);
      const sumRow = defined(rows[4 + published.length], 'the sum row');
      const controlRow = defined(rows[5 + published.length], 'the control row');
      expect([sumRow[1], Number(sumRow[4]), Number(sumRow[5])]).toEqual(['Summa', 15711504, 15711504]);
      expect([controlRow[1], Number(controlRow[4]), Number(controlRow[5])]).toEqual([
        'Kontroll: summa − ram (ska vara 0)',
        0,
        0,
      ]);
    });

    it('returns the delta in the control cells when an amount is edited before LibreOffice opens the file', async () => {
      const workbook = new ExcelJS.Workbook();
      executeSheetPlanExcelJS(workbook, buildSheetPlan(planInput({ existingSheetNames: [] })));
      // Edit Avesta without touching any cached result: only a real recalculation shows −1 000.
      defined(workbook.getWorksheet(ALLOCATION_SHEET), ALLOCATION_SHEET).getCell('E5').value = 1264598 - 1000;
      const file = join(dir, 'edited.xlsx');
      await workbook.xlsx.writeFile(file);

      const rows = convertSheetToCsv(file, dir, ALLOCATION_SHEET);
      const controlRow = defined(rows[5 + dalarnaRows().length], 'the control row');
      expect([Number(controlRow[4]), Number(controlRow[5])]).toEqual([-1000, -1000]);
    });
  });
});
