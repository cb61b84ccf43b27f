// Whole-process time of the command line, as a user runs it: `npm run -s lansnyckel -- …` (whatever that script
// runs: tsx today, a bundle when there is one), and the bundled CLI on plain Node when a build is present.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { summarize, type Timing } from '../measure';

const ROOT = path.join(__dirname, '..', '..');
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

/** Where a bundled CLI may be built (the first that exists is used). */
const BUNDLE_CANDIDATES = [
  'build/cli/lansnyckel.cjs',
  'dist-cli/main.js',
  'dist-cli/lansnyckel.js',
  'dist-cli/cli.js',
  'dist-cli/index.js',
];

export interface CliReport extends Timing {
  readonly name: string;
  /** The command line that was timed. */
  readonly command: string;
  /** Peak resident set size of the child process (GNU time), when measurable. */
  readonly peakRssMb?: number;
  readonly exitCode: number | null;
}

const COMMANDS: { name: string; args: string[] }[] = [
  { name: 'check Dalarna (290-row sheet)', args: ['check', DALARNA_XLSX] },
  {
    name: 'allocate Dalarna --key --total',
    args: ['allocate', DALARNA_CSV, '--key', 'Befolkning dec 2019', '--total', '15711504', '--json'],
  },
];

/** Each command `runs` times per way of starting the CLI; median, p95 and the child's peak memory. */
export function cliCases(runs = 5): CliReport[] {
  const bundle = BUNDLE_CANDIDATES.map((f) => path.join(ROOT, f)).find((f) => fs.existsSync(f));
  const launchers: { label: string; argv: string[] }[] = [
    { label: 'npm run -s lansnyckel', argv: ['npm', 'run', '-s', 'lansnyckel', '--'] },
    ...(bundle ? [{ label: `node ${path.relative(ROOT, bundle)}`, argv: ['node', bundle] }] : []),
  ];
  const timeBin = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const reports: CliReport[] = [];
  for (const launcher of launchers) {
    for (const c of COMMANDS) {
      const samples: number[] = [];
      let peakKb = 0;
      let exitCode: number | null = null;
      for (let i = 0; i < runs; i++) {
        const argv = [...launcher.argv, ...c.args];
        const [cmd, ...rest] = timeBin ? [timeBin, '-f', '%M', ...argv] : argv;
        const t0 = performance.now();
        const r = spawnSync(cmd, rest, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
        samples.push(performance.now() - t0);
        exitCode = r.status;
        if (r.status === null || r.status > 1) throw new Error(`${argv.join(' ')}: ${r.stderr.trim()}`);
        const kb = timeBin ? Number(r.stderr.trim().split('\n').pop()) : NaN;
        if (Number.isFinite(kb)) peakKb = Math.max(peakKb, kb);
      }
      reports.push({
        name: `cli (${launcher.label}): ${c.name}`,
        command: [
          ...launcher.argv,
          ...c.args.map((a) => (path.isAbsolute(a) ? path.relative(ROOT, a) : a)),
        ].join(' '),
        ...summarize(samples),
        ...(peakKb > 0 ? { peakRssMb: Math.round(peakKb / 1024) } : {}),
        exitCode,
      });
    }
  }
  return reports;
}
