import { MESSAGES } from '../findings/messages';
import { cellAddressIn } from '../table/cellAddressIn';
import { type Finding } from '../findings/Finding';
import { sub, sum } from '../money/arithmetic';
import { type Rational } from '../money/Rational';
import { toNumber } from '../money/toNumber';
import { type TableColumn, type TableModel } from '../table/TableModel';
import { cellAddress } from '../a1/cellAddress';
import { parseSumFormula, type RefBlock } from './parseSumFormula';
import { exactOf, isKronorColumn, SUMMED_ROLES } from './tableFacts';

/**
 * total-formula-range and hard-coded-total: each SUM in the total row must cover exactly the unit rows of its own
 * column (no omitted rows, no header/total/other rows, nothing twice); typed totals are reported as info, or as a
 * warning when the rest of the row is formulas. A SUM over the wrong rows also says what it costs: the stated
 * column total against the sum of all its unit rows (delta = stated − computed).
 * @example checkTotalFormulas(tableWithSumC4toC15)[0].code //=> 'total-formula-range'
 */
export function checkTotalFormulas(table: TableModel): Finding[] {
  const total = table.totalRow;
  if (!total) return [];
  const findings: Finding[] = [];
  const numeric = table.columns.flatMap((column, i) => {
    const cell = total.cells[i];
    const stated = exactOf(cell);
    return SUMMED_ROLES.has(column.role) && cell && stated
      ? [{ i, column, cell, stated, address: cellAddressIn(table, total, i) }]
      : [];
  });
  const constants = numeric.filter((n) => !n.cell.formula);
  const unitRows = new RowMarks(table.rows.map((r) => r.row));
  // Blank rows are harmless in a range; the header, the total itself and unclassified rows are not.
  const suspicious = new Set([table.headerRow, total.row, ...table.unclassified.map((u) => u.row)]);
  const own = ownSheetKey(table.sheet);
  for (const { i, column, cell, stated, address } of numeric) {
    if (!cell.formula) continue;
    const blocks = parseSumFormula(cell.formula);
    if (!blocks) continue;
    const col = column.col;
    const elsewhere = blocks.filter((b) => b.sheet !== undefined && b.sheet !== own);
    if (elsewhere.length > 0) {
      findings.push(otherSheet(table, i, address, stated, cell.formula));
      continue;
    }
    const { omitted, extra } = rangeProblems(table, blocks, col, unitRows, suspicious);
    if (omitted.length === 0 && extra.length === 0) continue;
    const computed = columnSum(table, i);
    const range = omitted.length
      ? MESSAGES.totalFormulaOmits({ cell: address, formula: cell.formula, omitted })
      : MESSAGES.totalFormulaDoubleCounts({ cell: address, formula: cell.formula, extra });
    const delta = sub(stated, computed);
    // The money consequence: how far the stated column total is from the sum of all its unit rows.
    const money =
      delta.num === 0n
        ? undefined
        : MESSAGES.totalFormulaMoney({
            column: column.header,
            stated: toNumber(stated),
            computed: toNumber(computed),
            delta: toNumber(delta),
            kronor: isKronorColumn(column),
          });
    const message = money ? { sv: `${range.sv} ${money.sv}`, en: `${range.en} ${money.en}` } : range;
    findings.push({
      code: 'total-formula-range',
      severity: 'error',
      sheet: table.sheet,
      cells: [address, ...omitted, ...extra],
      column: column.header,
      stated: toNumber(stated),
      computed: toNumber(computed),
      delta: toNumber(delta),
      message,
    });
  }
  findings.push(...hardCoded(table, constants, numeric.length));
  return findings;
}

/**
 * Sheet rows marked in a flat array over the span they occupy: a long table asks about each row of each total's
 * range, and a typed array answers without hashing.
 */
class RowMarks {
  readonly #first: number;
  readonly #marks: Uint8Array;

  constructor(rows: readonly number[]) {
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    for (const r of rows) {
      first = Math.min(first, r);
      last = Math.max(last, r);
    }
    this.#first = rows.length === 0 ? 0 : first;
    this.#marks = new Uint8Array(rows.length === 0 ? 0 : last - first + 1);
    for (const r of rows) this.#marks[r - this.#first] = 1;
  }

  has(row: number): boolean {
    return this.#marks[row - this.#first] === 1;
  }

  /** An empty counter over the same span (each count stops at 2: "more than once" is all that matters). */
  counter(): Uint8Array {
    return new Uint8Array(this.#marks.length);
  }

  index(row: number): number {
    return row - this.#first;
  }
}

/**
 * What a total's SUM blocks get wrong about its column: unit rows left out, and cells it should not add (other
 * columns, the header/total/unclassified rows, unit rows counted twice), in the order the formula names them.
 */
function rangeProblems(
  table: TableModel,
  blocks: readonly RefBlock[],
  col: number,
  unitRows: RowMarks,
  suspicious: ReadonlySet<number>,
): { omitted: string[]; extra: string[] } {
  const hits = unitRows.counter();
  // Each unit row's place in the order the formula first names it (rows named twice are told in that order).
  const firstSeen = new Uint32Array(hits.length);
  let seen = 0;
  const twice: number[] = [];
  const extra: string[] = [];
  for (const b of blocks) {
    for (let r = b.top; r <= b.bottom; r++) {
      // The common block is the column itself over the unit rows: counted row by row without a call per cell.
      const unit = unitRows.has(r);
      for (let c = b.left; c <= b.right; c++) {
        if (c === col && unit) {
          const k = unitRows.index(r);
          const n = hits[k] ?? 0;
          if (n === 0) firstSeen[k] = seen++;
          else if (n === 1) twice.push(r);
          if (n < 2) hits[k] = n + 1;
        } else if (c !== col || suspicious.has(r)) extra.push(cellAddress(r, c));
      }
    }
  }
  twice.sort((a, b) => (firstSeen[unitRows.index(a)] ?? 0) - (firstSeen[unitRows.index(b)] ?? 0));
  for (const r of twice) extra.push(cellAddress(r, col));
  const omitted: string[] = [];
  for (const r of table.rows)
    if ((hits[unitRows.index(r.row)] ?? 0) === 0) omitted.push(cellAddress(r.row, col));
  return { omitted, extra };
}

/** The exact sum of a column's unit rows. */
function columnSum(table: TableModel, i: number): Rational {
  return sum(table.rows.map((r) => exactOf(r.cells[i])).filter((v): v is Rational => v !== undefined));
}

/** A sheet name as parseSumFormula keeps it: upper case, no spaces. */
const ownSheetKey = (sheet: string): string => sheet.replace(/\s+/g, '').toUpperCase();

/** A total that adds cells of another sheet is not the sum of this table's rows, whatever its range. */
function otherSheet(table: TableModel, i: number, cell: string, stated: Rational, formula: string): Finding {
  const computed = columnSum(table, i);
  return {
    code: 'total-formula-range',
    severity: 'error',
    sheet: table.sheet,
    cells: [cell],
    column: table.columns[i]?.header ?? '',
    stated: toNumber(stated),
    computed: toNumber(computed),
    delta: toNumber(sub(stated, computed)),
    message: MESSAGES.totalFormulaOtherSheet({ cell, formula, sheet: table.sheet }),
  };
}

function hardCoded(
  table: TableModel,
  constants: readonly { column: TableColumn; address: string }[],
  numeric: number,
): Finding[] {
  if (constants.length === 0) return [];
  const cells = constants.map((c) => c.address);
  if (constants.length === numeric) {
    return [
      {
        code: 'hard-coded-total',
        severity: 'info',
        sheet: table.sheet,
        cells,
        message: MESSAGES.hardCodedTotals({ cells }),
      },
    ];
  }
  return constants.map(({ column, address }) => ({
    code: 'hard-coded-total' as const,
    severity: 'warning' as const,
    sheet: table.sheet,
    cells: [address],
    column: column.header,
    message: MESSAGES.hardCodedTotalAmongFormulas({ cell: address }),
  }));
}
