import { MESSAGES } from '../findings/messages';
import { type Finding } from '../findings/Finding';
import { type TableModel } from '../table/TableModel';
import { checkCellValues } from './checkCellValues';
import { checkColumnTotals } from './checkColumnTotals';
import { checkFormulaConsistency } from './checkFormulaConsistency';
import { checkKey } from './checkKey';
import { type CheckOptions } from './CheckOptions';
import { checkReference } from './checkReference';
import { checkRowTotals } from './checkRowTotals';
import { checkTotalFormulas } from './checkTotalFormulas';
import { checkUnitCoverage } from './checkUnitCoverage';
import { checkUnitLabels } from './checkUnitLabels';
import { columnIndexOf } from './tableFacts';

/**
 * Every check of DESIGN §3.3 on one table. A declared key column that the table does not have is ignored here
 * (the caller decides whether that is an input error).
 * @example checkTable(jonkoping).filter((f) => f.severity === 'error').map((f) => f.delta) //=> [1689, 1689]
 */
export function checkTable(table: TableModel, options: CheckOptions = {}): Finding[] {
  const formulaRange = checkTotalFormulas(table);
  // A SUM that misses rows already explains its wrong total: report the cause, not the symptom twice.
  const explained = new Set(
    formulaRange.filter((f) => f.code === 'total-formula-range').map((f) => f.cells[0]),
  );
  const findings: Finding[] = [
    ...checkColumnTotals(table).filter((f) => !explained.has(f.cells[0])),
    ...checkRowTotals(table),
    ...formulaRange,
    ...checkFormulaConsistency(table),
    ...checkUnitLabels(table, options.registry),
    ...checkCellValues(table),
  ];
  if (options.registry) {
    findings.push(...checkUnitCoverage(table, options.registry), ...checkReference(table, options.registry));
  }
  const keyIdx = options.keyColumn === undefined ? -1 : columnIndexOf(table, options.keyColumn);
  if (keyIdx >= 0) findings.push(...checkKey(table, keyIdx));
  for (const u of table.unclassified) {
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
