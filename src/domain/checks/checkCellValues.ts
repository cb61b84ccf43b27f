import { MESSAGES } from '../findings/messages';
import { cellAddressIn } from '../table/cellAddressIn';
import { type Finding } from '../findings/Finding';
import { defined, InvariantError } from '../errors';
import { DEFAULT_MIN_REPEAT, repeatedFinding } from '../findings/aggregateFindings';
import { type TableCell, type TableColumn, type TableModel, type TableRow } from '../table/TableModel';
import { trimmedLabel } from './tableFacts';

const NUMERIC_ROLES: ReadonlySet<TableColumn['role']> = new Set([
  'amount',
  'total',
  'indicator',
  'share',
  'average',
]);

/** The three findings on single cells, in the order a cell is examined. */
const KINDS = ['error-value', 'number-as-text', 'negative-amount'] as const;
type Kind = 0 | 1 | 2;

/** One finding as it was met: the kind, the table column and the row (an index into the rows examined). */
interface Met {
  readonly kind: Kind;
  readonly column: number;
  readonly row: number;
}

/**
 * number-as-text, error-value and negative-amount on the unit rows and total row of a table. Number-as-text only
 * in columns of numbers to compute with (amounts, counts, shares, averages): codes ("0114"), periods ("09"),
 * ranks and categories are labels, and turning them into numbers would destroy them. Repeated findings of one kind
 * in one column come back as one finding with a count (as {@link aggregateFindings} tells them), built once for
 * the column rather than once per cell: a long export can hold 90 000 numbers stored as text.
 * @example checkCellValues(tableWithTextC5)[0] //=> { code: 'number-as-text', cells: ['C5'], … }
 */
export function checkCellValues(table: TableModel): Finding[] {
  const rows = table.totalRow ? [...table.rows, table.totalRow] : table.rows;
  // What each column asks for, decided once (a long sheet has hundreds of thousands of cells).
  const columns = table.columns.map((column) => ({
    header: column.header,
    skip: column.role === 'unit' || column.role === 'code',
    numeric: NUMERIC_ROLES.has(column.role),
    amount: column.role === 'amount' || column.role === 'total',
  }));
  const met: Met[] = [];
  // Plain loops, row by row: no call per cell of a long table.
  for (let r = 0; r < rows.length; r++) {
    const row = defined(rows[r], 'row examined');
    const isTotal = row === table.totalRow;
    const cells = row.cells;
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i];
      const cell = cells[i];
      if (!cell || !column || column.skip) continue;
      if (cell.error !== undefined) met.push({ kind: 0, column: i, row: r });
      else if (cell.numberFromText && column.numeric) met.push({ kind: 1, column: i, row: r });
      if (column.amount && !isTotal && cell.number !== undefined && cell.number < 0) {
        met.push({ kind: 2, column: i, row: r });
      }
    }
  }
  const finding = (m: Met): Finding => {
    const row = rows[m.row];
    const cell = row?.cells[m.column];
    if (!row || !cell) throw new InvariantError('a finding outside the rows examined');
    const address = cellAddressIn(table, row, m.column);
    return cellFinding(table.sheet, KINDS[m.kind], columns[m.column]?.header ?? '', row, cell, address);
  };
  // A turned table's columns are not sheet columns: there the caller groups by the sheet's own letters.
  if (table.transposed) return met.map(finding);
  const groupOf = (m: Met): number => m.column * KINDS.length + m.kind;
  const cellsOf = new Map<number, string[]>();
  for (const m of met) {
    const row = rows[m.row];
    const address = row?.cells[m.column] ? cellAddressIn(table, row, m.column) : '';
    const cells = cellsOf.get(groupOf(m));
    if (cells) cells.push(address);
    else cellsOf.set(groupOf(m), [address]);
  }
  const findings: Finding[] = [];
  const told = new Set<number>();
  for (const m of met) {
    const group = groupOf(m);
    const cells = cellsOf.get(group) ?? [];
    if (cells.length < DEFAULT_MIN_REPEAT) findings.push(finding(m));
    else if (!told.has(group)) {
      told.add(group);
      findings.push(repeatedFinding(finding(m), cells, cells.length));
    }
  }
  return findings;
}

/** One finding about one cell, with the unit its row names. */
function cellFinding(
  sheet: string,
  code: (typeof KINDS)[number],
  header: string,
  row: TableRow,
  cell: TableCell,
  address: string,
): Finding {
  const unit = trimmedLabel(row);
  const base = {
    sheet,
    cells: [address],
    column: header,
    ...(unit ? { unit } : {}),
    ...(row.unit ? { unitCode: row.unit.code } : {}),
  };
  switch (code) {
    case 'error-value':
      return {
        ...base,
        code,
        severity: 'error',
        message: MESSAGES.errorValue({ cell: address, error: cell.error ?? '' }),
      };
    case 'number-as-text':
      return {
        ...base,
        code,
        severity: 'warning',
        message: MESSAGES.numberAsText({ cell: address, text: cell.text ?? '' }),
      };
    case 'negative-amount':
      return {
        ...base,
        code,
        severity: 'warning',
        message: MESSAGES.negativeAmount({ cell: address, value: cell.number ?? 0 }),
      };
  }
}
