import { rational, sum } from '../money/arithmetic';
import { cellAddressIn } from '../table/cellAddressIn';
import { fromNumber } from '../money/fromNumber';
import { type Rational } from '../money/Rational';
import { type TableCell, type TableColumn, type TableModel, type TableRow } from '../table/TableModel';
import { normalizeLabel } from '../units/normalizeLabel';

/** Roles whose cells are numbers that add up down a column. */
export const SUMMED_ROLES: ReadonlySet<TableColumn['role']> = new Set(['amount', 'total', 'indicator']);

/**
 * Whether a column's numbers are kronor (amounts and their totals), so messages say "kr"; indicators
 * (population, mottagare) are counts and get no unit, nor does an amount column known not to be kronor.
 * @example isKronorColumn({ role: 'indicator' }) //=> false
 */
export function isKronorColumn(column: Pick<TableColumn, 'role' | 'kronor'>): boolean {
  return (column.role === 'amount' || column.role === 'total') && column.kronor !== false;
}

/**
 * A row's label as written, without the stray spaces (the form findings name units by).
 * @example trimmedLabel({ label: 'Leksand ' }) //=> 'Leksand'
 */
export function trimmedLabel(row: Pick<TableRow, 'label'>): string {
  return row.label.replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();
}

/**
 * The exact value of a numeric cell (the decimal it displays), undefined when it holds no number.
 * @example exactOf({ number: 0.1 }) //=> { num: 1n, den: 10n }
 */
export function exactOf(cell: TableCell | undefined): Rational | undefined {
  return cell?.number === undefined ? undefined : fromNumber(cell.number);
}

/**
 * Index in `table.columns` of the column named by header (as written, case/space-insensitive) or letter. A name
 * that is only the group of a two-row header ("Folkmängd 31 december" over "– 2020" and "– 2019") means its first
 * column, as a reader of the sheet would take it.
 * @example columnIndexOf(table, 'folkmängd') //=> 1 (the column headed "Folkmängd")
 * @example columnIndexOf(table, 'C') //=> the index of the column in sheet column C
 */
export function columnIndexOf(table: TableModel, nameOrLetter: string): number {
  const want = normalizeLabel(nameOrLetter);
  const byHeader = table.columns.findIndex((c) => normalizeLabel(c.header) === want);
  if (byHeader >= 0) return byHeader;
  const byGroup =
    want === '' ? -1 : table.columns.findIndex((c) => normalizeLabel(c.header).startsWith(`${want} – `));
  if (byGroup >= 0) return byGroup;
  return /^[A-Za-z]{1,3}$/.test(nameOrLetter.trim())
    ? table.columns.findIndex((c) => c.letter === nameOrLetter.trim().toUpperCase())
    : -1;
}

/**
 * The label column's cell of a row (for findings about the unit itself).
 * @example labelCell(table, table.rows[0]) //=> 'A5'
 */
export function labelCell(table: TableModel, row: TableRow): string {
  const i = table.columns.findIndex((c) => c.role === 'unit');
  return row.cells[i] ? cellAddressIn(table, row, i) : '';
}

/**
 * The exact sum of cell values: plain integer addition while it stays exact (the common case, fast on 100 000
 * rows), exact rationals otherwise.
 * @example exactSum([0.1, 0.2]) //=> { num: 3n, den: 10n }
 */
export function exactSum(values: readonly number[]): Rational {
  let acc = 0;
  for (const v of values) {
    if (!Number.isInteger(v)) return sum(values.map(fromNumber));
    acc += v;
    if (!Number.isSafeInteger(acc)) return sum(values.map(fromNumber));
  }
  return rational(BigInt(acc));
}

/**
 * Whether a label says "sum" (Summa, Totalt, Total, S:a, Delsumma) or is blank, as opposed to an aggregate that
 * may be a rate or another population (Riket, Sverige, Samtliga, Länet).
 * @example isSumLabel('Summa') //=> true
 * @example isSumLabel('Riket') //=> false
 */
export function isSumLabel(label: string): boolean {
  const t = normalizeLabel(label).replace(/^[|*\s]+|[|*\s]+$/gu, '');
  return t === '' || /^(summa|s:a|totalt?|totalsumma|slutsumma|delsumma|sammanlagt)(\s|$|:)/u.test(t);
}
