import v8 from 'node:v8';
import vm from 'node:vm';

/** Timing statistics for one benchmark case. */
export interface Timing {
  readonly runs: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly minMs: number;
  /** Peak resident set size of this process over the case's runs (sampled after each run), in MB. */
  readonly peakRssMb?: number;
}

/**
 * Runs `fn` repeatedly (after warm-up) until `minRuns` and `minTimeMs` are both met, capped at `maxRuns` and, once
 * one run is in, at `maxTimeMs` (a case whose single run takes many seconds reports fewer runs, and says so).
 */
export async function measure(
  fn: () => unknown | Promise<unknown>,
  options: {
    minRuns?: number;
    maxRuns?: number;
    minTimeMs?: number;
    maxTimeMs?: number;
    warmup?: number;
  } = {},
): Promise<Timing> {
  const { minRuns = 15, maxRuns = 500, minTimeMs = 400, maxTimeMs = Infinity, warmup = 3 } = options;
  let peak = process.memoryUsage.rss();
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  const started = performance.now();
  const more = () => {
    const elapsed = performance.now() - started;
    if (samples.length >= maxRuns || (samples.length > 0 && elapsed >= maxTimeMs)) return false;
    return samples.length < minRuns || elapsed < minTimeMs;
  };
  while (more()) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
    peak = Math.max(peak, process.memoryUsage.rss());
  }
  return { ...summarize(samples), peakRssMb: round(peak / 1024 / 1024) };
}

/** Median, p95 and min of a list of samples in milliseconds. */
export function summarize(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))] ?? Number.NaN;
  return { runs: sorted.length, medianMs: round(at(0.5)), p95Ms: round(at(0.95)), minMs: round(at(0)) };
}

/** Peak resident set size in MB while `fn` runs, sampled every few ms plus before/after. */
export async function peakRssMb(fn: () => unknown | Promise<unknown>): Promise<number> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  try {
    await fn();
  } finally {
    clearInterval(timer);
  }
  peak = Math.max(peak, process.memoryUsage().rss);
  return round(peak / 1024 / 1024);
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

/**
 * A full garbage collection, so that a case's peak memory is not the garbage an earlier case left behind. Node
 * exposes `gc` only with --expose-gc; the flag can be set at run time and the function taken from a new context.
 */
export function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  const gc: unknown = vm.runInNewContext('gc');
  if (typeof gc === 'function') gc();
}
