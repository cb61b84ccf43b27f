import { MESSAGES } from '../findings/messages';
import { type Finding } from '../findings/Finding';
import { fromNumber } from '../money/fromNumber';
import { mul, sub } from '../money/arithmetic';
import { type Rational } from '../money/Rational';
import { toNumber } from '../money/toNumber';
import { type TableModel, type TableRow } from '../table/TableModel';
import { exactOf, exactSum, trimmedLabel } from './tableFacts';

/**
 * row-total-mismatch: in every unit row and the total row, each total column against the exact sum of the
 * columns it was found to sum (nested totals counted once).
 * @example checkRowTotals(bilaga4)[0] //=> { unit: 'Västra Götaland', column: 'Totalt', delta: -1, … }
 */
export function checkRowTotals(table: TableModel): Finding[] {
  const findings: Finding[] = [];
  const rows: TableRow[] = [...table.rows, ...(table.totalRow ? [table.totalRow] : [])];
  table.columns.forEach((column, t) => {
    if (column.role !== 'total' || !column.sumOf) return;
    const partIdx = column.sumOf
      .map((col) => table.columns.findIndex((c) => c.col === col))
      .filter((i) => i >= 0);
    // A total of indicator columns (e.g. population by age group) is a count, not kronor.
    const kronor = !partIdx.every((i) => table.columns[i]!.role === 'indicator');
    const scale = fromNumber(column.scale ?? 1);
    const kr = (r: Rational): number => toNumber(mul(r, scale));
    for (const row of rows) {
      const stated = exactOf(row.cells[t]);
      if (!stated || partIdx.some((i) => row.cells[i]?.error !== undefined)) continue;
      const computed = exactSum(
        partIdx.flatMap((i) => (row.cells[i]?.number === undefined ? [] : [row.cells[i]!.number!])),
      );
      const delta = sub(stated, computed);
      if (delta.num === 0n) continue;
      const cell = row.cells[t]!.address;
      const unit = trimmedLabel(row);
      findings.push({
        code: 'row-total-mismatch',
        severity: 'error',
        sheet: table.sheet,
        cells: [cell, ...partIdx.map((i) => row.cells[i]!.address)],
        ...(unit ? { unit } : {}),
        ...(row.unit ? { unitCode: row.unit.code } : {}),
        column: column.header,
        stated: kr(stated),
        computed: kr(computed),
        delta: kr(delta),
        message: MESSAGES.rowTotalMismatch({
          unit: unit || cell,
          column: column.header,
          cell,
          parts: partIdx.map((i) => table.columns[i]!.header || table.columns[i]!.letter),
          stated: kr(stated),
          computed: kr(computed),
          delta: kr(delta),
          kronor,
        }),
      });
    }
  });
  return findings;
}
