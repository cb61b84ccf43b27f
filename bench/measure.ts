/** Timing statistics for one benchmark case. */
export interface Timing {
  readonly runs: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly minMs: number;
  /** Peak resident set size of this process over the case's runs (sampled after each run), in MB. */
  readonly peakRssMb?: number;
}

/** Runs `fn` repeatedly (after warm-up) until `minRuns` and `minTimeMs` are both met, capped at `maxRuns`. */
export async function measure(
  fn: () => unknown | Promise<unknown>,
  options: { minRuns?: number; maxRuns?: number; minTimeMs?: number; warmup?: number } = {},
): Promise<Timing> {
  const { minRuns = 15, maxRuns = 500, minTimeMs = 400, warmup = 3 } = options;
  let peak = process.memoryUsage.rss();
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < maxRuns && (samples.length < minRuns || performance.now() - started < minTimeMs)) {
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
