import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/runCli';
import { convertSheetToCsv } from '../helpers/libreOffice';

jest.setTimeout(180_000);

const INPUT = join(__dirname, '../fixtures/contract/dalarna-2020-vardens-medarbetare.xlsx');
const PUBLISHED = readFileSync(
  join(__dirname, '../fixtures/data/dalarna-2020-vardens-medarbetare-per-kommun.csv'),
  'utf8',
)
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','))
  .filter(([name]) => name !== 'Summa')
  .map(([name, , amount]) => [name!.trim(), Number(amount)] as const);
const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('allocate --out on the Dalarna 2020 sample, opened in LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lansnyckel-out-lo-'));
  const out = join(dir, 'resultat.xlsx');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a Fördelning sheet that LibreOffice recalculates to the published column with every control at 0', async () => {
    const before = hash(INPUT);
    const r = await runCli([
      'allocate',
      INPUT,
      '--key',
      'Befolkning dec 2019',
      '--total',
      '15 711 504',
      '--out',
      out,
    ]);
    expect(r.exitCode).toBe(0);
    expect(hash(INPUT)).toBe(before);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.worksheets.map((w) => w.name).find((n) => n.startsWith('Fördelning'))!;
    expect(sheet).toBeDefined();

    const rows = convertSheetToCsv(out, dir, sheet);
    const header = rows.findIndex((row) => row[1] === 'Kommun');
    const total = rows[header]!.indexOf('Totalt');
    const amount = total - 1;
    const units = rows.slice(header + 1, header + 1 + PUBLISHED.length);
    expect(units.map((row) => [row[1], Number(row[amount])])).toEqual(PUBLISHED);
    expect(units.map((row) => Number(row[total]))).toEqual(PUBLISHED.map(([, a]) => a));
    const control = rows.find((row) => row[1]?.startsWith('Kontroll'))!;
    expect(Number(control[amount])).toBe(0);
  });
});
