/** A numeric column as the sum search sees it: sheet column and one value per row (undefined = blank). */
export interface SumColumn {
  readonly col: number;
  readonly values: readonly (number | undefined)[];
  /** For a column already known to be a total: the columns it sums (to avoid double counting). */
  readonly sumOf?: readonly number[];
}

/** The most rows a candidate combination is scored on; the checks later test every row exactly. */
const SAMPLE_ROWS = 60;
const EXHAUSTIVE_LIMIT = 12;
/** The share of rows an inferred row total must hold on; the rest are reported as row-total mismatches. */
const NEARLY_EVERY_ROW = 0.9;
/** Combinations tied on the sample that are re-scored on every row (bounded: a 141 000-row sheet stays fast). */
const MAX_TIED = 64;

/**
 * Which of `candidates` the `total` column is the sum of: the combination that holds on most rows (on nearly every
 * row — a relation that fails on many rows is not a relation — and at least two), fewest columns on a tie, never a
 * sub-total together with its own parts; undefined when none holds.
 * @example findSumOf({ col: 4, values: [3, 7] }, [{ col: 1, values: [1, 3] }, { col: 2, values: [2, 4] }]) //=> [1, 2]
 */
export function findSumOf(total: SumColumn, candidates: readonly SumColumn[]): readonly number[] | undefined {
  const rows = sampleRows(total.values.length);
  const usable = statedOn(total, rows);
  if (usable.length < 2 || candidates.length < 2) return undefined;
  let tied: (readonly SumColumn[])[] = [];
  let bestHolds = -1;
  for (const combo of combinations(candidates)) {
    if (combo.length < 2 || doubleCounts(combo)) continue;
    const holds = usable.filter(({ row, stated }) => sumHolds(stated, combo, row)).length;
    if (holds > bestHolds) {
      bestHolds = holds;
      tied = [combo];
    } else if (holds === bestHolds) tied.push(combo);
  }
  const sampleMisses = Math.max(1, Math.floor(usable.length * (1 - NEARLY_EVERY_ROW)));
  if (bestHolds < Math.max(2, usable.length - sampleMisses)) return undefined;
  // The sample can tie a subset with the whole (parts that are zero on the sampled rows): every row decides.
  const all = statedOn(total, total.values.keys());
  let best: { cols: readonly SumColumn[]; holds: number } | undefined;
  for (const combo of tied.slice(0, MAX_TIED)) {
    const holds = tied.length === 1 && all.length === usable.length ? bestHolds : countHolds(combo, all);
    if (!best || holds > best.holds || (holds === best.holds && isSimpler(combo, best.cols, total.col))) {
      best = { cols: combo, holds };
    }
  }
  const allowedMisses = Math.max(1, Math.floor(all.length * (1 - NEARLY_EVERY_ROW)));
  if (!best || best.holds < Math.max(2, all.length - allowedMisses)) return undefined;
  return best.cols.map((c) => c.col).sort((a, b) => a - b);
}

/** The rows (of `rows`) where the total column states a number, with that number. */
function statedOn(total: SumColumn, rows: Iterable<number>): { row: number; stated: number }[] {
  const out: { row: number; stated: number }[] = [];
  for (const row of rows) {
    const stated = total.values[row];
    if (stated !== undefined) out.push({ row, stated });
  }
  return out;
}

function countHolds(combo: readonly SumColumn[], rows: readonly { row: number; stated: number }[]): number {
  let n = 0;
  for (const { row, stated } of rows) if (sumHolds(stated, combo, row)) n++;
  return n;
}

function sumHolds(stated: number, combo: readonly SumColumn[], row: number): boolean {
  let s = 0;
  for (const c of combo) s += c.values[row] ?? 0;
  // Detection only: the exact comparison happens in the checks.
  return Math.abs(s - stated) <= 1e-9 * Math.max(1, Math.abs(stated));
}

/** A total together with any of its own parts would count them twice. */
function doubleCounts(combo: readonly SumColumn[]): boolean {
  const cols = new Set(combo.map((c) => c.col));
  return combo.some((c) => c.sumOf?.some((p) => cols.has(p)));
}

/** Fewer columns first, then columns left of the total, then the lower columns. */
function isSimpler(a: readonly SumColumn[], b: readonly SumColumn[], totalCol: number): boolean {
  if (a.length !== b.length) return a.length < b.length;
  const leftA = a.filter((c) => c.col < totalCol).length;
  const leftB = b.filter((c) => c.col < totalCol).length;
  if (leftA !== leftB) return leftA > leftB;
  return a.map((c) => c.col).join(',') < b.map((c) => c.col).join(',');
}

/** All subsets when few; otherwise contiguous runs (the usual layout), with and without nested totals' parts. */
function* combinations(candidates: readonly SumColumn[]): Generator<readonly SumColumn[]> {
  const sorted = [...candidates].sort((a, b) => a.col - b.col);
  if (sorted.length <= EXHAUSTIVE_LIMIT) {
    for (let mask = 1; mask < 1 << sorted.length; mask++) yield sorted.filter((_, i) => mask & (1 << i));
    return;
  }
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const run = sorted.slice(i, j + 1);
      yield run;
      const inner = new Set(run.flatMap((c) => c.sumOf ?? []));
      yield run.filter((c) => !inner.has(c.col));
      yield run.filter((c) => !c.sumOf);
    }
  }
}

function sampleRows(n: number): number[] {
  if (n <= SAMPLE_ROWS) return Array.from({ length: n }, (_, i) => i);
  const step = n / SAMPLE_ROWS;
  return Array.from({ length: SAMPLE_ROWS }, (_, i) => Math.floor(i * step));
}
