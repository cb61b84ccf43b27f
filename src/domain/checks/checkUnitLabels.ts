import { MESSAGES } from '../findings/messages';
import { type Finding } from '../findings/Finding';
import { type TableModel, type TableRow } from '../table/TableModel';
import { type UnitRegistry } from '../units/UnitRegistry';
import { labelCell, trimmedLabel } from './tableFacts';

/** The most cells one unit-unknown finding lists. */
const MAX_CELLS = 50;

/**
 * unit-unknown (with "did you mean"), unit-duplicate and label-whitespace on the unit rows of a table.
 * @example checkUnitLabels(dalarna)[0] //=> { code: 'label-whitespace', unit: 'Leksand', cells: ['A9'], … }
 */
export function checkUnitLabels(table: TableModel, registry?: UnitRegistry): Finding[] {
  const findings: Finding[] = [];
  // Per unit code: the name of its first row, every row, and how the second row spells it. Label cells are named
  // only for what is reported: a long-format table repeats every unit on purpose.
  const seen = new Map<string, { name: string; rows: TableRow[]; second?: string }>();
  const unknownByLabel = new Map<string, string[]>();
  for (const row of table.rows) {
    const unit = trimmedLabel(row);
    if (row.label !== unit && unit !== '') {
      const cell = labelCell(table, row);
      findings.push({
        code: 'label-whitespace',
        severity: 'info',
        sheet: table.sheet,
        cells: [cell],
        unit,
        ...(row.unit ? { unitCode: row.unit.code } : {}),
        message: MESSAGES.labelWhitespace({ label: row.label, cell }),
      });
    }
    if (row.unit) {
      const group = seen.get(row.unit.code);
      if (group) {
        group.rows.push(row);
        group.second ??= unit;
      } else seen.set(row.unit.code, { name: row.unit.name, rows: [row] });
      continue;
    }
    // A record list repeats the same unknown label ("Flera kommuner"): one finding naming its cells.
    const again = table.keyColumns !== undefined ? unknownByLabel.get(unit) : undefined;
    if (again) {
      if (again.length < MAX_CELLS) again.push(labelCell(table, row));
      continue;
    }
    const level = table.level === 'unknown' ? undefined : table.level;
    const suggestions = unit && registry ? registry.suggest(unit, level).map((u) => u.name) : [];
    const cell = labelCell(table, row);
    const cells = [cell];
    unknownByLabel.set(unit, cells);
    findings.push({
      code: 'unit-unknown',
      severity: 'warning',
      sheet: table.sheet,
      cells,
      ...(unit ? { unit } : {}),
      message: MESSAGES.unitUnknown({ label: unit, cell, suggestions }),
    });
  }
  // Long format repeats units on purpose (per period, kön, huvudman): that is not a duplicate.
  const long = table.keyColumns !== undefined;
  for (const [code, { name, rows, second }] of seen) {
    if (second === undefined || long) continue;
    const cells = rows.map((r) => labelCell(table, r));
    findings.push({
      code: 'unit-duplicate',
      severity: 'error',
      sheet: table.sheet,
      cells,
      unit: second,
      unitCode: code,
      message: MESSAGES.unitDuplicate({ unit: name, cells }),
    });
  }
  return findings;
}
