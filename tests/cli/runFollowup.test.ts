import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/runCli';
import { defined } from '../helpers/defined';

const SAMPLE = join(__dirname, '../fixtures/followup/dalarna-2020-uppfoljning.xlsx');
const REPORT = 'Återredovisning 2020';

interface Json {
  allocation: { sheet: string; range: string };
  report: { sheet: string; range: string };
  units: {
    unit: string;
    code: string | null;
    pot: string | null;
    allocated: number;
    reported: number | null;
    used: number | null;
    unused: number | null;
    delta: number | null;
  }[];
  totals: { allocated: number; used: number; unused: number };
  findings: {
    code: string;
    severity: string;
    sheet: string;
    cells: string[];
    unit: string | null;
    column: string | null;
    stated: number | null;
    computed: number | null;
    delta: number | null;
    message: { sv: string; en: string };
  }[];
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lansnyckel-followup-test-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of the sample with the report sheet edited (cells by A1) and optionally another sheet added. */
async function variant(
  name: string,
  edit: (report: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void,
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(SAMPLE);
  edit(defined(workbook.getWorksheet(REPORT)), workbook);
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

/** The sample's report with every planted problem put right: Falun, Mora, Borlänge fixed, Vansbro in, Ljusdal out. */
function makeClean(ws: ExcelJS.Worksheet): void {
  ws.getCell('B6').value = 3241208; // Falun tilldelat as allocated
  ws.getCell('D6').value = 241208;
  ws.getCell('C12').value = 1116849; // Mora used all it got
  ws.getCell('D12').value = 0;
  ws.getCell('D5').value = 69325; // Borlänge 2 869 325 − 2 800 000
  ws.getRow(18).values = ['Vansbro', 371283, 371283, 0]; // Ljusdal's row becomes Vansbro's
  // The sum row's cached results, as Excel would recalculate them: 15 711 504 allocated, 442 693 unused.
  setSum(ws, 'B19', 15711504);
  setSum(ws, 'C19', 15711504 - 442693);
  setSum(ws, 'D19', 442693);
}

function setSum(ws: ExcelJS.Worksheet, a1: string, result: number): void {
  const cell = ws.getCell(a1);
  cell.value = { formula: (cell.value as ExcelJS.CellFormulaValue).formula, result };
}

describe('lansnyckel followup', () => {
  it('reconciles the Dalarna 2020 example report against the marked Fördelning sheet (JSON)', async () => {
    const r = await runCli(['followup', SAMPLE, '--json']);
    expect([r.exitCode, r.stderr]).toEqual([1, '']);
    const out = JSON.parse(r.stdout) as Json;
    expect(out.allocation).toEqual({ sheet: 'Fördelning – Vårdens medarbeta…', range: 'A4:F20' });
    expect(out.report).toEqual({ sheet: REPORT, range: 'A3:D19' });
    expect(out.units).toHaveLength(16);
    // Published: Avesta 1 264 598 kr; the example reports 1 200 000 used, 64 598 unused.
    expect(out.units[0]).toEqual({
      unit: 'Avesta',
      code: '2084',
      pot: 'Vårdens medarbetare',
      allocated: 1264598,
      reported: 1264598,
      used: 1200000,
      unused: 64598,
      delta: 0,
    });
    const byUnit = (u: string) => defined(out.units.find((x) => x.unit === u));
    expect(byUnit('Falun')).toMatchObject({ allocated: 3241208, reported: 3241280, delta: 72 });
    expect(byUnit('Vansbro')).toMatchObject({
      allocated: 371283,
      reported: null,
      used: null,
      delta: -371283,
    });
    expect(byUnit('Ljusdal')).toMatchObject({ code: '2161', allocated: 0, reported: 250000, delta: 250000 });
    // Σ published = 15 711 504; Σ used in the example = 15 180 679; Σ unused = 409 289 (Mora's −33 151 included).
    expect(out.totals).toEqual({ allocated: 15711504, used: 15180679, unused: 409289 });
    expect(out.findings.map((f) => [f.code, f.severity, f.sheet, f.cells[0], f.unit, f.delta])).toEqual([
      ['negative-amount', 'warning', REPORT, 'D12', 'Mora', null],
      ['followup-balance', 'error', REPORT, 'D5', 'Borlänge', -325],
      ['followup-allocation-mismatch', 'error', REPORT, 'B6', 'Falun', 72],
      ['followup-overspent', 'error', REPORT, 'C12', 'Mora', 33151],
      ['followup-unit-missing', 'error', 'Fördelning – Vårdens medarbeta…', 'E18', 'Vansbro', -371283],
      ['followup-unit-unexpected', 'error', REPORT, 'A18', 'Ljusdal', 250000],
    ]);
    expect(Object.keys(defined(out.findings[1]))).toEqual([
      'code',
      'severity',
      'sheet',
      'cells',
      'unit',
      'column',
      'stated',
      'computed',
      'delta',
      'message',
    ]);
    expect(out.findings[1]).toMatchObject({ column: 'Ej förbrukat', stated: 69000, computed: 69325 });
  });

  it('prints a Swedish report with one line per kommun and a verdict', async () => {
    const r = await runCli(['followup', SAMPLE]);
    expect(r.exitCode).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines).toContain('Återredovisning: blad "Återredovisning 2020", A3:D19');
    expect(lines.find((l) => l.startsWith('Vansbro'))).toMatch(/371\u00a0283 +– +– +– +saknas$/);
    expect(lines.find((l) => l.startsWith('Mora'))).toMatch(/−33\u00a0151 +avvikelse$/);
    expect(lines.find((l) => l.startsWith('Summa'))).toMatch(
      /15\u00a0711\u00a0504 +15\u00a0180\u00a0679 +409\u00a0289$/,
    );
    expect(r.stdout).toContain('skillnad 72 kr');
    expect(r.stdout.trim().split('\n').pop()).toBe(
      'Resultat: 5 fel, 1 varningar, 0 info – återredovisningen stämmer inte mot fördelningen.',
    );
  });

  it('exits 0 with no findings when every kommun reports what it got and balances', async () => {
    const path = await variant('clean.xlsx', makeClean);
    const r = await runCli(['followup', path, '--json']);
    expect([r.exitCode, r.stderr]).toEqual([0, '']);
    const out = JSON.parse(r.stdout) as Json;
    expect(out.findings).toEqual([]);
    expect(out.totals.allocated).toBe(15711504);
    // Σ unused: Avesta 64 598 + Borlänge 69 325 + Falun 241 208 + Ludvika 67 562 = 442 693.
    expect([out.totals.used, out.totals.unused]).toEqual([15711504 - 442693, 442693]);
  });

  it('uses any allocation table named by --allocation: the published Dalarna table', async () => {
    const r = await runCli(['followup', SAMPLE, '--allocation', 'dalarna-2020-vardens-medarbeta…', '--json']);
    expect(r.exitCode).toBe(1);
    const out = JSON.parse(r.stdout) as Json;
    expect(out.allocation).toEqual({ sheet: 'dalarna-2020-vardens-medarbeta…', range: 'A1:C17' });
    expect(out.units[0]).toMatchObject({ unit: 'Avesta', pot: 'Ers per kommun', allocated: 1264598 });
    const missing = defined(out.findings.find((f) => f.code === 'followup-unit-missing'));
    expect([missing.cells, missing.delta]).toEqual([['C15'], -371283]);
  });

  it('exits 2 saying how to point at an allocation when the file has no Fördelning sheet', async () => {
    const path = await variant('no-allocation.xlsx', (ws, wb) => {
      for (const w of [...wb.worksheets]) if (w.name !== REPORT) wb.removeWorksheet(w.id);
      for (const n of wb.definedNames.model.map((m) => m.name)) wb.definedNames.removeAllNames(n);
    });
    const r = await runCli(['followup', path]);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `no-allocation.xlsx har inget Fördelning-blad skrivet av Länsnyckel. Ange bladet med fördelningen med --allocation <blad> (blad: ${REPORT}).\n`,
    );
  });

  it('exits 2 on two candidate report tables, and --report chooses one', async () => {
    const path = await variant('two-reports.xlsx', (ws, wb) => {
      const copy = wb.addWorksheet('Delredovisning');
      ws.eachRow((row, r) => {
        copy.getRow(r).values = (row.values as ExcelJS.CellValue[]).slice(1);
      });
    });
    const r = await runCli(['followup', path]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('"Återredovisning 2020"!A3:D19, "Delredovisning"!A3:D19');
    expect(r.stderr).toContain('Välj en med --report <blad>.');
    const chosen = await runCli(['followup', path, '--report', 'Delredovisning', '--json']);
    expect(chosen.exitCode).toBe(1);
    expect((JSON.parse(chosen.stdout) as Json).report.sheet).toBe('Delredovisning');
  });

  it('reports a förbrukat typed as text as a row that cannot be reconciled', async () => {
    const path = await variant('text.xlsx', (ws) => {
      makeClean(ws);
      ws.getCell('C7').value = 'se bilaga';
      setSum(ws, 'C19', 15711504 - 442693 - 562189); // Gagnef's 562 189 no longer counts
    });
    const r = await runCli(['followup', path, '--json']);
    expect(r.exitCode).toBe(1);
    const out = JSON.parse(r.stdout) as Json;
    expect(out.findings.map((f) => [f.code, f.cells, f.unit])).toEqual([
      ['followup-balance', ['C7'], 'Gagnef'],
    ]);
    expect(out.units.find((u) => u.unit === 'Gagnef')).toMatchObject({ used: null, unused: 0 });
  });
});
