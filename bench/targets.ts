// The targets of issue 17 beside the figures they judge. One home: bench/summary.ts prints them, README's
// performance table is generated from that, and no test asserts a time (speed lives here).

/** One measured row of bench/results/latest.json, as the summary reads it. */
export interface BenchRow {
  readonly name: string;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly peakRssMb?: number;
  /** Case-specific figures: syncs for Office, peer ÷ ours for peers, bytes for the bundle. */
  readonly extra?: Readonly<Record<string, number | string | boolean>>;
}

export interface Target {
  /** Which rows this target judges (by case name). */
  readonly pattern: RegExp;
  /** The target as the README states it. */
  readonly text: string;
  readonly met: (row: BenchRow) => boolean;
}

const peakBelow = (row: BenchRow, mb: number) => row.peakRssMb !== undefined && row.peakRssMb < mb;
const figure = (row: BenchRow, key: string) => {
  const value = row.extra?.[key];
  return typeof value === 'number' ? value : Number.NaN;
};

export const TARGETS: readonly Target[] = [
  {
    pattern: /^engine: 290 kommuner × 3 pots/,
    text: '< 1 ms median, < 3 ms p95',
    met: (r) => r.medianMs < 1 && r.p95Ms < 3,
  },
  { pattern: /^engine: largest remainder, 100000 units$/, text: '< 30 ms', met: (r) => r.medianMs < 30 },
  { pattern: /^what-if: .*recompute/, text: '< 1 ms median', met: (r) => r.medianMs < 1 },
  { pattern: /^preview: what-if repaint/, text: '< 50 ms median', met: (r) => r.medianMs < 50 },
  {
    pattern: /^check 100 000 rows × 20 columns$/,
    text: '< 1 s, < 300 MB',
    met: (r) => r.medianMs < 1000 && peakBelow(r, 300),
  },
  {
    pattern: /^check real export: FHM long format 47 187/,
    text: '< 1,5 s, < 300 MB',
    met: (r) => r.medianMs < 1500 && peakBelow(r, 300),
  },
  {
    pattern: /^cli \((bin|node scripts).*\): check Dalarna$/,
    text: '< 0,3 s whole process',
    met: (r) => r.medianMs < 300,
  },
  {
    pattern: /^office: read-check-write/,
    text: '≤ 3 syncs (1 read, ≤ 2 write)',
    met: (r) => figure(r, 'syncs') <= 3,
  },
  {
    pattern: /^290 kommuner.*: dinero\.js/,
    text: 'ours ≤ dinero (dinero ÷ ours ≥ 1,0)',
    met: (r) => figure(r, 'ratioToOurs') >= 1,
  },
  {
    pattern: /^bundle: task pane/,
    text: '≤ 400 KB gz',
    met: (r) => figure(r, 'gzBytes') <= 400 * 1024,
  },
];

/** The target that judges `name`, if any. */
export function targetFor(name: string): Target | undefined {
  return TARGETS.find((t) => t.pattern.test(name));
}
