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
  const rows = table.totalRow ? [...table.rows, table.totalRow] : table.rows;
  // What each column asks for, decided once (a long sheet has hundreds of thousands of cells).
  const columns = table.columns.map((column) => ({
    header: column.header,
    skip: column.role === 'unit' || column.role === 'code',
    numeric: NUMERIC_ROLES.has(column.role),
    amount: column.role === 'amount' || column.role === 'total',
  }));
  const sheet = table.sheet;
  for (const row of rows) {
    const unit = trimmedLabel(row);
    const who = { ...(unit ? { unit } : {}), ...(row.unit ? { unitCode: row.unit.code } : {}) };
    const isTotal = row === table.totalRow;
    for (let i = 0; i < columns.length; i++) {
      const cell = row.cells[i];
      const column = columns[i]!;
      if (!cell || column.skip) continue;
      const address = cell.address;
      if (cell.error !== undefined) {
        findings.push({
          sheet,
          cells: [address],
          column: column.header,
          ...who,
          code: 'error-value',
          severity: 'error',
          message: MESSAGES.errorValue({ cell: address, error: cell.error }),
        });
      } else if (cell.numberFromText && column.numeric) {
        findings.push({
          sheet,
          cells: [address],
          column: column.header,
          ...who,
          code: 'number-as-text',
          severity: 'warning',
          message: MESSAGES.numberAsText({ cell: address, text: cell.text ?? '' }),
        });
      }
      if (column.amount && !isTotal && cell.number !== undefined && cell.number < 0) {
        findings.push({
          sheet,
          cells: [address],
          column: column.header,
          ...who,
          code: 'negative-amount',
          severity: 'warning',
          message: MESSAGES.negativeAmount({ cell: address, value: cell.number }),
        });
      }
    }
  }
  return findings;
}
