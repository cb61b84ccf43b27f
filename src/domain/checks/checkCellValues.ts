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
    // Who the row is, made only when it has a finding (most rows of a long sheet have none).
    let who: { unit?: string; unitCode?: string } | undefined;
    const whoOf = (): { unit?: string; unitCode?: string } => {
      if (who) return who;
      const unit = trimmedLabel(row);
      who = { ...(unit ? { unit } : {}), ...(row.unit ? { unitCode: row.unit.code } : {}) };
      return who;
    };
    const isTotal = row === table.totalRow;
    columns.forEach((column, i) => {
      const cell = row.cells[i];
      if (!cell || column.skip) return;
      const address = cell.address;
      if (cell.error !== undefined) {
        findings.push({
          sheet,
          cells: [address],
          column: column.header,
          ...whoOf(),
          code: 'error-value',
          severity: 'error',
          message: MESSAGES.errorValue({ cell: address, error: cell.error }),
        });
      } else if (cell.numberFromText && column.numeric) {
        findings.push({
          sheet,
          cells: [address],
          column: column.header,
          ...whoOf(),
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
          ...whoOf(),
          code: 'negative-amount',
          severity: 'warning',
          message: MESSAGES.negativeAmount({ cell: address, value: cell.number }),
        });
      }
    });
  }
  return findings;
}
