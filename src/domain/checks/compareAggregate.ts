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
  table.columns.forEach((column, i) => {
    if (!SUMMED_ROLES.has(column.role)) return;
    const totalCell = total.cells[i];
    // Whole numbers are added as they come (the common case); other numbers are summed exactly afterwards.
    let whole: number | undefined = 0;
    let valued = 0;
    const marks = new Set<string>();
    let suppressed = totalCell?.suppressed === undefined ? 0 : 1;
    if (totalCell?.suppressed !== undefined) marks.add(totalCell.suppressed);
    for (const row of parts) {
      const cell = row.cells[i];
      if (cell?.error !== undefined) return; // error-value reports it; a sum over an error means nothing
      if (cell?.suppressed !== undefined) {
        suppressed++;
        marks.add(cell.suppressed);
      } else if (cell?.number !== undefined) {
        const n = cell.number;
        valued++;
        whole =
          whole !== undefined && Number.isInteger(n) && Number.isSafeInteger(whole + n)
            ? whole + n
            : undefined;
      }
    }
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
    if (!totalCell || !stated || valued === 0) return;
    const computed =
      whole !== undefined
        ? rational(BigInt(whole))
        : exactSum(parts.flatMap((row) => row.cells[i]?.number ?? []));
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
