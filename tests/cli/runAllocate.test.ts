import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/runCli';

type Rows = (string | number | null)[][];

async function workbook(sheets: Record<string, Rows>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  const path = join(mkdtempSync(join(tmpdir(), 'lansnyckel-')), 'indata.xlsx');
  await wb.xlsx.writeFile(path);
  return path;
}

interface AllocateJson {
  total: number;
  sum: number;
  source: { sheet: string; range: string; unitColumn: string; keyColumn?: string; keyHeader?: string };
  allocations: { unit: string; amount: number }[];
}

const header = ['Kommun', 'Folkmängd'];
const three: Rows = [header, ['Mora', 20000], ['Orsa', 7000], ['Falun', 60000]];

describe('runCli allocate: which table', () => {
  it('returns the table whose units are a strict superset (all three, not the "Topp 2"), and names it', async () => {
    const topp: Rows = [header, ['Falun', 60000], ['Mora', 20000]];
    const path = await workbook({ 'Topp 2': topp, Alla: three });
    const r = await runCli(['allocate', path, '--key', 'Folkmängd', '--total', '870', '--json']);
    expect(r.exitCode).toBe(0);
    const out = JSON.parse(r.stdout) as AllocateJson;
    expect(out.source).toEqual({
      sheet: 'Alla',
      range: 'A1:B4',
      unitColumn: 'A',
      unitHeader: 'Kommun',
      keyColumn: 'B',
      keyHeader: 'Folkmängd',
    });
    // 870 × 20/87, 7/87, 60/87 = 200, 70, 600 exactly.
    expect(out.allocations.map((a) => [a.unit, a.amount])).toEqual([
      ['Mora', 200],
      ['Orsa', 70],
      ['Falun', 600],
    ]);
    const text = await runCli(['allocate', path, '--key', 'Folkmängd', '--total', '870']);
    expect(text.stdout).toContain('Källa: blad "Alla", A1:B4; enheter i A (Kommun); nyckel i B (Folkmängd)');
  });

  it('returns exit 2 with one line asking for --sheet when two tables have the same units', async () => {
    const men: Rows = [header, ['Mora', 10100], ['Orsa', 3600], ['Falun', 29800]];
    const path = await workbook({ Kvinnor: three, Män: men });
    const r = await runCli(['allocate', path, '--key', 'Folkmängd', '--total', '870']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(
      'Nyckeln "Folkmängd" finns i 2 tabeller: blad "Kvinnor" (A1:B4, 3 enheter), "Män" (A1:B4, 3 enheter). Ange vilket blad som ska användas med --sheet',
    );
    const chosen = await runCli([
      'allocate',
      path,
      '--sheet',
      'Män',
      '--key',
      'Folkmängd',
      '--total',
      '435',
      '--json',
    ]);
    expect(chosen.exitCode).toBe(0);
    expect((JSON.parse(chosen.stdout) as AllocateJson).source.sheet).toBe('Män');
  });

  it('returns the only table with the key when other sheets lack it', async () => {
    const other: Rows = [
      ['Kommun', 'Yta'],
      ['Mora', 3000],
      ['Orsa', 1700],
    ];
    const path = await workbook({ Yta: other, Befolkning: three });
    const r = await runCli(['allocate', path, '--key', 'Folkmängd', '--total', '87', '--json']);
    expect((JSON.parse(r.stdout) as AllocateJson).source.sheet).toBe('Befolkning');
  });
});

describe('runCli allocate: refusals are one stderr line, details on stdout', () => {
  it('returns one line counting 3 duplicated kommuner and lists each on stdout (text and JSON)', async () => {
    const path = await workbook({
      Blad1: [header, ['Mora', 1], ['Mora', 2], ['Orsa', 3], ['Orsa', 4], ['Falun', 5], ['Falun', 6]],
    });
    const r = await runCli(['allocate', path, '--key', 'Folkmängd', '--total', '100']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(
      /^Inget fördelades: 3 problem av samma slag, t\.ex\.: ”Mora” finns på flera rader \(A2, A3\)/,
    );
    expect(r.stdout.split('\n')[0]).toBe(
      'Inget fördelades (blad "Blad1", A1:B7; enheter i A (Kommun); nyckel i B (Folkmängd)):',
    );
    expect(r.stdout).toContain('”Falun” finns på flera rader (A6, A7)');
    const json = await runCli(['allocate', path, '--key', 'Folkmängd', '--total', '100', '--json']);
    const out = JSON.parse(json.stdout) as {
      refused: boolean;
      problems: { code: string; cells: string[] }[];
    };
    expect(out.refused).toBe(true);
    expect(out.problems.map((p) => [p.code, p.cells])).toEqual([
      ['unit-duplicate', ['A2', 'A3']],
      ['unit-duplicate', ['A4', 'A5']],
      ['unit-duplicate', ['A6', 'A7']],
    ]);
  });

  it("uses the sheet's own Befolkning column beyond a blank column, never the reference population", async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'lansnyckel-')), 'glapp.csv');
    writeFileSync(path, 'Kommun;;Befolkning\nMora;;20000\nOrsa;;7000\nFalun;;60000\n');
    const r = await runCli(['allocate', path, '--key', 'Befolkning', '--total', '870', '--json']);
    // Table detection looks past the one blank column B, so the sheet's own C "Befolkning" is the key (not the
    // reference population): 870 kr × 20 000 / 87 000 = 200 kr, × 7 000 / 87 000 = 70 kr, × 60 000 / 87 000 = 600 kr.
    expect(r.exitCode).toBe(0);
    const out = JSON.parse(r.stdout) as {
      source: { keyColumn: string; keyHeader: string };
      allocations: { unit: string; amount: number }[];
    };
    expect(out.source).toMatchObject({ keyColumn: 'C', keyHeader: 'Befolkning' });
    expect(out.allocations.map((a) => [a.unit, a.amount])).toEqual([
      ['Mora', 200],
      ['Orsa', 70],
      ['Falun', 600],
    ]);
  });

  it("refuses, naming the column, when the sheet's own Befolkning column stands beyond four blank columns", async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'lansnyckel-')), 'glapp.csv');
    writeFileSync(path, 'Kommun;;;;;Befolkning\nMora;;;;;20000\nOrsa;;;;;7000\nFalun;;;;;60000\n');
    const r = await runCli(['allocate', path, '--key', 'Befolkning', '--total', '870', '--json']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe(
      'Bladet "glapp" har en egen kolumn "Befolkning" (F1) utanför tabellen A1:A4, så Länsnyckel använder inte referensbefolkningen. Ta bort den tomma kolumnen mellan tabellen och F1 och försök igen; inget fördelades.\n',
    );
  });
});

describe('runCli allocate --total: amounts as Swedish text', () => {
  it('reads "15,7 Mkr" as 15 700 000 kr and allocates it to the krona', async () => {
    const path = await workbook({ Alla: three });
    const r = await runCli(['allocate', path, '--key', 'Folkmängd', '--total', '15,7 Mkr', '--json']);
    expect(r.exitCode).toBe(0);
    const out = JSON.parse(r.stdout) as AllocateJson;
    expect(out.total).toBe(15_700_000);
    // 15 700 000 / 87 000 per invånare: Mora 3 609 195,40, Orsa 1 263 218,39, Falun 10 827 586,21; floors sum to
    // 15 699 999, the one krona left goes to the largest remainder (Mora, 0,40).
    expect(out.allocations.map((a) => [a.unit, a.amount])).toEqual([
      ['Mora', 3_609_196],
      ['Orsa', 1_263_218],
      ['Falun', 10_827_586],
    ]);
  });

  it('reads "250 tkr" and "1\u00a0900\u00a0000 kronor" in kronor', async () => {
    const path = await workbook({ Alla: three });
    const tkr = await runCli(['allocate', path, '--key', 'Folkmängd', '--total', '250 tkr', '--json']);
    expect((JSON.parse(tkr.stdout) as AllocateJson).total).toBe(250_000);
    const kronor = await runCli([
      'allocate',
      path,
      '--key',
      'Folkmängd',
      '--total',
      '1\u00a0900\u00a0000 kronor',
      '--json',
    ]);
    expect((JSON.parse(kronor.stdout) as AllocateJson).total).toBe(1_900_000);
  });

  it.each(['12 %', '\u22125 kr', 'femton'])('refuses --total "%s" with exit 2', async (text) => {
    const path = await workbook({ Alla: three });
    const r = await runCli(['allocate', path, '--key', 'Folkmängd', '--total', text]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(`--total måste vara ett belopp i kronor, inte "${text}".`);
  });
});
