import fc from 'fast-check';

/** The seed every CI run replays, so a property that once passed keeps being checked on the same cases. */
export const FIXED_SEED = 20261126;

/**
 * Runs an engine property twice: with {@link FIXED_SEED} (the same cases every run) and with a fresh random seed
 * (new cases; on failure fast-check prints the seed and path to replay). FC_SEED replays one run instead;
 * FUZZ_RUNS sets the number of cases per run (default 200).
 */
export function assertProperty<Ts>(property: fc.IProperty<Ts>): void {
  const runs = Number(process.env.FUZZ_RUNS ?? 200);
  const replay = process.env.FC_SEED;
  if (replay !== undefined) {
    fc.assert(property, { numRuns: runs, seed: Number(replay) });
    return;
  }
  fc.assert(property, { numRuns: runs, seed: FIXED_SEED });
  fc.assert(property, { numRuns: runs });
}
