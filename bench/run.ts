// `npm run bench [-- --only <text>]`: every case on this machine (or those whose name contains <text>), in this
// process except the checker cases, the CLI and the real exports, which run in Node processes of their own so that
// their peak memory is theirs (bench/isolated.ts); ratios against peers are measured in the same run. Each case reports median, p95 and peak memory; the
// scale curves are printed as small tables; everything lands in bench/results/latest.json, from which
// `npx tsx bench/summary.ts --readme` writes README's performance table. Repetitions are sized so that the whole
// run stays under 8 minutes on the 2-core machine: many runs where a run is cheap, 2–3 where one takes seconds.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHECKER_SCALE } from './cases/checker';
import { cliCases } from './cases/cli';
import { ENGINE_SCALE, engineCases } from './cases/engine';
import { measureRealExport, realExportCases } from './cases/realExport';
import { peerCases } from './cases/peers';
import { bundleReport } from './cases/bundle';
import { previewTimeToInteractive } from './cases/preview';
import { officeCases } from './cases/office';
import { measureWhatIfRepaint, whatIfCases } from './cases/whatIf';
import { isolatedCases, runIsolated } from './isolated';
import { collectGarbage, measure, peakRssMb, type Timing } from './measure';
import { summaryTable, type BenchDocument } from './summary';
import { type BenchRow } from './targets';

interface CaseReport extends BenchRow, Timing {}

const MACHINE = {
  cpus: os.cpus().length,
  cpu: os.cpus()[0]?.model,
  node: process.version,
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
};

/** `--only <text>` (or a bare first argument, as before): run the cases whose name contains it. */
function onlyFilter(argv: readonly string[]): string | undefined {
  const i = argv.indexOf('--only');
  if (i >= 0) return argv[i + 1];
  return argv.find((a) => !a.startsWith('--'));
}

/** Timing and the process's peak memory while `fn` ran `options` times (the grid or file it holds included). */
async function timed(
  fn: () => unknown,
  options?: Parameters<typeof measure>[1],
): Promise<Timing & { peakRssMb: number }> {
  collectGarbage();
  let timing: Timing | undefined;
  const peak = await peakRssMb(async () => {
    timing = await measure(fn, options);
  });
  if (!timing) throw new Error('measure did not run');
  return { ...timing, peakRssMb: Math.max(peak, timing.peakRssMb ?? 0) };
}

async function main(): Promise<void> {
  const started = performance.now();
  const only = onlyFilter(process.argv.slice(2));
  const want = (name: string) => !only || name.includes(only);
  const cases: CaseReport[] = [];
  const add = (c: CaseReport) => {
    cases.push(c);
    log(c);
  };
  const section = (title: string) =>
    console.log(`\n## ${title} (at ${Math.round((performance.now() - started) / 1000)} s)`);
  console.log(
    `machine: ${MACHINE.cpus} cores (${MACHINE.cpu}), Node ${MACHINE.node}, ${MACHINE.memoryGb} GB, ` +
      `load average ${MACHINE.loadAverage.join(' / ')} (shared machine: figures are noisy)`,
  );

  section('engine');
  for (const c of engineCases.filter((c) => want(c.name))) {
    const big = c.name.includes('100000');
    const options = big ? { minRuns: 7, maxRuns: 7, warmup: 1 } : { maxRuns: 300, minTimeMs: 300 };
    add({ name: c.name, ...(await timed(c.run, options)) });
  }
  section('what-if');
  for (const c of whatIfCases.filter((c) => want(c.name)))
    add({ name: c.name, ...(await timed(c.run, { maxRuns: 300, minTimeMs: 300 })) });

  section('checker (each case in a Node process of its own)');
  for (const c of isolatedCases().filter((c) => want(c.name))) add(runIsolated(c.name));

  if (want('cli')) {
    section('cli');
    for (const c of cliCases()) add({ ...c, extra: { command: c.command } });
  }
  section('real export');
  for (const c of realExportCases.filter((c) => want(c.name)))
    add(await measureRealExport(c, c.rows > 100_000 ? 2 : 3, 30_000));

  section('office');
  for (const c of officeCases.filter((c) => want(c.name))) {
    let counts = { syncs: 0, cellsRead: 0, cellsWritten: 0 };
    const timing = await timed(
      async () => {
        counts = await c.run();
      },
      { maxRuns: 40, minTimeMs: 300 },
    );
    add({ name: c.name, ...timing, extra: counts });
  }

  if (want('peer') || want('dinero')) {
    section('peers');
    for (const p of await peerCases()) {
      const { name, medianMs, p95Ms, runs, ...rest } = p;
      add({
        name,
        medianMs,
        p95Ms,
        runs,
        minMs: Number.NaN,
        ...(rest.peakRssMb === undefined ? {} : { peakRssMb: rest.peakRssMb }),
        extra: {
          ratioToOurs: rest.ratioToOurs,
          reconciles: rest.reconciles,
          outsideQuota: rest.outsideQuota,
          differsFromLargestRemainder: rest.differsFromLargestRemainder,
        },
      });
    }
  }
  if (want('bundle')) {
    section('bundle');
    const bundle = bundleReport();
    add({
      name: `bundle: task pane (JS and CSS, gzipped, ${bundle.files.length} files)`,
      runs: 1,
      medianMs: Number.NaN,
      p95Ms: Number.NaN,
      minMs: Number.NaN,
      extra: { gzBytes: bundle.taskpaneGzBytes, budgetGzBytes: bundle.budgetGzBytes },
    });
  }
  if (want('preview')) {
    section('preview');
    const tti = await previewTimeToInteractive(5);
    if (tti) add({ name: 'preview: time to interactive', ...tti });
    const repaint = await measureWhatIfRepaint(11);
    if (repaint) add({ name: 'preview: what-if repaint in presentation mode', ...repaint });
  }

  const scale = scaleCurves(cases);
  printScale(scale);
  const elapsedSeconds = Math.round((performance.now() - started) / 100) / 10;
  const doc: BenchDocument & Record<string, unknown> = {
    machine: MACHINE,
    date: new Date().toISOString(),
    elapsedSeconds,
    ...(only ? { only } : {}),
    cases,
    scale,
  };
  const out = path.join(__dirname, 'results', only ? 'latest-only.json' : 'latest.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(doc, null, 2) + '\n');
  console.log(
    `\n${summaryTable(doc)}\n\nwritten: ${path.relative(process.cwd(), out)} (${elapsedSeconds} s)`,
  );
}

interface ScalePoint {
  readonly size: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly peakRssMb?: number;
}

/** The engine's 290 → 100 000 units and the checker's 2 000 → 200 000 rows, from the cases just measured. */
function scaleCurves(cases: readonly CaseReport[]): { engineUnits: ScalePoint[]; checkerRows: ScalePoint[] } {
  const point = (size: number, name: string): ScalePoint[] => {
    const c = cases.find((x) => x.name === name);
    if (!c) return [];
    const { medianMs, p95Ms, peakRssMb } = c;
    return [{ size, medianMs, p95Ms, ...(peakRssMb === undefined ? {} : { peakRssMb }) }];
  };
  const spaced = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return {
    engineUnits: ENGINE_SCALE.flatMap((n) => point(n, `engine: largest remainder, ${n} units`)),
    checkerRows: CHECKER_SCALE.flatMap((n) => point(n, `check ${spaced(n)} rows × 20 columns`)),
  };
}

function printScale(scale: { engineUnits: ScalePoint[]; checkerRows: ScalePoint[] }): void {
  const table = (title: string, unit: string, points: ScalePoint[]) => {
    if (points.length === 0) return;
    console.log(`\n${title}`);
    console.log(
      `${unit.padStart(10)} | ${'median ms'.padStart(10)} | ${'p95 ms'.padStart(10)} | peak RSS MB`,
    );
    for (const p of points)
      console.log(
        `${String(p.size).padStart(10)} | ${fmt(p.medianMs).padStart(10)} | ${fmt(p.p95Ms).padStart(10)} | ${p.peakRssMb ?? ''}`,
      );
  };
  table('scale: engine, largest remainder (amounts; trace on first read)', 'units', scale.engineUnits);
  table(
    'scale: checker, rows × 20 columns (detect + every check; peak: own process, first check, grid held)',
    'rows',
    scale.checkerRows,
  );
}

function log(c: CaseReport): void {
  const extra =
    (c.peakRssMb !== undefined ? `  peak RSS ${c.peakRssMb} MB` : '') +
    (c.extra ? `  ${JSON.stringify(c.extra)}` : '');
  console.log(
    `${c.name.padEnd(72)} median ${fmt(c.medianMs)} ms  p95 ${fmt(c.p95Ms)} ms  runs ${c.runs}${extra}`,
  );
}

function fmt(ms: number): string {
  return ms < 10 ? ms.toFixed(3) : ms.toFixed(1);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
