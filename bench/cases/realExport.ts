// Check of real-export-sized workbooks (issue 14): the FHM kommun × ålder sheet repeated as long format, counts
// stored as text, "<15" suppressed, built with ExcelJS at bench time in a child process (nothing big is committed,
// and ExcelJS's heap does not inflate the measured one), then checked as a user runs it: `check --json` in a fresh
// Node process (the bundled CLI when it is current, else the TypeScript source through tsx), whole-process wall
// time and peak memory (GNU time) – start, read .xlsx, detect, check, aggregate, print.
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarize, type Timing } from '../measure';

const ROOT = join(__dirname, '..', '..');
const SOURCE = join(ROOT, '..', 'shared', 'data', 'real-world', 'fhm_vaccine_2022.xlsx');
const SHEET = 'Vaccinerade kommun och ålder';
const BUNDLE = join(ROOT, 'build', 'cli', 'lansnyckel.cjs');

/** One bench case: its name, the built file's size and rows, time and peak memory of `check --json`. */
export interface RealExportReport extends Timing {
  readonly name: string;
  readonly peakRssMb: number;
  readonly extra: Record<string, number | string | boolean>;
}

export const realExportCases: { name: string; rows: number }[] = [
  {
    name: 'check real export: FHM long format 47 187 rows (≈ 3.8 MB .xlsx, like the 2.9 MB agency export), counts as text, <15',
    rows: 47_187,
  },
  { name: 'check real export: FHM long format 141 561 rows, counts as text, <15', rows: 141_561 },
];

/**
 * Builds the workbook (child process), checks it `runs` times in fresh processes (fewer once `maxTimeMs` of runs
 * have passed), and removes it.
 */
export async function measureRealExport(
  c: { name: string; rows: number },
  runs = 3,
  maxTimeMs = Infinity,
): Promise<RealExportReport> {
  const dir = mkdtempSync(join(tmpdir(), 'lansnyckel-bench-'));
  try {
    const path = join(dir, 'fhm-long.xlsx');
    const built = spawnSync(process.execPath, ['--import', 'tsx', __filename, path, String(c.rows)], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (built.status !== 0) throw new Error(`building ${path}: ${built.stderr}`);
    const cli = bundleIsCurrent()
      ? { launcher: 'node build/cli/lansnyckel.cjs', argv: [BUNDLE] }
      : {
          launcher: 'node --import tsx src/cli/main.ts',
          argv: ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts')],
        };
    const samples: number[] = [];
    const cpu: number[] = [];
    let peakKb = 0;
    let exitCode: number | null = -1;
    const started = performance.now();
    for (let i = 0; i < runs && (i === 0 || performance.now() - started < maxTimeMs); i++) {
      const t0 = performance.now();
      const r = spawnSync(
        '/usr/bin/time',
        ['-f', '%U %S %M', process.execPath, ...cli.argv, 'check', path, '--json'],
        {
          cwd: ROOT,
          encoding: 'utf8',
          maxBuffer: 256 * 2 ** 20,
        },
      );
      samples.push(performance.now() - t0);
      exitCode = r.status;
      if (r.status === null || r.status > 1) throw new Error(`check ${path}: ${r.stderr.trim()}`);
      // GNU time's last line: user and system CPU seconds (what the load of a shared machine does not inflate), KB.
      const [user = NaN, system = NaN, kb = NaN] = (r.stderr.trim().split('\n').pop() ?? '')
        .split(' ')
        .map(Number);
      cpu.push((user + system) * 1000);
      peakKb = Math.max(peakKb, kb);
    }
    return {
      name: c.name,
      ...summarize(samples),
      peakRssMb: Math.round(peakKb / 1024),
      extra: {
        rows: c.rows,
        bytes: statSync(path).size,
        exitCode: exitCode ?? -1,
        cli: cli.launcher,
        cpuMedianMs: summarize(cpu).medianMs,
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The same rule as `npm run -s lansnyckel`: the bundle when it is newer than every file under src/. */
function bundleIsCurrent(): boolean {
  if (!existsSync(BUNDLE)) return false;
  const newest = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
      const p = join(dir, e.name);
      return Math.max(m, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
    }, 0);
  return statSync(BUNDLE).mtimeMs >= newest(join(ROOT, 'src'));
}

/**
 * The FHM sheet's data rows repeated week by week (a "Vecka" key column in front) until `rows`, as an agency
 * export looks: kommun and län codes as text with leading zeros, counts as Swedish number text ("1 206"), counts
 * under 15 written "<15", shares as numbers.
 */
export async function buildLongFormat(path: string, rows: number): Promise<void> {
  const source = new ExcelJS.Workbook();
  await source.xlsx.readFile(SOURCE);
  const ws = source.getWorksheet(SHEET);
  if (!ws) throw new Error(`${SOURCE} has no sheet ${SHEET}`);
  const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const data: unknown[][] = [];
  ws.eachRow((row, n) => {
    if (n > 1) data.push((row.values as unknown[]).slice(1));
  });
  const isCount = header.map((h) => /^Antal|^Befolkning/.test(h));
  const out = new ExcelJS.Workbook();
  const sheet = out.addWorksheet(SHEET);
  sheet.addRow(['Vecka', ...header]);
  for (let i = 0; i < rows; i++) {
    const values = data[i % data.length] ?? [];
    const week = 1 + Math.floor(i / data.length);
    sheet.addRow([
      week,
      ...values.map((v, c) =>
        isCount[c] && typeof v === 'number' ? (v < 15 ? '<15' : v.toLocaleString('sv-SE')) : (v ?? null),
      ),
    ]);
  }
  await out.xlsx.writeFile(path);
}

// Child-process entry: `tsx bench/cases/realExport.ts <path> <rows>` builds one workbook.
if (require.main === module) {
  const [path, rows] = process.argv.slice(2);
  buildLongFormat(path ?? '', Number(rows)).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
