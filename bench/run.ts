// `npm run bench`: every case in one process on this machine; ratios against peers are measured in the same run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHECKER_SCALE, checkerCases } from './cases/checker';
import { cliCases, type CliReport } from './cases/cli';
import { ENGINE_SCALE, engineCases } from './cases/engine';
import { measureRealExport, realExportCases } from './cases/realExport';
import { peerCases, type PeerReport } from './cases/peers';
import { bundleReport, type BundleReport } from './cases/bundle';
import { previewTimeToInteractive } from './cases/preview';
import { officeCases } from './cases/office';
import { realFileCases } from './cases/realFile';
import { measureWhatIfRepaint, whatIfCases } from './cases/whatIf';
import { measure, peakRssMb, type Timing } from './measure';

interface CaseReport extends Timing {
  readonly name: string;
  readonly peakRssMb?: number;
  readonly extra?: Record<string, number | string | boolean>;
}

const MACHINE = {
  cpus: os.cpus().length,
  cpu: os.cpus()[0]?.model,
  node: process.version,
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
};

async function main(): Promise<void> {
  const only = process.argv[2];
  const cases: CaseReport[] = [];
  const want = (name: string) => !only || name.includes(only);
  console.log(
    `machine: ${MACHINE.cpus} cores (${MACHINE.cpu}), Node ${MACHINE.node}, ${MACHINE.memoryGb} GB, ` +
      `load average ${MACHINE.loadAverage.join(' / ')} (shared machine: figures are noisy)`,
  );

  for (const c of engineCases.filter((c) => want(c.name))) {
    cases.push({
      name: c.name,
      ...(await measure(c.run, { maxRuns: c.name.includes('100000') ? 20 : 500 })),
    });
    log(cases.at(-1)!);
  }
  for (const c of whatIfCases.filter((c) => want(c.name))) {
    cases.push({ name: c.name, ...(await measure(c.run)) });
    log(cases.at(-1)!);
  }
  for (const c of checkerCases.filter((c) => want(c.name))) {
    const ctx = c.setup?.();
    const rows = Number(/check ([\d ]+) rows/.exec(c.name)?.[1].replace(/ /g, '') ?? 0);
    const rss = await peakRssMb(() => c.run(ctx));
    const runs = rows >= 200_000 ? 2 : rows >= 100_000 ? 3 : rows >= 20_000 ? 5 : undefined;
    const timing = await measure(() => c.run(ctx), runs ? { minRuns: runs, maxRuns: runs, warmup: 0 } : {});
    // Peak of the whole process while the case ran (its grid included), not only of the timed runs.
    cases.push({ name: c.name, ...timing, peakRssMb: Math.max(rss, timing.peakRssMb ?? 0) });
    log(cases.at(-1)!);
  }
  for (const c of realFileCases().filter((c) => want(c.name))) {
    const rss = await peakRssMb(c.run);
    const timing = await measure(c.run, { minRuns: 3, maxRuns: 5, warmup: 1 });
    cases.push({ name: c.name, ...timing, peakRssMb: Math.max(rss, timing.peakRssMb ?? 0) });
    log(cases.at(-1)!);
  }
  const cli: CliReport[] = want('cli') ? cliCases() : [];
  cli.forEach((c) => log(c));
  for (const c of realExportCases.filter((c) => want(c.name))) {
    cases.push(await measureRealExport(c));
    log(cases.at(-1)!);
  }
  for (const c of officeCases.filter((c) => want(c.name))) {
    let counts = { syncs: 0, cellsRead: 0, cellsWritten: 0 };
    const timing = await measure(async () => {
      counts = await c.run();
    });
    cases.push({ name: c.name, ...timing, extra: counts });
    log(cases.at(-1)!);
  }

  const peers: PeerReport[] = want('peer') || !only ? await peerCases() : [];
  peers.forEach((p) => console.log(formatPeer(p)));
  const bundle: BundleReport | undefined = want('bundle') || !only ? bundleReport() : undefined;
  if (bundle)
    console.log(
      `bundle: task pane ${bundle.taskpaneGzBytes} B gz (${bundle.files.length} files), budget ${bundle.budgetGzBytes} B`,
    );
  const tti = want('preview') || !only ? await previewTimeToInteractive() : undefined;
  if (tti) console.log(`preview time to interactive: median ${tti.medianMs} ms over ${tti.runs} loads`);
  const repaint = want('what-if') || !only ? await measureWhatIfRepaint() : undefined;
  if (repaint)
    console.log(`what-if repaint in the preview: median ${repaint.medianMs} ms, p95 ${repaint.p95Ms} ms`);

  const scale = scaleCurves(cases);
  printScale(scale);
  const doc = {
    machine: MACHINE,
    date: new Date().toISOString(),
    cases,
    cli,
    scale,
    peers,
    bundle,
    previewTimeToInteractive: tti,
    whatIfRepaint: repaint,
  };
  const out = path.join(__dirname, 'results', 'latest.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(doc, null, 2) + '\n');
  console.log(JSON.stringify(doc));
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
    return c ? [{ size, medianMs: c.medianMs, p95Ms: c.p95Ms, peakRssMb: c.peakRssMb }] : [];
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
  table('scale: checker, rows × 20 columns (detect + every check)', 'rows', scale.checkerRows);
  console.log('');
}

function log(c: CaseReport): void {
  const extra =
    (c.peakRssMb !== undefined ? `  peak RSS ${c.peakRssMb} MB` : '') +
    (c.extra ? `  ${JSON.stringify(c.extra)}` : '');
  console.log(
    `${c.name.padEnd(72)} median ${fmt(c.medianMs)} ms  p95 ${fmt(c.p95Ms)} ms  runs ${c.runs}${extra}`,
  );
}

function formatPeer(p: PeerReport): string {
  return `${p.name.padEnd(72)} median ${fmt(p.medianMs)} ms  p95 ${fmt(p.p95Ms)} ms  peer/ours ${p.ratioToOurs}  reconciles ${p.reconciles}  outside quota ${p.outsideQuota}  ≠ Hamilton ${p.differsFromLargestRemainder}`;
}

function fmt(ms: number): string {
  return ms < 10 ? ms.toFixed(3) : ms.toFixed(1);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
