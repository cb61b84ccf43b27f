import { MESSAGES } from '../findings/messages';
import { cellAddressIn } from '../table/cellAddressIn';
import { type Finding } from '../findings/Finding';
import { type TableModel, type TableRow } from '../table/TableModel';
import { normalizeLabel } from '../units/normalizeLabel';
import { type UnitRegistry } from '../units/UnitRegistry';
import { defined } from '../errors';
import { trimmedLabel } from './tableFacts';

/** Population figures of other years drift a few percent; a value this far from the usual ratio is a wrong row. */
const TOLERANCE = 0.2;
const MAX_OUTLIER_SHARE = 0.2;
const POPULATION = /(befolkning|invånare|folkmängd|population)/u;

/**
 * reference-mismatch: a population column compared with SCB's 1 Nov 2024 figures. Each unit's ratio to the
 * reference is compared with the table's median ratio (so another year is fine); outliers are reported, and pairs
 * whose values fit when swapped are named as a swap.
 * @example checkReference(tableWithVasbyAndBroSwapped, registry)[0].message.sv //=> '… verkar ha bytt plats.'
 */
export function checkReference(table: TableModel, registry: UnitRegistry): Finding[] {
  const findings: Finding[] = [];
  table.columns.forEach((column, i) => {
    if (column.role !== 'indicator' || !POPULATION.test(normalizeLabel(column.header))) return;
    // Parallel arrays, not an object per row: a long table has a population on 100 000 rows.
    const at: number[] = [];
    const values: number[] = [];
    const references: number[] = [];
    table.rows.forEach((row, k) => {
      const value = row.cells[i]?.number;
      const reference = row.unit ? registry.population(row.unit.code) : undefined;
      if (value === undefined || value <= 0 || !reference) return;
      at.push(k);
      values.push(value);
      references.push(reference);
    });
    if (at.length < 3) return;
    const ratios = new Float64Array(at.length);
    for (let n = 0; n < at.length; n++) ratios[n] = (values[n] ?? 0) / (references[n] ?? 1);
    const median = defined(ratios.sort()[Math.floor(ratios.length / 2)], 'median ratio');
    const off = (value: number, reference: number): boolean =>
      Math.abs(value / reference / median - 1) > TOLERANCE;
    // Many outliers mean the column is not population of these units at all; row-by-row advice would be noise.
    // They are counted before any is gathered: such a column has an outlier on most of its rows.
    let count = 0;
    for (let n = 0; n < at.length; n++) if (off(values[n] ?? 0, references[n] ?? 1)) count++;
    if (count > Math.max(3, at.length * MAX_OUTLIER_SHARE)) return;
    const outliers = at.flatMap((k, n) => {
      const value = defined(values[n], 'value');
      const reference = defined(references[n], 'reference');
      return off(value, reference) ? [{ row: defined(table.rows[k], 'row'), value, reference }] : [];
    });
    for (const o of outliers) {
      const partner = outliers.find(
        (p) => p !== o && !off(o.value, p.reference) && !off(p.value, o.reference),
      );
      findings.push(finding(table, o.row, i, o.value, o.reference, partner?.row));
    }
  });
  return findings;
}

function finding(
  table: TableModel,
  row: TableRow,
  i: number,
  value: number,
  reference: number,
  swap?: TableRow,
): Finding {
  const column = defined(table.columns[i], 'population column');
  const unit = trimmedLabel(row);
  const cell = cellAddressIn(table, row, i);
  return {
    code: 'reference-mismatch',
    severity: 'warning',
    sheet: table.sheet,
    cells: swap ? [cell, cellAddressIn(table, swap, i)] : [cell],
    unit,
    ...(row.unit ? { unitCode: row.unit.code } : {}),
    column: column.header,
    message: MESSAGES.referenceMismatch({
      unit,
      cell,
      column: column.header,
      value,
      reference,
      ...(swap ? { swappedWith: trimmedLabel(swap) } : {}),
    }),
  };
}
