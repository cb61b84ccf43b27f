import { formulaError, type FormulaResult, isFormulaError } from './FormulaError';
import { isBlank } from './readNumbers';
import { readVector } from './readVector';

/**
 * Reads the optional unit codes that break remainder ties (lower code first). Codes typed as numbers lose
 * their leading zero in Excel (0180 → 180), so all-digit codes are zero-padded to one width before comparing.
 * @example readCodes([[180], ['2084']], 2) //=> ['0180', '2084']
 */
export function readCodes(arg: unknown, expected: number): FormulaResult<(string | undefined)[] | undefined> {
  if (isBlank(arg)) return undefined;
  const vector = readVector(arg, 'koder');
  if (isFormulaError(vector)) return vector;
  if (vector.cells.length !== expected)
    return formulaError('length-mismatch', { field: 'koder', expected, actual: vector.cells.length });
  const raw = vector.cells.map((c) => (isBlank(c) ? undefined : String(c).trim()));
  const width = Math.max(0, ...raw.map((c) => (c !== undefined && /^\d+$/.test(c) ? c.length : 0)));
  return raw.map((c) => (c !== undefined && /^\d+$/.test(c) ? c.padStart(width, '0') : c));
}
