import { sub, sum } from '../domain/money/arithmetic';
import { type Rational } from '../domain/money/Rational';
import { toNumber } from '../domain/money/toNumber';
import { formulaError, type FormulaResult, isFormulaError } from './FormulaError';
import { readNumbers } from './readNumbers';
import { readRequiredScalar } from './readScalar';
import { asMatrix } from './readVector';

/**
 * KONTROLL: Σ delar − total, exact (0 when the parts reconcile; the sign says which way they miss). The same
 * direction as the control row `=SUM(col) − ram` on the Fördelning sheet, and the opposite of a finding's delta
 * (stated − computed): parts 1 689 kr short of their total give −1 689 here. The description says so. Blank cells
 * count as 0 like SUM; text is refused with its row, because SUM silently skipping "1 264 598" is how published
 * tables end up 1 689 kr off. Decimals are summed exactly: 0,1 + 0,2 − 0,3 is 0, not 5,55E-17.
 * @example kontroll([[100], [200]], 300) //=> 0
 */
export function kontroll(delar: unknown, total: unknown): FormulaResult<number> {
  const expected = readRequiredScalar(total, 'total');
  if (isFormulaError(expected)) return expected;
  const rows = asMatrix(delar);
  const parts: Rational[] = [];
  for (const [r, row] of rows.entries()) {
    const values = readNumbers(row, 'delar', 'zero');
    // readNumbers counts cells within the row; the user looks for the row of the range.
    if (isFormulaError(values)) return formulaError(values.code, { field: 'delar', row: r + 1 });
    parts.push(...values);
  }
  return toNumber(sub(sum(parts), expected));
}
