import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/runCli';
import { defined } from '../helpers/defined';

const fixture = (name: string): string => join(__dirname, '../fixtures/contract', name);
const data = (name: string): string => join(__dirname, '../fixtures/data', name);
interface Json {
  tables: { sheet: string; range: string; units: number }[];
  findings: {
    code: string;
    severity: string;
    unit?: string;
    column?: string;
    delta?: number;
    cells: string[];
  }[];
}

describe('runCli', () => {
  it('returns exit 1 and the Bilaga 4 errors as JSON', async () => {
    const r = await runCli(['check', fixture('b4-medel-till-regionerna-2021.xlsx'), '--json']);
    expect(r.exitCode).toBe(1);
    const out = JSON.parse(r.stdout) as Json;
    expect(out.tables).toEqual([expect.objectContaining({ sheet: 'Bilaga 4', range: 'A3:L25', units: 21 })]);
    const errors = out.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.code, f.unit, f.column, f.delta, f.cells[0]])).toEqual([
      ['column-total-mismatch', undefined, 'Vårdens medarbetare', -1, 'D25'],
      ['row-total-mismatch', 'Västra Götaland', 'Totalt', -1, 'L5'],
    ]);
  });

  it("returns exit 0 for clean Dalarna with only Leksand's space as info", async () => {
    const r = await runCli(['check', fixture('dalarna-2020-vardens-medarbetare.xlsx'), '--json']);
    expect(r.exitCode).toBe(0);
    const out = JSON.parse(r.stdout) as Json;
    expect(out.findings.map((f) => [f.code, f.severity, f.unit])).toEqual([
      ['label-whitespace', 'info', 'Leksand'],
    ]);
  });

  it('returns the Jönköping errors for --sheet Fördelning', async () => {
    const r = await runCli(['check', fixture('jonkoping-2019-2022.xlsx'), '--sheet', 'Fördelning', '--json']);
    expect(r.exitCode).toBe(1);
    const out = JSON.parse(r.stdout) as Json;
    expect(out.findings.filter((f) => f.severity === 'error').map((f) => f.delta)).toEqual([1689, 1689]);
  });

  it('returns a Swedish report with a verdict line without --json', async () => {
    const r = await runCli(['check', data('jonkoping-2019-2022-socialchefsnatverket.csv')]);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('Tabell 1:');
    expect(r.stdout).toContain('skillnad 1\u00a0689 kr');
    expect(r.stdout.trim().split('\n').pop()).toMatch(/^Resultat: 2 fel/);
  });

  it('returns the Dalarna allocation to the krona for allocate --key --total', async () => {
    const r = await runCli([
      'allocate',
      data('dalarna-2020-vardens-medarbetare-per-kommun.csv'),
      '--key',
      'Befolkning dec 2019',
      '--total',
      '15 711 504',
      '--json',
    ]);
    expect(r.exitCode).toBe(0);
    const out = JSON.parse(r.stdout) as {
      total: number;
      sum: number;
      allocations: { unit: string; code: string; key: number; amount: number }[];
    };
    expect([out.total, out.sum]).toEqual([15711504, 15711504]);
    expect(out.allocations[0]).toEqual({ unit: 'Avesta', code: '2084', key: 23178, amount: 1264598 });
    expect(out.allocations.find((a) => a.code === '2029')?.unit).toBe('Leksand');
  });

  describe('allocate --out', () => {
    const dalarna = ['Befolkning dec 2019', '15 711 504'];
    const run = (out: string) =>
      runCli([
        'allocate',
        data('dalarna-2020-vardens-medarbetare-per-kommun.csv'),
        '--key',
        defined(dalarna[0]),
        '--total',
        defined(dalarna[1]),
        '--out',
        out,
      ]);

    it('writes the result with no note on stderr: nothing of the input is lost any more', async () => {
      const out = join(mkdtempSync(join(tmpdir(), 'lansnyckel-out-')), 'resultat.xlsx');
      const r = await run(out);
      expect(r.exitCode).toBe(0);
      expect(r.stderr).toBe('');
      expect(existsSync(out)).toBe(true);
    });

    it('refuses an .xlsm output name, suggests .xlsx and writes nothing', async () => {
      const out = join(mkdtempSync(join(tmpdir(), 'lansnyckel-out-')), 'resultat.xlsm');
      const r = await run(out);
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toContain('resultat.xlsx');
      expect(r.stderr).toContain('makro');
      expect(existsSync(out)).toBe(false);
    });
  });

  it('returns a readable allocation with a sum line without --json', async () => {
    const r = await runCli([
      'allocate',
      fixture('dalarna-2020-vardens-medarbetare.xlsx'),
      '--key',
      'Befolkning dec 2019',
      '--total',
      '1000',
    ]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/Summa\s+1\u00a0000/);
  });

  it('returns exit 2 with one line on stderr for unusable input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lansnyckel-'));
    const notXlsx = join(dir, 'trasig.xlsx');
    writeFileSync(notXlsx, 'inte en arbetsbok');
    const cases: string[][] = [
      ['check', join(dir, 'finns-inte.xlsx')],
      ['check', notXlsx],
      ['check', join(__dirname, 'runCli.test.ts')],
      ['check', fixture('b4-medel-till-regionerna-2021.xlsx'), '--sheet', 'Blad9'],
      ['check', fixture('b4-medel-till-regionerna-2021.xlsx'), '--key', 'Finns inte'],
      ['check'],
      ['frobnicate', 'x.xlsx'],
      ['check', 'a.xlsx', '--bogus'],
      ['allocate', fixture('b4-medel-till-regionerna-2021.xlsx'), '--key', 'Befolkning 1/11 2020'],
      [
        'allocate',
        fixture('b4-medel-till-regionerna-2021.xlsx'),
        '--key',
        'Befolkning 1/11 2020',
        '--total',
        'mycket',
      ],
      ['allocate', fixture('b4-medel-till-regionerna-2021.xlsx'), '--plan', join(dir, 'saknas.json')],
    ];
    for (const argv of cases) {
      const r = await runCli(argv);
      expect([argv.join(' '), r.exitCode]).toEqual([argv.join(' '), 2]);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
      // The usage is a detail: it goes to stdout, the one stderr line points to it.
      if (r.stderr.includes('Se användningen ovan'))
        expect(r.stdout).toMatch(/^Användning:\n {2}lansnyckel check/);
      else expect(r.stdout).toBe('');
    }
  });

  it('returns exit 2 when a key column has a blank for a unit, naming the cell', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lansnyckel-'));
    const csv = join(dir, 'blank.csv');
    writeFileSync(csv, 'Kommun;Befolkning\nMora;20470\nOrsa;\nFalun;59406\n');
    const r = await runCli(['allocate', csv, '--key', 'Befolkning', '--total', '100']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('B3');
  });
});

describe('main', () => {
  it('returns the exit code and JSON through the npm script entry', () => {
    const root = join(__dirname, '../..');
    const tsx = join(root, 'node_modules/.bin/tsx');
    const ok = execFileSync(
      tsx,
      ['src/cli/main.ts', 'check', data('ok2021-bilaga3-kommunernas-medel-lansvis.csv'), '--json'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect((JSON.parse(ok) as Json).tables[0]?.units).toBe(21);
    const missing = spawnSync(tsx, ['src/cli/main.ts', 'check', 'finns-inte.xlsx'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim()).toBe('Filen finns inte: finns-inte.xlsx');
  });
});
