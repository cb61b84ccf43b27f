// The checker cases (synthetic "check N rows × 20 columns" and the in-process real file), each in a Node process
// of its own: in the bench process a case's peak was the high-water mark of every larger case before it. The child
// builds the input, collects garbage, notes its resident memory, resets the kernel's high-water mark
// (/proc/self/clear_refs) and then times the check as before; the high-water after the runs is the check's peak
// with its input held. `tsx bench/isolated.ts <case name>` is the child; runIsolated() is the parent's side.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { checkerCases } from './cases/checker';
import { realFileCases } from './cases/realFile';
import { collectGarbage, measure, type Timing } from './measure';
import { type BenchRow } from './targets';

type MeasureOptions = NonNullable<Parameters<typeof measure>[1]>;

/** One case to run in a child: how to build its input, how to check it, and how many runs. */
export interface IsolatedCase {
  readonly name: string;
  readonly setup?: () => unknown;
  readonly run: (input: unknown) => unknown;
  readonly options: MeasureOptions;
}

/** What the child reports, as a bench row: the peak is the check's high-water, the extras say what it includes. */
export interface IsolatedReport extends BenchRow, Timing {
  readonly peakRssMb: number;
  readonly extra: {
    readonly rssBeforeCheckMb: number;
    readonly runsPeakRssMb: number;
    readonly processPeakRssMb: number;
    readonly peakIncludes: string;
  };
}

const RESULT_MARK = 'bench-isolated-result ';
const ROOT = path.join(__dirname, '..');

/**
 * Runs of a checker case, by its size: up to 5 runs per large sheet but no more than 20 s of them (a slow checker
 * shows fewer runs, not a longer bench); small sheets run until 300 ms have passed.
 * @example checkerOptions('check 100 000 rows × 20 columns') // { minRuns: 5, maxRuns: 5, warmup: 0, maxTimeMs: 20000 }
 */
export function checkerOptions(name: string): MeasureOptions {
  const rows = Number(/check ([\d ]+) rows/.exec(name)?.[1]?.replace(/ /g, '') ?? 0);
  return rows >= 20_000
    ? { minRuns: 5, maxRuns: 5, warmup: 0, maxTimeMs: 20_000 }
    : { maxRuns: 40, minTimeMs: 300 };
}

/** Every case that runs in a child, in bench order. */
export function isolatedCases(): IsolatedCase[] {
  return [
    ...checkerCases.map((c) => ({ ...c, options: checkerOptions(c.name) })),
    ...realFileCases().map((c) => ({
      name: c.name,
      run: c.run,
      options: { minRuns: 3, maxRuns: 3, warmup: 0, maxTimeMs: 15_000 },
    })),
  ];
}

/**
 * The child's report from its stdout: the last line that carries the mark (anything the case printed is ignored).
 * @example parseIsolatedOutput('noise\nbench-isolated-result {"name":"x"}\n') // { name: 'x' }
 */
export function parseIsolatedOutput(stdout: string): unknown {
  const line = stdout
    .split('\n')
    .reverse()
    .find((l) => l.startsWith(RESULT_MARK));
  if (line === undefined) throw new Error(`no "${RESULT_MARK.trim()}" line in the child's output`);
  return JSON.parse(line.slice(RESULT_MARK.length));
}

/** Runs the case named `name` in a fresh Node process and returns its report. */
export function runIsolated(name: string): IsolatedReport {
  const r = spawnSync(process.execPath, ['--import', 'tsx', __filename, name], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
    timeout: 180_000,
  });
  if (r.status !== 0) throw new Error(`bench child for "${name}" exited ${String(r.status)}: ${r.stderr}`);
  return parseIsolatedOutput(r.stdout) as IsolatedReport;
}

const mb = (kb: number) => Math.round(kb / 1024);

/** Resets this process's resident high-water mark (Linux ≥ 4.0); false where the kernel does not allow it. */
function resetHighWater(): boolean {
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

async function child(name: string): Promise<void> {
  const c = isolatedCases().find((x) => x.name === name);
  if (!c) throw new Error(`no isolated bench case named "${name}"`);
  const input = c.setup?.();
  collectGarbage();
  const beforeKb = process.memoryUsage.rss() / 1024;
  const buildPeakKb = process.resourceUsage().maxRSS;
  const reset = resetHighWater();
  // The first check's high-water is what a user's one check costs; later runs add the garbage V8 has not yet
  // collected, so the high-water over all runs is reported beside it.
  let firstPeakKb: number | undefined;
  const timing = await measure(async () => {
    await c.run(input);
    firstPeakKb ??= process.resourceUsage().maxRSS;
  }, c.options);
  const runsPeakKb = process.resourceUsage().maxRSS;
  const checkPeakKb = firstPeakKb ?? runsPeakKb;
  const what = c.setup ? 'the grid held' : 'Node and the modules loaded';
  const report: IsolatedReport = {
    name,
    ...timing,
    peakRssMb: mb(checkPeakKb),
    extra: {
      rssBeforeCheckMb: mb(beforeKb),
      runsPeakRssMb: mb(runsPeakKb),
      processPeakRssMb: mb(Math.max(buildPeakKb, runsPeakKb)),
      peakIncludes: reset
        ? `own process, high-water during the first check (${what})`
        : `own process, whole life (building the input included)`,
    },
  };
  console.log(RESULT_MARK + JSON.stringify(report));
}

if (require.main === module) {
  child(process.argv[2] ?? '').catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
