// Whole-process time of the command line as a user starts it, beside `node -e 0` (Node's own start) in the same
// run: the installed bin (the bundle on plain Node), the npm script's launcher, and `npm run -s lansnyckel` (npm's
// own start included). Runs are interleaved, so a burst of load on the shared machine hits every row alike.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { summarize, type Timing } from '../measure';

const ROOT = path.join(__dirname, '..', '..');
const BUNDLE = path.join(ROOT, 'build', 'cli', 'lansnyckel.cjs');
const DALARNA_XLSX = path.join(
  ROOT,
  'tests',
  'fixtures',
  'contract',
  'dalarna-2020-vardens-medarbetare.xlsx',
);
const DALARNA_CSV = path.join(
  ROOT,
  'tests',
  'fixtures',
  'data',
  'dalarna-2020-vardens-medarbetare-per-kommun.csv',
);

export interface CliReport extends Timing {
  readonly name: string;
  /** The command line that was timed. */
  readonly command: string;
  /** Peak resident set size of the child process (GNU time), when measurable. */
  readonly peakRssMb?: number;
  readonly exitCode: number | null;
}

const COMMANDS: readonly { readonly name: string; readonly args: readonly string[] }[] = [
  { name: 'check Dalarna', args: ['check', DALARNA_XLSX] },
  {
    name: 'allocate Dalarna --key --total',
    args: ['allocate', DALARNA_CSV, '--key', 'Befolkning dec 2019', '--total', '15711504', '--json'],
  },
];

const LAUNCHERS: readonly {
  readonly label: string;
  readonly argv: readonly string[];
  readonly runs: number;
}[] = [
  { label: 'bin: node build/cli/lansnyckel.cjs', argv: [process.execPath, BUNDLE], runs: 9 },
  {
    label: 'node scripts/lansnyckel.mjs',
    argv: [process.execPath, path.join(ROOT, 'scripts', 'lansnyckel.mjs')],
    runs: 9,
  },
  { label: 'npm run -s lansnyckel', argv: ['npm', 'run', '-s', 'lansnyckel', '--'], runs: 3 },
];

interface Row {
  readonly name: string;
  readonly argv: readonly string[];
  readonly runs: number;
  readonly samples: number[];
  peakKb: number;
  exitCode: number | null;
}

/** Builds the bundle from the current source (what `npm ci` and `npm run build` do), so the bin times this code. */
function ensureBundle(): void {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-cli.mjs')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`building the CLI bundle: ${run.stderr}`);
}

/** Every launcher × command, plus `node -e 0`, interleaved; median, p95 and the child's peak memory. */
export function cliCases(): CliReport[] {
  ensureBundle();
  const timeBin = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const rows: Row[] = [
    {
      name: 'cli baseline: node -e 0',
      argv: [process.execPath, '-e', '0'],
      runs: 9,
      samples: [],
      peakKb: 0,
      exitCode: null,
    },
    ...LAUNCHERS.flatMap((l) =>
      COMMANDS.map((c) => ({
        name: `cli (${l.label}): ${c.name}`,
        argv: [...l.argv, ...c.args],
        runs: l.runs,
        samples: [],
        peakKb: 0,
        exitCode: null,
      })),
    ),
  ];
  const most = Math.max(...rows.map((r) => r.runs));
  for (let i = 0; i < most; i++) {
    for (const row of rows.filter((r) => i < r.runs)) {
      const argv = timeBin ? [timeBin, '-f', '%M', ...row.argv] : [...row.argv];
      const [cmd = '', ...rest] = argv;
      const t0 = performance.now();
      const r = spawnSync(cmd, rest, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
      row.samples.push(performance.now() - t0);
      row.exitCode = r.status;
      if (r.status === null || r.status > 1) throw new Error(`${row.argv.join(' ')}: ${r.stderr.trim()}`);
      const kb = timeBin ? Number(r.stderr.trim().split('\n').pop()) : Number.NaN;
      if (Number.isFinite(kb)) row.peakKb = Math.max(row.peakKb, kb);
    }
  }
  return rows.map((row) => ({
    name: row.name,
    command: row.argv
      .map((a) => (a === process.execPath ? 'node' : path.isAbsolute(a) ? path.relative(ROOT, a) : a))
      .join(' '),
    ...summarize(row.samples),
    ...(row.peakKb > 0 ? { peakRssMb: Math.round(row.peakKb / 1024) } : {}),
    exitCode: row.exitCode,
  }));
}
