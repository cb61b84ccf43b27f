import { MESSAGES } from '../findings/messages';
import { cellAddressIn } from '../table/cellAddressIn';
import { type Finding } from '../findings/Finding';
import { type TableModel } from '../table/TableModel';
import { formulaShape } from './formulaShape';
import { SUMMED_ROLES } from './tableFacts';

/**
 * inconsistent-formula: in a column computed by formulas, a typed constant (a formula overwritten) or a formula of
 * a different R1C1 shape than the column's usual one.
 * @example checkFormulaConsistency(tableWithOverwrittenC7)[0].cells //=> ['C7']
 */
export function checkFormulaConsistency(table: TableModel): Finding[] {
  const findings: Finding[] = [];
  const { valued, computed } = countFormulas(table);
  table.columns.forEach((column, i) => {
    if (!SUMMED_ROLES.has(column.role) && column.role !== 'share') return;
    // Counted first: most columns of a long sheet hold no formulas, and then nothing needs collecting.
    const formulas = computed[i] ?? 0;
    if (formulas < 2 || formulas * 2 < (valued[i] ?? 0)) return;
    for (const r of table.rows) {
      const c = r.cells[i];
      if (!c || c.formula || c.number === undefined) continue;
      const address = cellAddressIn(table, r, i);
      findings.push({
        code: 'inconsistent-formula',
        severity: 'warning',
        sheet: table.sheet,
        cells: [address],
        column: column.header,
        message: MESSAGES.constantAmongFormulas({ cell: address, column: column.header }),
      });
    }
    const shapes = new Map<string, { address: string; formula: string }[]>();
    for (const r of table.rows) {
      const formula = r.cells[i]?.formula;
      if (!formula) continue;
      // The formula checks do not run on a transposed table: here the row is a sheet row, the column a sheet column.
      const shape = formulaShape(formula, r.row, column.col);
      const same = shapes.get(shape);
      const entry = { address: cellAddressIn(table, r, i), formula };
      if (same) same.push(entry);
      else shapes.set(shape, [entry]);
    }
    const [usual, ...others] = [...shapes.values()].sort((a, b) => b.length - a.length);
    const example = usual?.[0];
    if (!usual || !example || usual.length < 2) return;
    for (const odd of others) {
      if (odd.length >= usual.length) continue;
      for (const { address, formula } of odd) {
        findings.push({
          code: 'inconsistent-formula',
          severity: 'warning',
          sheet: table.sheet,
          cells: [address, example.address],
          column: column.header,
          message: MESSAGES.formulaShapeDiffers({
            cell: address,
            column: column.header,
            formula,
            usual: example.formula,
          }),
        });
      }
    }
  });
  return findings;
}

/**
 * Per column, the unit rows' cells with a number or a formula (`valued`) and those with a formula (`computed`), in
 * one pass row by row: a long table's cells lie in memory row after row, and a pass per column misses the cache.
 */
function countFormulas(table: TableModel): { valued: Uint32Array; computed: Uint32Array } {
  const valued = new Uint32Array(table.columns.length);
  const computed = new Uint32Array(table.columns.length);
  for (const r of table.rows) {
    const cells = r.cells;
    for (let i = 0; i < cells.length && i < valued.length; i++) {
      const c = cells[i];
      if (c?.formula) {
        computed[i] = (computed[i] ?? 0) + 1;
        valued[i] = (valued[i] ?? 0) + 1;
      } else if (c?.number !== undefined) valued[i] = (valued[i] ?? 0) + 1;
    }
  }
  return { valued, computed };
}
