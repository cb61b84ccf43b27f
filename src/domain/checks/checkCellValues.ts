import { MESSAGES } from '../findings/messages';
import { type Finding } from '../findings/Finding';
import { type TableModel } from '../table/TableModel';
import { type TableColumn } from '../table/TableModel';
import { trimmedLabel } from './tableFacts';

const NUMERIC_ROLES: ReadonlySet<TableColumn['role']> = new Set([
  'amount',
  'total',
  'indicator',
  'share',
  'average',
]);

/**
 * number-as-text, error-value and negative-amount on the unit rows and total row of a table. Number-as-text only
 * in columns of numbers to compute with (amounts, counts, shares, averages): codes ("0114"), periods ("09"),
 * ranks and categories are labels, and turning them into numbers would destroy them.
 * @example checkCellValues(tableWithTextC5)[0] //=> { code: 'number-as-text', cells: ['C5'], … }
 */
export function checkCellValues(table: TableModel): Finding[] {
  const findings: Finding[] = [];
  const rows = [...table.rows, ...(table.totalRow ? [table.totalRow] : [])];
  for (const row of rows) {
    const unit = trimmedLabel(row);
    const who = { ...(unit ? { unit } : {}), ...(row.unit ? { unitCode: row.unit.code } : {}) };
    table.columns.forEach((column, i) => {
      const cell = row.cells[i];
      if (!cell || column.role === 'unit' || column.role === 'code') return;
      const base = { sheet: table.sheet, cells: [cell.address], column: column.header, ...who };
      if (cell.error !== undefined) {
        findings.push({
          ...base,
          code: 'error-value',
          severity: 'error',
          message: MESSAGES.errorValue({ cell: cell.address, error: cell.error }),
        });
      } else if (cell.numberFromText && NUMERIC_ROLES.has(column.role)) {
        findings.push({
          ...base,
          code: 'number-as-text',
          severity: 'warning',
          message: MESSAGES.numberAsText({ cell: cell.address, text: cell.text ?? '' }),
        });
      }
      const amount = column.role === 'amount' || column.role === 'total';
      if (amount && row !== table.totalRow && cell.number !== undefined && cell.number < 0) {
        findings.push({
          ...base,
          code: 'negative-amount',
          severity: 'warning',
          message: MESSAGES.negativeAmount({ cell: cell.address, value: cell.number }),
        });
      }
    });
  }
  return findings;
}
