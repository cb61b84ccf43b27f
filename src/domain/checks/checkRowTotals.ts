import { MESSAGES } from '../findings/messages';
import { cellAddressIn } from '../table/cellAddressIn';
import { type Finding } from '../findings/Finding';
import { fromNumber } from '../money/fromNumber';
import { mul, sub } from '../money/arithmetic';
import { type Rational } from '../money/Rational';
import { toNumber } from '../money/toNumber';
import { type TableColumn, type TableModel, type TableRow } from '../table/TableModel';
import { exactSum, isSumLabel, trimmedLabel } from './tableFacts';

/**
 * row-total-mismatch: in every unit row and the total row, each total column against the exact sum of the
 * columns it sums (nested totals counted once); a total row labelled Riket/Sverige/Samtliga only where its cell is
 * a formula. A row with a suppressed part ("..", "<15") is not compared. A
 * relation inferred from the values (no formulas) that leaves other amount columns out is only a guess where it
 * fails: then one info finding says the column cannot be checked row by row, never an error.
 * @example checkRowTotals(bilaga4)[0] //=> { unit: 'Västra Götaland', column: 'Totalt', delta: -1, … }
 */
export function checkRowTotals(table: TableModel): Finding[] {
  const findings: Finding[] = [];
  // A "Riket"/"Sverige" row may hold rates or another population: its row is compared only where it says "Summa"
  // (or has no label), or where the total cell is a formula.
  const total = table.totalRow;
  const rows: TableRow[] = [...table.rows, ...(total ? [total] : [])];
  const skip = (row: TableRow, t: number): boolean =>
    row === total && !isSumLabel(row.label) && !row.cells[t]?.formula;
  table.columns.forEach((column, t) => {
    if (column.role !== 'total' || !column.sumOf) return;
    const parts = column.sumOf.flatMap((col) => {
      const i = table.columns.findIndex((c) => c.col === col);
      const part = table.columns[i];
      return part ? [{ i, part }] : [];
    });
    const partIdx = parts.map((p) => p.i);
    const partNames = parts.map((p) => p.part.header || p.part.letter);
    // A total of indicator columns (e.g. population by age group) is a count, not kronor.
    const kronor = !parts.every((p) => p.part.role === 'indicator');
    const scale = fromNumber(column.scale ?? 1);
    const kr = (r: Rational): number => toNumber(mul(r, scale));
    // The rows that do not add up, as found; a finding (message, part cells) is made only when it is reported.
    const mismatches: {
      row: TableRow;
      cell: string;
      stated: Rational;
      computed: Rational;
      delta: Rational;
    }[] = [];
    let compared = 0;
    for (const row of rows) {
      const totalCell = row.cells[t];
      if (totalCell?.number === undefined || skip(row, t)) continue;
      const whole = wholeSum(row, partIdx);
      if (whole === 'not-compared') continue;
      compared++;
      // Whole numbers that add up exactly in doubles need no rationals (the common case, 100 000 rows).
      if (whole === totalCell.number) continue;
      const stated = fromNumber(totalCell.number);
      const partCells = partIdx.map((i) => row.cells[i]);
      const computed = exactSum(partCells.flatMap((c) => (c?.number === undefined ? [] : [c.number])));
      const delta = sub(stated, computed);
      if (delta.num === 0n) continue;
      mismatches.push({ row, cell: cellAddressIn(table, row, t), stated, computed, delta });
    }
    const finding = ({ row, cell, stated, computed, delta }: (typeof mismatches)[number]): Finding => {
      const unit = trimmedLabel(row);
      return {
        code: 'row-total-mismatch',
        severity: 'error',
        sheet: table.sheet,
        cells: [cell, ...partIdx.map((i) => (row.cells[i] ? cellAddressIn(table, row, i) : ''))],
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
          parts: partNames,
          stated: kr(stated),
          computed: kr(computed),
          delta: kr(delta),
          kronor,
        }),
      };
    };
    if (mismatches.length === 0) return;
    if (column.sumOfSource === 'formula' || leftOut(table.columns, column).length === 0) {
      for (const m of mismatches) findings.push(finding(m));
      return;
    }
    const name = column.header || column.letter;
    const cells = mismatches.map((m) => m.cell);
    findings.push({
      code: 'total-not-checkable',
      severity: 'info',
      sheet: table.sheet,
      cells: cells.slice(0, 50),
      column: name,
      message: MESSAGES.rowTotalNotCheckable({
        column: name,
        parts: partNames,
        holds: compared - mismatches.length,
        rows: compared,
        cells,
      }),
    });
  });
  return findings;
}

/**
 * The parts' sum when every part is a whole number and every partial sum a safe integer (then the double is the
 * exact sum); undefined when some part needs exact arithmetic; 'not-compared' when a part is an error value or
 * suppressed (the row's total cannot be judged).
 */
function wholeSum(row: TableRow, partIdx: readonly number[]): number | undefined | 'not-compared' {
  let acc: number | undefined = 0;
  for (const i of partIdx) {
    const c = row.cells[i];
    if (c?.error !== undefined || c?.suppressed !== undefined) return 'not-compared';
    const n = c?.number;
    if (n === undefined || acc === undefined) continue;
    acc = Number.isInteger(n) && Number.isSafeInteger(acc + n) ? acc + n : undefined;
  }
  return acc;
}

/**
 * The amount and total columns a total's inferred relation leaves out: not one of its parts, not inside one of
 * its parts (a nested total's own parts), and not a total that itself counts this one.
 */
function leftOut(columns: readonly TableColumn[], total: TableColumn): TableColumn[] {
  const parts = new Set(total.sumOf ?? []);
  const inner = new Set(
    columns.filter((c) => parts.has(c.col)).flatMap((c) => (c.role === 'total' ? (c.sumOf ?? []) : [])),
  );
  return columns.filter(
    (c) =>
      c !== total &&
      (c.role === 'amount' || c.role === 'total') &&
      !parts.has(c.col) &&
      !inner.has(c.col) &&
      !(c.sumOf ?? []).includes(total.col),
  );
}
