import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/runCli';
import { convertWorkbooksToCsv } from '../helpers/libreOffice';
import { defined } from '../helpers/defined';

jest.setTimeout(300_000);

const INPUT = join(__dirname, '../fixtures/contract/dalarna-2020-vardens-medarbetare.xlsx');
const RICH = join(__dirname, '../fixtures/package/rich.xlsx');
const RICH_MACRO = join(__dirname, '../fixtures/package/rich.xlsm');
const PUBLISHED = readFileSync(
  join(__dirname, '../fixtures/data/dalarna-2020-vardens-medarbetare-per-kommun.csv'),
  'utf8',
)
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','))
  .filter(([name]) => name !== 'Summa')
  .map(([name = '', , amount]) => [name.trim(), Number(amount)] as const);
const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const ALLOCATE = ['--key', 'Befolkning dec 2019', '--total', '15 711 504'];

/**
 * allocate --out on the Dalarna sample and on the rich fixtures (chart, chart sheet, pivot, image, comments,
 * table, external link, VBA), every output converted in ONE LibreOffice run that recalculates on load.
 */
describe('allocate --out, opened and recalculated in LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lansnyckel-out-lo-'));
  const outputs = {
    sample: join(dir, 'resultat.xlsx'),
    rich: join(dir, 'rik.xlsx'),
    macro: join(dir, 'makro.xlsm'),
  };
  const inputs = { sample: INPUT, rich: RICH, macro: RICH_MACRO };
  const before = Object.fromEntries(Object.entries(inputs).map(([k, f]) => [k, hash(f)]));
  let sheet: (file: string, name: string) => string[][];
  beforeAll(async () => {
    for (const key of ['sample', 'rich', 'macro'] as const) {
      const r = await runCli(['allocate', inputs[key], ...ALLOCATE, '--out', outputs[key]]);
      if (r.exitCode !== 0) throw new Error(`allocate ${key}: ${r.stderr}`);
    }
    sheet = convertWorkbooksToCsv(Object.values(outputs), dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('never changes an input file', () => {
    for (const [key, file] of Object.entries(inputs)) expect([key, hash(file)]).toEqual([key, before[key]]);
  });

  describe.each(['sample', 'rich', 'macro'] as const)('%s', (key) => {
    it('writes a Fördelning sheet that LibreOffice recalculates to the published column with every control at 0', async () => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(outputs[key]);
      const name = defined(
        book.worksheets.map((w) => w.name).find((n) => n.startsWith('Fördelning')),
        'the Fördelning sheet',
      );
      expect(name).toBe('Fördelning – Befolkning dec…');

      const rows = sheet(outputs[key], name);
      const header = rows.findIndex((row) => row[1] === 'Kommun');
      const total = defined(rows[header]).indexOf('Totalt');
      const amount = total - 1;
      const units = rows.slice(header + 1, header + 1 + PUBLISHED.length);
      expect(units.map((row) => [row[1], Number(row[amount])])).toEqual(PUBLISHED);
      expect(units.map((row) => Number(row[total]))).toEqual(PUBLISHED.map(([, a]) => a));
      const control = defined(rows.find((row) => row[1]?.startsWith('Kontroll')));
      expect([Number(control[amount]), Number(control[total])]).toEqual([0, 0]);
    });
  });

  describe.each(['rich', 'macro'] as const)('%s: the user sheets after recalculation', (key) => {
    it('returns the data sum 15 711 504, the table total 1 500, the external link value 42 and the pivot grand total 287 966', () => {
      const data = sheet(outputs[key], 'Dalarna 2020');
      expect(data.find((row) => row[0] === 'Summa')).toEqual(['Summa', '287966', '15711504']);
      const poster = sheet(outputs[key], 'Poster');
      expect(poster[0]).toEqual(['Post', 'Belopp', '', '42']);
      expect(poster[3]).toEqual(['Summa', '1500', '', '']);
      const pivot = sheet(outputs[key], 'Pivot');
      const last = pivot.findIndex((row) => row[0] === 'Älvdalen');
      expect(pivot[last]).toEqual(['Älvdalen', '7031']);
      expect(defined(pivot[last + 1])[1]).toBe('287966');
    });
  });
});
