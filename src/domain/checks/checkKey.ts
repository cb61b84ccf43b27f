import { defined } from '../errors';
import { cellAddressIn } from '../table/cellAddressIn';
import { allocateLargestRemainder } from '../allocation/allocateLargestRemainder';
import { allocateRoundEach } from '../allocation/allocateRoundEach';
import { MESSAGES } from '../findings/messages';
import { type Finding } from '../findings/Finding';
import { equals, isInteger, sub, sum } from '../money/arithmetic';
import { type Rational } from '../money/Rational';
import { toNumber } from '../money/toNumber';
import { type TableCell, type TableModel, type TableRow } from '../table/TableModel';
import { exactOf, trimmedLabel } from './tableFacts';

/**
 * With a declared key column: blank-in-key per unit; then each amount column's stated total (its total row) is
 * re-allocated by the key with largest remainder and every unit that differs is a key-deviation (delta = stated − computed). A column
 * that is exactly per-cell ROUND of the key also gets one rounding-drift (info) saying so.
 * @example checkKey(bilaga4, 1).filter((f) => f.code === 'key-deviation')[0].unit //=> 'Västernorrland'
 */
export function checkKey(table: TableModel, keyIdx: number): Finding[] {
  const keyColumn = defined(table.columns[keyIdx], 'key column');
  const weights: Rational[] = [];
  const blanks: Finding[] = [];
  for (const r of table.rows) {
    const cell = defined(r.cells[keyIdx], 'key cell');
    const weight = exactOf(cell);
    if (weight !== undefined) {
      weights.push(weight);
      continue;
    }
    const address = cellAddressIn(table, r, keyIdx);
    blanks.push({
      code: 'blank-in-key',
      severity: 'error',
      sheet: table.sheet,
      cells: [address],
      unit: trimmedLabel(r),
      ...(r.unit ? { unitCode: r.unit.code } : {}),
      column: keyColumn.header,
      message: MESSAGES.blankInKey({
        cell: address,
        unit: trimmedLabel(r),
        column: keyColumn.header,
        ...foundIn(cell),
      }),
    });
  }
  if (blanks.length > 0) return blanks;
  if (weights.some((w) => w.num < 0n) || weights.every((w) => w.num === 0n)) return [];
  const findings: Finding[] = [];
  table.columns.forEach((column, i) => {
    if (i === keyIdx || column.role !== 'amount') return;
    findings.push(...deviations(table, i, keyColumn.header, weights));
  });
  return findings;
}

/** What a non-numeric key cell holds, for the message (nothing when it is simply empty). */
function foundIn(cell: TableCell): { found?: string } {
  if (cell.error !== undefined) return { found: cell.error };
  if (cell.text !== undefined && cell.text.trim() !== '') return { found: cell.text.trim() };
  return {};
}

function deviations(table: TableModel, i: number, key: string, weights: readonly Rational[]): Finding[] {
  const column = defined(table.columns[i], 'amount column');
  const stated = table.rows.map((r) => exactOf(r.cells[i]));
  if (stated.some((v) => v === undefined || !isInteger(v))) return [];
  const amounts = stated as Rational[];
  // A flat amount per unit (a minimum, a fixed sum) was never meant to follow the key.
  const [head] = amounts;
  if (head === undefined || amounts.every((a) => equals(a, head))) return [];
  // Re-allocation needs the total the sheet states; without one there is nothing to re-allocate.
  const frame = exactOf(table.totalRow?.cells[i]);
  if (!frame || !isInteger(frame)) return [];
  const codes = table.rows.map((r) => r.unit?.code);
  const lr = allocateLargestRemainder(frame, weights, { tieKeys: codes });
  if (!lr.ok) return [];
  // Per cell: the row and its address are looked up only for the few units that differ.
  const differing: { row: TableRow; stated: Rational; computed: Rational; cell: string }[] = [];
  amounts.forEach((stated, u) => {
    const computed = defined(lr.amounts[u], 'allocated amount');
    if (equals(stated, computed)) return;
    const row = defined(table.rows[u], 'row of a unit');
    differing.push({ row, stated, computed, cell: cellAddressIn(table, row, i) });
  });
  if (differing.length === 0) return [];
  const each = allocateRoundEach(frame, weights);
  const drifts: Finding[] = [];
  if (each.ok && amounts.every((a, u) => equals(a, defined(each.amounts[u], 'rounded amount')))) {
    const drift = toNumber(sub(sum(amounts), frame));
    drifts.push({
      code: 'rounding-drift',
      severity: 'info',
      sheet: table.sheet,
      cells: differing.map((d) => d.cell),
      column: column.header,
      delta: drift,
      message: MESSAGES.roundingDrift({ column: column.header, key, drift, differing: differing.length }),
    });
  }
  const perUnit = differing.map(({ row, stated, computed, cell }) => {
    const s = toNumber(stated);
    const c = toNumber(computed);
    // Exact, then converted: s − c in doubles is wrong once amounts pass 2^53.
    const delta = toNumber(sub(stated, computed));
    const unit = trimmedLabel(row);
    return {
      code: 'key-deviation' as const,
      severity: 'warning' as const,
      sheet: table.sheet,
      cells: [cell],
      unit,
      ...(row.unit ? { unitCode: row.unit.code } : {}),
      column: column.header,
      stated: s,
      computed: c,
      delta,
      message: MESSAGES.keyDeviation({
        unit,
        column: column.header,
        key,
        cell,
        stated: s,
        computed: c,
        delta,
      }),
    };
  });
  return [...perUnit, ...drifts];
}
