import { MESSAGES } from '../findings/messages';
import { type Finding } from '../findings/Finding';
import { type TableModel } from '../table/TableModel';
import { parseCellRef } from '../a1/parseCellRef';
import { formulaShape } from './formulaShape';
import { SUMMED_ROLES } from './tableFacts';

/**
 * inconsistent-formula: in a column computed by formulas, a typed constant (a formula overwritten) or a formula of
 * a different R1C1 shape than the column's usual one.
 * @example checkFormulaConsistency(tableWithOverwrittenC7)[0].cells //=> ['C7']
 */
export function checkFormulaConsistency(table: TableModel): Finding[] {
  const findings: Finding[] = [];
  table.columns.forEach((column, i) => {
    if (!SUMMED_ROLES.has(column.role) && column.role !== 'share') return;
    // Counted first: most columns of a long sheet hold no formulas, and then nothing needs collecting.
    let valued = 0;
    let computed = 0;
    for (const r of table.rows) {
      const c = r.cells[i];
      if (c?.formula) computed++;
      if (c?.formula || c?.number !== undefined) valued++;
    }
    if (computed < 2 || computed * 2 < valued) return;
    const cells = table.rows.flatMap((r) => {
      const c = r.cells[i];
      return c && (c.number !== undefined || c.formula) ? [c] : [];
    });
    for (const c of cells) {
      if (c.formula) continue;
      findings.push({
        code: 'inconsistent-formula',
        severity: 'warning',
        sheet: table.sheet,
        cells: [c.address],
        column: column.header,
        message: MESSAGES.constantAmongFormulas({ cell: c.address, column: column.header }),
      });
    }
    const shapes = new Map<string, { address: string; formula: string }[]>();
    for (const c of cells) {
      const at = parseCellRef(c.address);
      if (!c.formula || !at) continue;
      const shape = formulaShape(c.formula, at.row, at.col);
      const same = shapes.get(shape);
      const entry = { address: c.address, formula: c.formula };
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
