import { fromNumber } from '../domain/money/fromNumber';
import { type Rational } from '../domain/money/Rational';
import { formulaError, type FormulaResult } from './FormulaError';
import { type FieldName } from './formulaMessages';

/** What an empty cell means: an error (keys), zero (sums, like SUM), or "no value" (per-unit floors/caps). */
export type BlankPolicy = 'error' | 'zero' | 'absent';

/**
 * Reads cells as exact numbers, naming the 1-based row of the first cell that is not one. Text is refused even
 * when it looks like a number ("1 264 598"): a live formula must not guess, the checker reports those cells.
 * @example readNumbers([1, 2.5], 'nyckel', 'error') //=> [1, 5/2] as Rationals
 */
export function readNumbers<P extends BlankPolicy>(
  cells: readonly unknown[],
  field: FieldName,
  blank: P,
): FormulaResult<(P extends 'absent' ? Rational | undefined : Rational)[]> {
  const out: (Rational | undefined)[] = [];
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i];
    const row = i + 1;
    if (isBlank(v)) {
      if (blank === 'error') return formulaError('blank-in-range', { field, row });
      out.push(blank === 'zero' ? { num: 0n, den: 1n } : undefined);
    } else if (typeof v === 'number') {
      if (!Number.isFinite(v)) return formulaError('not-a-number', { field, row });
      out.push(fromNumber(v));
    } else {
      return formulaError('text-in-range', { field, row });
    }
  }
  return out as (P extends 'absent' ? Rational | undefined : Rational)[];
}

/** Excel on the web passes an empty cell as null, the preview as '' and an omitted argument as undefined. */
export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || v === '';
}
