import { MESSAGES } from '../findings/messages';
import { cellAddressIn } from '../table/cellAddressIn';
import { type Finding } from '../findings/Finding';
import { fromNumber } from '../money/fromNumber';
import { mul, rational, sub } from '../money/arithmetic';
import { type Rational } from '../money/Rational';
import { toNumber } from '../money/toNumber';
import { type TableColumn, type TableModel, type TableRow } from '../table/TableModel';
import { exactOf, exactSum, isKronorColumn, isSumLabel, SUMMED_ROLES } from './tableFacts';

/** Suppressed values that keep a column's total from being compared (per column index of the table). */
export interface Unverifiable {
  count: number;
  readonly marks: Set<string>;
  readonly totals: string[];
}

/** What comparing one total or aggregate row with its parts gave. */
export interface AggregateOutcome {
  readonly mismatches: readonly Finding[];
  /** Column index of each mismatch, parallel to `mismatches`. */
  readonly mismatchColumns: readonly number[];
  /** Column indexes where the row equals the sum of its parts. */
  readonly reconciledColumns: readonly number[];
  /** Column index → suppressed values found where a total was to be compared. */
  readonly unverifiable: ReadonlyMap<number, Unverifiable>;
}

/**
 * Compares a total/aggregate row with the rows it claims to add up, in the additive columns only. A mismatch is an
 * error only where the sheet says the row is a total — a formula in the row, or the row closing its block below its
 * parts — and only when the row's other additive columns reconcile or it holds a formula (a lone column counts as
 * vouched for only by a label that says "sum"); otherwise the row is an aggregate of something else (a rate, another population) and
 * stays silent. A column with a suppressed part or total ("..", "<15") is never compared: it is unverifiable.
 * @example compareAggregate(lan, samtliga, lan.rows, true).mismatches.map((f) => f.delta) //=> [-1, 1, 2, …]
 */
export function compareAggregate(
  table: TableModel,
  total: TableRow,
  parts: readonly TableRow[],
  closesBlock: boolean,
  sumLabelled: boolean = isSumLabel(total.label),
): AggregateOutcome {
  const unverifiable = new Map<number, Unverifiable>();
  const candidates: Finding[] = [];
  const candidateColumns: number[] = [];
  const reconciledColumns: number[] = [];
  const formula = total.cells.some((c) => c.formula !== undefined);
  if (parts.length === 0 || (!formula && !closesBlock)) return nothing(unverifiable);
  const sums = sumParts(table, parts);
  table.columns.forEach((column, i) => {
    const part = sums[i];
    // An error among the parts: error-value reports it; a sum over an error means nothing.
    if (!part || part.errored) return;
    const totalCell = total.cells[i];
    const marks = new Set<string>();
    let suppressed = part.suppressed;
    if (totalCell?.suppressed !== undefined) {
      suppressed++;
      marks.add(totalCell.suppressed);
    }
    for (const m of part.marks ?? []) marks.add(m);
    if (suppressed > 0) {
      if (!totalCell || (totalCell.suppressed === undefined && exactOf(totalCell) === undefined)) return;
      const u = unverifiable.get(i) ?? { count: 0, marks: new Set<string>(), totals: [] };
      u.count += suppressed;
      for (const m of marks) u.marks.add(m);
      u.totals.push(cellAddressIn(table, total, i));
      unverifiable.set(i, u);
      return;
    }
    const stated = exactOf(totalCell);
    if (!totalCell || !stated || part.valued === 0) return;
    const computed = Number.isNaN(part.whole)
      ? exactSum(parts.flatMap((row) => row.cells[i]?.number ?? []))
      : rational(BigInt(part.whole));
    const delta = sub(stated, computed);
    if (delta.num === 0n) {
      reconciledColumns.push(i);
      return;
    }
    candidates.push(mismatch(table, column, cellAddressIn(table, total, i), stated, computed, delta));
    candidateColumns.push(i);
  });
  const checked = reconciledColumns.length + candidates.length;
  // A lone additive column has no other column to vouch for the row: only a label that says "sum" does.
  const trusted = formula || reconciledColumns.length > 0 || (checked === 1 && sumLabelled);
  return trusted
    ? { mismatches: candidates, mismatchColumns: candidateColumns, reconciledColumns, unverifiable }
    : { ...nothing(unverifiable), reconciledColumns };
}

/** What the parts hold in one additive column. */
interface PartSum {
  /** Sum of the numbers while every one is whole and every partial sum a safe integer; NaN once one is not. */
  whole: number;
  /** Cells with a number. */
  valued: number;
  suppressed: number;
  marks: Set<string> | undefined;
  /** An error value among the parts: the column is not compared. */
  errored: boolean;
}

/**
 * The parts' numbers, suppressed marks and errors per additive column (undefined for other columns), in one pass
 * row by row: a long table's cells lie in memory row after row, so one pass over the rows beats one per column.
 */
function sumParts(table: TableModel, parts: readonly TableRow[]): (PartSum | undefined)[] {
  const sums = table.columns.map((column): PartSum | undefined =>
    SUMMED_ROLES.has(column.role)
      ? { whole: 0, valued: 0, suppressed: 0, marks: undefined, errored: false }
      : undefined,
  );
  const summed = sums.flatMap((p, i) => (p ? [i] : []));
  for (const row of parts) {
    const cells = row.cells;
    for (const i of summed) {
      const part = sums[i];
      const cell = cells[i];
      if (!part || part.errored || cell === undefined) continue;
      if (cell.error !== undefined) part.errored = true;
      else if (cell.suppressed !== undefined) {
        part.suppressed++;
        (part.marks ??= new Set()).add(cell.suppressed);
      } else if (cell.number !== undefined) {
        const n = cell.number;
        part.valued++;
        const next = part.whole + n;
        // Whole numbers are added as they come (the common case); other numbers are summed exactly afterwards.
        part.whole = Number.isInteger(n) && Number.isSafeInteger(next) ? next : Number.NaN;
      }
    }
  }
  return sums;
}

function nothing(unverifiable: Map<number, Unverifiable>): AggregateOutcome {
  return { mismatches: [], mismatchColumns: [], reconciledColumns: [], unverifiable };
}

function mismatch(
  table: TableModel,
  column: TableColumn,
  cell: string,
  stated: Rational,
  computed: Rational,
  delta: Rational,
): Finding {
  const scale = fromNumber(column.scale ?? 1);
  const kr = (r: Rational): number => toNumber(mul(r, scale));
  return {
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
  };
}
