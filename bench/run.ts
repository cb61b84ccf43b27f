// `npm run bench`: every case in one process on this machine; ratios against peers are measured in the same run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkerCases } from './cases/checker';
import { measureRealExport, realExportCases } from './cases/realExport';
import { engineCases } from './cases/engine';
import { peerCases, type PeerReport } from './cases/peers';
import { bundleReport, type BundleReport } from './cases/bundle';
import { previewTimeToInteractive } from './cases/preview';
import { officeCases } from './cases/office';
import { measureWhatIfRepaint, whatIfCases } from './cases/whatIf';
import { measure, peakRssMb, type Timing } from './measure';

interface CaseReport extends Timing {
  readonly name: string;
  readonly peakRssMb?: number;
  readonly extra?: Record<string, number | string | boolean>;
}

async function main(): Promise<void> {
  const only = process.argv[2];
  const cases: CaseReport[] = [];
  const want = (name: string) => !only || name.includes(only);

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
    const big = c.name.includes('100 000');
    const rss = await peakRssMb(() => c.run(ctx));
    const timing = await measure(() => c.run(ctx), big ? { minRuns: 5, maxRuns: 5, warmup: 0 } : {});
    cases.push({ name: c.name, ...timing, peakRssMb: rss });
    log(cases.at(-1)!);
  }
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

  const doc = {
    machine: {
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model,
      node: process.version,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
    },
    date: new Date().toISOString(),
    cases,
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

function log(c: CaseReport): void {
  const extra =
    c.peakRssMb !== undefined
      ? `  peak RSS ${c.peakRssMb} MB`
      : c.extra
        ? `  ${JSON.stringify(c.extra)}`
        : '';
  console.log(
    `${c.name.padEnd(72)} median ${fmt(c.medianMs)} ms  p95 ${fmt(c.p95Ms)} ms  runs ${c.runs}${extra}`,
  );
}

function formatPeer(p: PeerReport): string {
  return `${p.name.padEnd(72)} median ${fmt(p.medianMs)} ms  ×${p.ratioToOurs} of ours  reconciles ${p.reconciles}  outside quota ${p.outsideQuota}  ≠ Hamilton ${p.differsFromLargestRemainder}`;
}

function fmt(ms: number): string {
  return ms < 10 ? ms.toFixed(3) : ms.toFixed(1);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
