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
    const cells = table.rows.map((r) => r.cells[i]!).filter((c) => c.number !== undefined || c.formula);
    const formulas = cells.filter((c) => c.formula);
    if (formulas.length < 2 || formulas.length * 2 < cells.length) return;
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
    const shapes = new Map<string, string[]>();
    for (const c of formulas) {
      const at = parseCellRef(c.address)!;
      const shape = formulaShape(c.formula!, at.row, at.col);
      shapes.set(shape, [...(shapes.get(shape) ?? []), c.address]);
    }
    const ranked = [...shapes.entries()].sort((a, b) => b[1].length - a[1].length);
    const usual = ranked[0]![1];
    if (usual.length < 2) return;
    for (const [, addresses] of ranked.slice(1)) {
      if (addresses.length >= usual.length) continue;
      for (const address of addresses) {
        const formula = formulas.find((f) => f.address === address)!.formula!;
        const example = formulas.find((f) => f.address === usual[0])!.formula!;
        findings.push({
          code: 'inconsistent-formula',
          severity: 'warning',
          sheet: table.sheet,
          cells: [address, usual[0]!],
          column: column.header,
          message: MESSAGES.formulaShapeDiffers({
            cell: address,
            column: column.header,
            formula,
            usual: example,
          }),
        });
      }
    }
  });
  return findings;
}
