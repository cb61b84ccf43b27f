import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputFile } from '../../src/cli/readGrids';
import { type Grid } from '../../src/workbook/Grid';
import { runCli } from '../../src/cli/runCli';
import { cellsOf } from '../workbook/gridOf';

const format = (name: string): string => join(__dirname, '../fixtures/formats', name);
const labels = (grid: Grid): unknown[] =>
  cellsOf(grid)
    .slice(1)
    .map((row) => {
      const v = row[0]!.value;
      return v.kind === 'empty' ? undefined : v.value;
    });

describe('readInputFile', () => {
  it('returns a Windows-1252 CSV decoded ("Upplands Väsby", "Österåker") and says so', async () => {
    const input = await readInputFile(format('kommuner-windows-1252.csv'));
    expect(input.encoding).toBe('windows-1252');
    expect(labels(input.grids[0]!)).toEqual(['Upplands Väsby', 'Vallentuna', 'Österåker']);
    expect(cellsOf(input.grids[0]!)[1]![1]!.value).toEqual({ kind: 'number', value: 48000 });
  });

  it('returns a UTF-16LE tab-separated "Unicode-text" file decoded into two columns', async () => {
    const input = await readInputFile(format('kommuner-utf16le.txt'));
    expect(input.encoding).toBe('utf-16le');
    expect(labels(input.grids[0]!)).toEqual(['Upplands Väsby', 'Vallentuna', 'Österåker']);
    expect(cellsOf(input.grids[0]!)[3]![1]!.value).toEqual({ kind: 'number', value: 46000 });
  });

  it('returns no encoding for an .xlsx', async () => {
    const input = await readInputFile(
      join(__dirname, '../fixtures/contract/b4-medel-till-regionerna-2021.xlsx'),
    );
    expect(input.encoding).toBeUndefined();
  });
});

describe('runCli on files it cannot read', () => {
  const cases: [string, string, RegExp][] = [
    [
      'kommuner.xls',
      'gammal.xls',
      /^gammal\.xls är en äldre Excel-arbetsbok \(\.xls, Excel 97–2003\).*spara som \.xlsx/,
    ],
    ['kommuner.ods', 'kalkyl.ods', /^kalkyl\.ods är ett OpenDocument-kalkylblad \(\.ods\).*spara som \.xlsx/],
    [
      'kommuner-losenord.xlsx',
      'hemlig.xlsx',
      /^hemlig\.xlsx är skyddad med lösenord.*ta bort lösenordet.*spara som \.xlsx/,
    ],
    // The bytes decide, not the name: an .xls saved with an .xlsx name is still an .xls.
    ['kommuner.xls', 'omdopt.xlsx', /^omdopt\.xlsx är en äldre Excel-arbetsbok/],
  ];
  it.each(cases)(
    'returns exit 2 with one line naming the format for %s as %s',
    async (fixture, name, message) => {
      const path = join(mkdtempSync(join(tmpdir(), 'lansnyckel-')), name);
      copyFileSync(format(fixture), path);
      for (const argv of [
        ['check', path],
        ['allocate', path, '--key', 'Befolkning', '--total', '100'],
      ]) {
        const r = await runCli(argv);
        expect(r.exitCode).toBe(2);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(r.stderr).toMatch(message);
        expect(r.stdout).toBe('');
      }
    },
  );
});

describe('runCli check on CSV in other encodings', () => {
  it('returns the kommuner of a Windows-1252 CSV by name and reports the encoding in JSON and text', async () => {
    const json = await runCli(['check', format('kommuner-windows-1252.csv'), '--json']);
    expect(json.exitCode).toBe(0);
    const out = JSON.parse(json.stdout) as { encoding?: string; tables: { units: number }[] };
    expect(out.encoding).toBe('windows-1252');
    expect(out.tables[0]!.units).toBe(3);
    expect(json.stdout).not.toMatch(/\uFFFD/);
    const text = await runCli(['check', format('kommuner-windows-1252.csv')]);
    expect(text.stdout.split('\n')[1]).toMatch(/^Teckenkodning: Windows-1252/);
  });

  it('returns no encoding field for a UTF-8 CSV', async () => {
    const r = await runCli([
      'check',
      join(__dirname, '../fixtures/data/dalarna-2020-vardens-medarbetare-per-kommun.csv'),
      '--json',
    ]);
    expect(JSON.parse(r.stdout)).not.toHaveProperty('encoding');
    expect(r.stdout).not.toMatch(/Teckenkodning/);
  });

  it('allocates over a UTF-16LE file with the names decoded', async () => {
    const r = await runCli([
      'allocate',
      format('kommuner-utf16le.txt'),
      '--key',
      'Befolkning',
      '--total',
      '129',
      '--json',
    ]);
    expect(r.exitCode).toBe(0);
    const out = JSON.parse(r.stdout) as { allocations: { unit: string; code: string; amount: number }[] };
    // 129 × 48/129, 35/129, 46/129: exact shares, no rounding needed.
    expect(out.allocations).toEqual([
      expect.objectContaining({ unit: 'Upplands Väsby', code: '0114', amount: 48 }),
      expect.objectContaining({ unit: 'Vallentuna', code: '0115', amount: 35 }),
      expect.objectContaining({ unit: 'Österåker', code: '0117', amount: 46 }),
    ]);
  });
});
