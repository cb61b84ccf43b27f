import { type Rational } from '../money/Rational';
import { type AllocationUnit } from './Allocation';
import { allocateCumulative } from './allocateCumulative';
import { allocateLargestRemainder } from './allocateLargestRemainder';
import { allocateRoundEach } from './allocateRoundEach';
import { type EngineProblem } from './EngineProblem';
import { type RoundingTrace } from './RoundingOutcome';
import { defined } from '../errors';

/** A unit and its key value, as the CLI's `allocate --key --total` reads them. */
export interface KeyedUnit extends AllocationUnit {
  readonly key: Rational;
}

/** Input of {@link allocateByKey}. */
export interface AllocateByKeyInput {
  readonly total: Rational;
  readonly units: readonly KeyedUnit[];
  /** Rounding unit; default 1 kr. */
  readonly unit?: Rational | undefined;
  /** Default largest remainder. */
  readonly method?: 'largest-remainder' | 'round-each' | 'cumulative';
}

/** One unit's result: the unit, its key, its amount and how it was rounded. */
export interface KeyedAllocation {
  readonly unit: AllocationUnit;
  readonly key: Rational;
  readonly amount: Rational;
  readonly trace: RoundingTrace;
}

/** Result of {@link allocateByKey}: per unit in input order, plus Σ − total (0 unless round-each). */
export type AllocateByKeyResult =
  | { readonly ok: true; readonly allocations: readonly KeyedAllocation[]; readonly drift: Rational }
  | { readonly ok: false; readonly problems: readonly EngineProblem[] };

/**
 * Splits a total over units by one key column; ties break by larger key, then lower official code.
 * @example allocateByKey({ total: 100 kr, units: [{ id: 'a', name: 'A', key: 1 }, { id: 'b', name: 'B', key: 3 }] })
 * //=> amounts 25 and 75 kr
 */
export function allocateByKey(input: AllocateByKeyInput): AllocateByKeyResult {
  const allocate =
    input.method === 'round-each'
      ? allocateRoundEach
      : input.method === 'cumulative'
        ? allocateCumulative
        : allocateLargestRemainder;
  const keys = input.units.map((u) => u.key);
  const result = allocate(input.total, keys, {
    unit: input.unit,
    tieKeys: input.units.map((u) => u.code),
    names: input.units.map((u) => u.name),
  });
  if (!result.ok) return result;
  const allocations = input.units.map((u, i): KeyedAllocation => ({
    unit: u.code === undefined ? { id: u.id, name: u.name } : { id: u.id, code: u.code, name: u.name },
    key: u.key,
    amount: defined(result.amounts[i], 'amount'),
    trace: defined(result.trace[i], 'trace'),
  }));
  return { ok: true, allocations, drift: result.drift };
}
