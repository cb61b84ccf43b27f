import { type UnitCode } from '../units/UnitCode';
import { type Finding } from '../findings/Finding';
import { MESSAGES } from '../findings/messages';
import { compare, equals, sub, sum, ZERO } from '../money/arithmetic';
import { type Rational } from '../money/Rational';
import { toNumber } from '../money/toNumber';
import { compactLabel, normalizeLabel } from '../units/normalizeLabel';
import {
  type AllocatedAmount,
  type FollowupAllocation,
  type FollowupLine,
  type FollowupReport,
  type FollowupResult,
  type ReportedRow,
} from './Followup';
import { defined } from '../errors';

/** What the allocation expects one report row to say: per unit, or per unit and pot. */
interface Expected {
  readonly unit: string;
  readonly code?: UnitCode;
  /** The pot: per-pot lines, or the allocation's only pot. */
  readonly pot?: string;
  /** The pot as messages name it: only when the allocation has several. */
  readonly potInText?: string;
  readonly amount: Rational;
  readonly cells: readonly string[];
}

/**
 * Reconciles a follow-up report against the allocation, exactly: each allocated unit (per pot when the report
 * has pots, else its total) is matched to its report row by official code, else by label. Findings, all errors:
 * `followup-allocation-mismatch` (reported tilldelat ≠ allocated), `followup-overspent` (förbrukat > allocated),
 * `followup-balance` (tilldelat − förbrukat − överfört ≠ ej förbrukat, or an amount that is text),
 * `followup-unit-missing` (allocated, no row) and `followup-unit-unexpected` (a row, nothing allocated).
 * Every delta is reported − expected in kronor.
 * @example reconcileFollowup(falun1000, { ...report, rows: [{ unit: 'Falun', used: 1200 kr, … }] }).findings[0].delta //=> 200
 */
export function reconcileFollowup(allocation: FollowupAllocation, report: FollowupReport): FollowupResult {
  const byPot = report.rows.some((r) => r.pot !== undefined);
  const singlePot = new Set(allocation.amounts.map((a) => normalizeLabel(a.pot))).size <= 1;
  const taken = new Set<number>();
  const lines: FollowupLine[] = [];
  const findings: Finding[] = [];
  for (const expected of expectedLines(allocation.amounts, byPot, singlePot)) {
    const index = report.rows.findIndex(
      (row, i) => !taken.has(i) && sameUnit(expected, row) && (!byPot || singlePot || samePot(expected, row)),
    );
    if (index < 0) {
      const missing = expected.amount.num !== 0n;
      if (missing) findings.push(missingFinding(expected, allocation, report));
      lines.push({ ...who(expected), allocated: expected.amount, status: missing ? 'missing' : 'ok' });
      continue;
    }
    taken.add(index);
    const row = defined(report.rows[index], `report row ${index}`);
    const rowFindings = rowChecks(expected, row, report.sheet, sourceOf(allocation, expected));
    findings.push(...rowFindings);
    lines.push({
      ...who(expected),
      ...reportedValues(row),
      allocated: expected.amount,
      status: rowFindings.length > 0 ? 'deviation' : 'ok',
      reportRow: index,
    });
  }
  report.rows.forEach((row, index) => {
    if (taken.has(index)) return;
    findings.push(unexpectedFinding(row, report.sheet, allocation.sheet));
    lines.push({
      ...who(row),
      ...reportedValues(row),
      allocated: ZERO,
      status: 'unexpected',
      reportRow: index,
    });
  });
  return { lines, totals: totalsOf(lines), findings };
}

/**
 * One expected line per allocated unit and pot (byPot), or per unit with its pots summed, in allocation order.
 * @example expectedLines([{ unit: 'Falun', pot: 'A', amount: 1 }, { unit: 'Falun', pot: 'B', amount: 2 }], false, false)[0].amount //=> 3
 */
function expectedLines(amounts: readonly AllocatedAmount[], byPot: boolean, singlePot: boolean): Expected[] {
  if (byPot) {
    return amounts.map((a) => ({
      ...who(a),
      ...(singlePot ? {} : { potInText: a.pot }),
      amount: a.amount,
      cells: a.cell ? [a.cell] : [],
    }));
  }
  const lines: Expected[] = [];
  for (const a of amounts) {
    const i = lines.findIndex((l) => sameUnit(l, a));
    const cells = a.cell ? [a.cell] : [];
    const { pot: _pot, ...unit } = who(a);
    const same = lines[i];
    if (same === undefined)
      lines.push({ ...unit, ...(singlePot ? { pot: a.pot } : {}), amount: a.amount, cells });
    else lines[i] = { ...same, amount: sum([same.amount, a.amount]), cells: [...same.cells, ...cells] };
  }
  return lines;
}

/** Same unit: by official code when both sides have one, else by label ignoring case, spaces and hyphens. */
function sameUnit(a: { unit: string; code?: UnitCode }, b: { unit: string; code?: UnitCode }): boolean {
  if (a.code !== undefined && b.code !== undefined) return a.code === b.code;
  return compactLabel(a.unit) === compactLabel(b.unit);
}

function samePot(expected: Expected, row: ReportedRow): boolean {
  return normalizeLabel(expected.pot ?? '') === normalizeLabel(row.pot ?? '');
}

function who(x: { unit: string; code?: UnitCode; pot?: string }): {
  unit: string;
  code?: UnitCode;
  pot?: string;
} {
  return {
    unit: x.unit.trim(),
    ...(x.code !== undefined ? { code: x.code } : {}),
    ...(x.pot !== undefined ? { pot: x.pot } : {}),
  };
}

function reportedValues(row: ReportedRow): Partial<FollowupLine> {
  return {
    ...(row.allocated ? { reported: row.allocated.value } : {}),
    ...(row.used ? { used: row.used.value } : {}),
    ...(row.unused ? { unused: row.unused.value } : {}),
    ...(row.transferred ? { transferred: row.transferred.value } : {}),
  };
}

/** The row's own findings: text amounts, reported tilldelat, overspending, the row's balance. */
function rowChecks(expected: Expected, row: ReportedRow, sheet: string, source: string): Finding[] {
  const base = findingBase(sheet, row);
  const pot = expected.potInText !== undefined ? { pot: expected.potInText } : {};
  const findings: Finding[] = (row.unreadable ?? []).map((u) => ({
    ...base,
    code: 'followup-balance',
    severity: 'error',
    cells: [u.cell],
    column: u.column,
    message: MESSAGES.followupUnreadable({ unit: base.unit, ...u }),
  }));
  if (row.allocated && !equals(row.allocated.value, expected.amount)) {
    const [stated, allocated] = [toNumber(row.allocated.value), toNumber(expected.amount)];
    const delta = toNumber(sub(row.allocated.value, expected.amount));
    findings.push({
      ...base,
      code: 'followup-allocation-mismatch',
      severity: 'error',
      cells: [row.allocated.cell],
      column: row.allocated.column,
      stated,
      computed: allocated,
      delta,
      message: MESSAGES.followupAllocationMismatch({
        unit: base.unit,
        ...pot,
        cell: row.allocated.cell,
        stated,
        allocated,
        delta,
        source,
      }),
    });
  }
  if (row.used && compare(row.used.value, expected.amount) > 0) {
    const [used, allocated] = [toNumber(row.used.value), toNumber(expected.amount)];
    const delta = toNumber(sub(row.used.value, expected.amount));
    findings.push({
      ...base,
      code: 'followup-overspent',
      severity: 'error',
      cells: [row.used.cell],
      column: row.used.column,
      stated: used,
      computed: allocated,
      delta,
      message: MESSAGES.followupOverspent({
        unit: base.unit,
        ...pot,
        cell: row.used.cell,
        used,
        allocated,
        delta,
      }),
    });
  }
  const balance = balanceFinding(expected, row, base);
  if (balance) findings.push(balance);
  return findings;
}

/** tilldelat (reported, else allocated) − förbrukat − överfört against ej förbrukat. */
function balanceFinding(
  expected: Expected,
  row: ReportedRow,
  base: ReturnType<typeof findingBase>,
): Finding | undefined {
  if (!row.used || !row.unused) return undefined;
  const start = row.allocated?.value ?? expected.amount;
  const computedExact = sub(sub(start, row.used.value), row.transferred?.value ?? ZERO);
  if (equals(row.unused.value, computedExact)) return undefined;
  const [stated, computed] = [toNumber(row.unused.value), toNumber(computedExact)];
  const delta = toNumber(sub(row.unused.value, computedExact));
  return {
    ...base,
    code: 'followup-balance',
    severity: 'error',
    cells: [row.unused.cell, ...(row.allocated ? [row.allocated.cell] : []), row.used.cell],
    column: row.unused.column,
    stated,
    computed,
    delta,
    message: MESSAGES.followupBalance({
      unit: base.unit,
      ...(expected.potInText !== undefined ? { pot: expected.potInText } : {}),
      cell: row.unused.cell,
      stated,
      computed,
      delta,
      ...(row.allocated ? { allocatedCell: row.allocated.cell } : {}),
      usedCell: row.used.cell,
      ...(row.transferred ? { transferredCell: row.transferred.cell } : {}),
    }),
  };
}

function findingBase(sheet: string, row: ReportedRow): { sheet: string; unit: string; unitCode?: string } {
  return { sheet, unit: row.unit.trim(), ...(row.code !== undefined ? { unitCode: row.code } : {}) };
}

function missingFinding(expected: Expected, allocation: FollowupAllocation, report: FollowupReport): Finding {
  const allocated = toNumber(expected.amount);
  return {
    code: 'followup-unit-missing',
    severity: 'error',
    sheet: allocation.sheet,
    cells: [...expected.cells],
    unit: expected.unit,
    ...(expected.code !== undefined ? { unitCode: expected.code } : {}),
    stated: 0,
    computed: allocated,
    delta: -allocated,
    message: MESSAGES.followupUnitMissing({
      unit: expected.unit,
      ...(expected.potInText !== undefined ? { pot: expected.potInText } : {}),
      allocated,
      report: report.sheet,
    }),
  };
}

function unexpectedFinding(row: ReportedRow, sheet: string, allocationSheet: string): Finding {
  const stated = row.allocated ? toNumber(row.allocated.value) : undefined;
  return {
    ...findingBase(sheet, row),
    code: 'followup-unit-unexpected',
    severity: 'error',
    cells: [row.labelCell],
    ...(stated !== undefined ? { stated, computed: 0, delta: stated } : {}),
    message: MESSAGES.followupUnitUnexpected({
      unit: row.unit.trim(),
      ...(row.pot !== undefined ? { pot: row.pot } : {}),
      cell: row.labelCell,
      source: allocationSheet,
    }),
  };
}

function sourceOf(allocation: FollowupAllocation, expected: Expected): string {
  return expected.cells.length === 1 ? `${allocation.sheet}!${expected.cells[0]}` : allocation.sheet;
}

function totalsOf(lines: readonly FollowupLine[]): FollowupResult['totals'] {
  return {
    allocated: sum(lines.map((l) => l.allocated)),
    used: sum(lines.map((l) => l.used ?? ZERO)),
    unused: sum(lines.map((l) => l.unused ?? ZERO)),
  };
}
