import type fc from 'fast-check';

/**
 * fast-check settings for the engine properties: FC_SEED replays a run (fast-check prints the seed and path of
 * any failure), FUZZ_RUNS sets the number of runs (default 200).
 */
export function fuzzParameters<T>(): fc.Parameters<T> {
  const seed = process.env.FC_SEED;
  const runs = Number(process.env.FUZZ_RUNS ?? 200);
  return { numRuns: runs, ...(seed !== undefined ? { seed: Number(seed) } : {}) };
}
