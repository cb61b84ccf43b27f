import { MESSAGES } from '../findings/messages';
import { type Finding } from '../findings/Finding';
import { type TableModel } from '../table/TableModel';
import { checkCellValues } from './checkCellValues';
import { columnTotals } from './checkColumnTotals';
import { checkGroupTotals } from './checkGroupTotals';
import { type AggregateOutcome, type Unverifiable } from './compareAggregate';
import { checkFormulaConsistency } from './checkFormulaConsistency';
import { checkKey } from './checkKey';
import { type CheckOptions } from './CheckOptions';
import { checkReference } from './checkReference';
import { checkRowTotals } from './checkRowTotals';
import { checkTotalFormulas } from './checkTotalFormulas';
import { checkUnitCoverage } from './checkUnitCoverage';
import { checkUnitLabels } from './checkUnitLabels';
import { defined } from '../errors';
import { columnIndexOf } from './tableFacts';

/**
 * Every check on one table: column, group and row totals, total formulas and formula consistency, unit labels,
 * cell values, and (with a registry) unit coverage and reference population, then the key deviations of a
 * declared key column; the codes they can report are `FindingCode`. A declared key column that the table does
 * not have is ignored here (the caller decides whether that is an input error).
 * @example checkTable(jonkoping).filter((f) => f.severity === 'error').map((f) => f.delta) //=> [1689, 1689]
 */
export function checkTable(table: TableModel, options: CheckOptions = {}): Finding[] {
  // A turned table's rows are sheet columns: formulas and row numbers speak of the sheet, not of that view.
  const turned = table.transposed === true;
  const formulaRange = turned ? [] : checkTotalFormulas(table);
  // A SUM that misses rows already explains its wrong total: report the cause, not the symptom twice.
  const explained = new Set(
    formulaRange.filter((f) => f.code === 'total-formula-range').map((f) => f.cells[0]),
  );
  const outcomes = [columnTotals(table), ...checkGroupTotals(table)];
  const findings: Finding[] = [
    ...outcomes.flatMap((o) => o.mismatches).filter((f) => !explained.has(f.cells[0])),
    ...notCheckable(table, outcomes),
    ...checkRowTotals(table),
    ...formulaRange,
    ...(turned ? [] : checkFormulaConsistency(table)),
    ...checkUnitLabels(table, options.registry),
    ...checkCellValues(table),
  ];
  if (options.registry) {
    findings.push(...checkUnitCoverage(table, options.registry), ...checkReference(table, options.registry));
  }
  const keyIdx = options.keyColumn === undefined ? -1 : columnIndexOf(table, options.keyColumn);
  if (keyIdx >= 0) findings.push(...checkKey(table, keyIdx));
  for (const u of turned ? [] : table.unclassified) {
    findings.push({
      code: 'unclassified-row',
      severity: 'info',
      sheet: table.sheet,
      cells: [],
      message: MESSAGES.unclassifiedRow({ row: u.row + 1, reason: u.reason }),
    });
  }
  return findings;
}

/** Columns listed one by one up to this many; beyond it one finding names them all (a quarter series of 62). */
const MAX_COLUMN_FINDINGS = 5;

/**
 * total-not-checkable (info): one finding per column whose total could not be compared because parts or the total
 * are suppressed ("..", "<15"); one finding for the table when many columns are affected.
 */
function notCheckable(table: TableModel, outcomes: readonly AggregateOutcome[]): Finding[] {
  const merged = new Map<number, Unverifiable>();
  for (const o of outcomes) {
    for (const [i, u] of o.unverifiable) {
      const m = merged.get(i) ?? { count: 0, marks: new Set<string>(), totals: [] };
      m.count += u.count;
      for (const mark of u.marks) m.marks.add(mark);
      m.totals.push(...u.totals);
      merged.set(i, m);
    }
  }
  const entries = [...merged.entries()].sort((a, b) => a[0] - b[0]);
  if (entries.length > MAX_COLUMN_FINDINGS) {
    const count = entries.reduce((n, [, u]) => n + u.count, 0);
    const marks = [...new Set(entries.flatMap(([, u]) => [...u.marks]))];
    const letterOf = (entry: (typeof entries)[number] | undefined): string =>
      defined(table.columns[defined(entry, 'unverifiable column')[0]], 'column').letter;
    const first = letterOf(entries[0]);
    const last = letterOf(entries.at(-1));
    return [
      {
        code: 'total-not-checkable',
        severity: 'info',
        sheet: table.sheet,
        cells: entries.flatMap(([, u]) => u.totals.slice(0, 1)),
        message: MESSAGES.totalsNotCheckable({
          columns: entries.length,
          range: `${first}–${last}`,
          count,
          marks,
        }),
      },
    ];
  }
  return entries.map(([i, u]) => {
    const { header, letter } = defined(table.columns[i], 'unverifiable column');
    const column = header || letter;
    return {
      code: 'total-not-checkable' as const,
      severity: 'info' as const,
      sheet: table.sheet,
      cells: u.totals.slice(0, 50),
      column,
      message: MESSAGES.totalNotCheckable({ column, count: u.count, marks: [...u.marks], totals: u.totals }),
    };
  });
}
