import { allocateLargestRemainder } from '../domain/allocation/allocateLargestRemainder';
import { type RoundingOptions } from '../domain/allocation/RoundingOutcome';
import { compare, div, isMultipleOf, sign, sum, ZERO } from '../domain/money/arithmetic';
import { type Rational } from '../domain/money/Rational';
import { DEFAULT_ROUNDING_UNIT } from '../domain/money/roundingUnits';
import { clampedAt, type LimitedUnit, solveLimits } from '../domain/plan/solveLimits';
import { engineProblemToFormulaError } from './engineProblemToFormulaError';
import { formulaError, type FormulaResult, isFormulaError } from './FormulaError';
import { readBounds } from './readBounds';
import { readCodes } from './readCodes';
import { readKey } from './readKey';
import { readRequiredScalar, readScalar } from './readScalar';
import { toSpill } from './toSpill';

/**
 * FORDELA: splits `belopp` over the key rows by largest remainder in the rounding unit, so the amounts add up
 * exactly to `belopp` and each is within one unit of its exact share. Floors/caps (golv/tak) lift or hold units
 * and the others pay pro rata. Ties: larger key, then lower code (`koder`), then earlier row.
 * Arguments are what Excel passes (ranges as unknown[][], omitted optionals as null/undefined).
 * @example fordela(13, [[1], [2], [3], [4]]) //=> [[1], [3], [4], [5]]
 */
export function fordela(
  belopp: unknown,
  nyckel: unknown,
  golv?: unknown,
  tak?: unknown,
  avrundning?: unknown,
  koder?: unknown,
): FormulaResult<number[][]> {
  const amount = readRequiredScalar(belopp, 'belopp');
  if (isFormulaError(amount)) return amount;
  const unit = readRoundingUnit(avrundning);
  if (isFormulaError(unit)) return unit;
  const key = readKey(nyckel, 'refuse');
  if (isFormulaError(key)) return key;
  const n = key.values.length;
  if (!isMultipleOf(amount, unit)) return formulaError('amount-not-multiple', { field: 'belopp' });
  const codes = readCodes(koder, n);
  if (isFormulaError(codes)) return codes;
  const floors = readBounds(golv, 'golv', n, unit);
  if (isFormulaError(floors)) return floors;
  const caps = readBounds(tak, 'tak', n, unit);
  if (isFormulaError(caps)) return caps;

  let weights: readonly Rational[] = key.values;
  if (floors !== undefined || caps !== undefined) {
    const bounded = boundWeights(amount, key.values, floors ?? [], caps ?? []);
    if (isFormulaError(bounded)) return bounded;
    if (bounded === 'all-zero')
      return toSpill(
        key.values.map(() => ZERO),
        key.orientation,
      );
    weights = bounded;
  }
  const tieWeights = key.values;
  const options: RoundingOptions =
    codes === undefined ? { unit, tieWeights } : { unit, tieKeys: codes, tieWeights };
  const result = allocateLargestRemainder(amount, weights, options);
  if (!result.ok) return engineProblemToFormulaError(result.problems);
  return toSpill(result.amounts, key.orientation);
}

/** The avrundning argument: default 1 kr; must be > 0. */
export function readRoundingUnit(arg: unknown): FormulaResult<Rational> {
  const unit = readScalar(arg, 'avrundning');
  if (isFormulaError(unit)) return unit;
  if (unit === undefined) return DEFAULT_ROUNDING_UNIT;
  return sign(unit) > 0 ? unit : formulaError('bad-rounding-unit');
}

/**
 * Checks feasibility and returns the exact bounded amounts from the plan engine's solver (the same
 * clamp-and-redistribute as a pot's golv/tak step), which then serve as the weights of one largest-remainder
 * pass: a clamped unit's amount is a whole multiple of the unit (remainder 0), a free unit lies strictly inside its
 * bounds, so rounding it by at most one unit cannot cross a bound that is itself a multiple.
 */
function boundWeights(
  amount: Rational,
  key: readonly Rational[],
  floorArg: readonly (Rational | undefined)[],
  capArg: readonly (Rational | undefined)[],
): FormulaResult<Rational[] | 'all-zero'> {
  if (sign(amount) < 0) return formulaError('bounds-need-positive-amount');
  const rows = key.map((weight, i) => ({ weight, floor: floorArg[i] ?? ZERO, cap: capArg[i] }));
  const capBelowFloor = rows.findIndex(({ floor, cap }) => cap !== undefined && compare(cap, floor) < 0);
  if (capBelowFloor >= 0) return formulaError('cap-below-floor', { row: capBelowFloor + 1 });
  if (compare(sum(rows.map((r) => r.floor)), amount) > 0) return formulaError('floors-exceed-amount');
  const uncapped = rows.some(({ weight, cap }) => sign(weight) > 0 && cap === undefined);
  const ceiling = sum(rows.map(({ weight, floor, cap }) => (sign(weight) > 0 ? (cap ?? ZERO) : floor)));
  if (!uncapped && compare(ceiling, amount) < 0) return formulaError('caps-below-amount');
  if (sign(amount) === 0) return 'all-zero';
  const total = sum(key);
  const limited: LimitedUnit[] = rows.map(({ weight, floor, cap }) =>
    cap === undefined
      ? { pre: ZERO, share: div(weight, total), floor }
      : { pre: ZERO, share: div(weight, total), floor, cap },
  );
  const lambda = solveLimits(limited, amount);
  // The checks above are exactly the solver's feasibility conditions, so it always finds a level here.
  if (lambda === undefined) return formulaError('caps-below-amount');
  return limited.map((u) => clampedAt(u, lambda));
}
