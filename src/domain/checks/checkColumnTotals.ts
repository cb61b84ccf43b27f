import { MESSAGES } from '../findings/messages';
import { type Finding } from '../findings/Finding';
import { fromNumber } from '../money/fromNumber';
import { mul, sub } from '../money/arithmetic';
import { toNumber } from '../money/toNumber';
import { type Rational } from '../money/Rational';
import { type TableModel } from '../table/TableModel';
import { exactOf, exactSum, isKronorColumn, SUMMED_ROLES } from './tableFacts';

/**
 * column-total-mismatch: each stated total in the total row against the exact sum of the unit rows above it
 * (numbers typed as text included, as the author meant them). Delta = stated − computed, in kronor.
 * @example checkColumnTotals(jonkoping)[0].delta //=> 1689
 */
export function checkColumnTotals(table: TableModel): Finding[] {
  const total = table.totalRow;
  if (!total) return [];
  const findings: Finding[] = [];
  table.columns.forEach((column, i) => {
    if (!SUMMED_ROLES.has(column.role)) return;
    const stated = exactOf(total.cells[i]);
    if (!stated) return;
    const parts: number[] = [];
    for (const row of table.rows) {
      const cell = row.cells[i];
      if (cell?.error !== undefined) return; // error-value reports it; a sum over an error means nothing
      if (cell?.number !== undefined) parts.push(cell.number);
    }
    const computed = exactSum(parts);
    const delta = sub(stated, computed);
    if (delta.num === 0n) return;
    const scale = fromNumber(column.scale ?? 1);
    const kr = (r: Rational): number => toNumber(mul(r, scale));
    const cell = total.cells[i]!.address;
    findings.push({
      code: 'column-total-mismatch',
      severity: 'error',
      sheet: table.sheet,
      cells: [cell],
      column: column.header,
      stated: kr(stated),
      computed: kr(computed),
      delta: kr(delta),
      message: MESSAGES.columnTotalMismatch({
        column: column.header,
        cell,
        stated: kr(stated),
        computed: kr(computed),
        delta: kr(delta),
        kronor: isKronorColumn(column),
      }),
    });
  });
  return findings;
}
