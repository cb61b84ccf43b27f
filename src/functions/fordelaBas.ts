import { allocateLargestRemainder } from '../domain/allocation/allocateLargestRemainder';
import { add, compare, fromBigInt, isMultipleOf, mul, sign, sub } from '../domain/money/arithmetic';
import { engineProblemToFormulaError } from './engineProblemToFormulaError';
import { formulaError, type FormulaResult, isFormulaError } from './FormulaError';
import { readRoundingUnit } from './fordela';
import { readCodes } from './readCodes';
import { readKey } from './readKey';
import { readRequiredScalar } from './readScalar';
import { toSpill } from './toSpill';

/**
 * FORDELA.BAS: the same `grundbelopp` to every key row, then the rest (belopp − n·grundbelopp) by the key with
 * largest remainder, so Σ = belopp exactly (the ambulans model: 500 000 kr per region + rest by population).
 * Not a floor: every unit gets the base on top of its share of the rest.
 * @example fordelaBas(1000, 200, [[1], [1], [8]]) //=> [[240], [240], [520]]
 */
export function fordelaBas(
  belopp: unknown,
  grundbelopp: unknown,
  nyckel: unknown,
  avrundning?: unknown,
  koder?: unknown,
): FormulaResult<number[][]> {
  const amount = readRequiredScalar(belopp, 'belopp');
  if (isFormulaError(amount)) return amount;
  const base = readRequiredScalar(grundbelopp, 'grundbelopp');
  if (isFormulaError(base)) return base;
  const unit = readRoundingUnit(avrundning);
  if (isFormulaError(unit)) return unit;
  const key = readKey(nyckel, 'refuse');
  if (isFormulaError(key)) return key;
  if (sign(base) < 0) return formulaError('negative-base');
  if (!isMultipleOf(amount, unit)) return formulaError('amount-not-multiple', { field: 'belopp' });
  if (!isMultipleOf(base, unit)) return formulaError('amount-not-multiple', { field: 'grundbelopp' });
  const codes = readCodes(koder, key.values.length);
  if (isFormulaError(codes)) return codes;
  const rest = sub(amount, mul(base, fromBigInt(BigInt(key.values.length))));
  if (sign(base) > 0 && compare(rest, { num: 0n, den: 1n }) < 0) return formulaError('base-exceeds-amount');
  const result = allocateLargestRemainder(
    rest,
    key.values,
    codes === undefined ? { unit } : { unit, tieKeys: codes },
  );
  if (!result.ok) return engineProblemToFormulaError(result.problems);
  return toSpill(
    result.amounts.map((a) => add(a, base)),
    key.orientation,
  );
}
