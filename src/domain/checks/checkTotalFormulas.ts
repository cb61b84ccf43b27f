import { MESSAGES } from '../findings/messages';
import { type Finding } from '../findings/Finding';
import { sub, sum } from '../money/arithmetic';
import { type Rational } from '../money/Rational';
import { toNumber } from '../money/toNumber';
import { type TableModel } from '../table/TableModel';
import { cellAddress } from '../a1/cellAddress';
import { parseSumFormula } from './parseSumFormula';
import { exactOf, isKronorColumn, SUMMED_ROLES } from './tableFacts';

/**
 * total-formula-range and hard-coded-total: each SUM in the total row must cover exactly the unit rows of its own
 * column (no omitted rows, no header/total/other rows, nothing twice); typed totals are reported as info, or as a
 * warning when the rest of the row is formulas. A SUM over the wrong rows also says what it costs: the stated
 * column total against the sum of all its unit rows (delta = stated − computed).
 * @example checkTotalFormulas(tableWithSumC4toC15)[0].code //=> 'total-formula-range'
 */
export function checkTotalFormulas(table: TableModel): Finding[] {
  const total = table.totalRow;
  if (!total) return [];
  const findings: Finding[] = [];
  const numericIdx = table.columns.map((c, i) => i).filter((i) => SUMMED_ROLES.has(table.columns[i]!.role));
  const withNumber = numericIdx.filter((i) => total.cells[i]?.number !== undefined);
  const constants = withNumber.filter((i) => !total.cells[i]!.formula);
  const unitRows = new Set(table.rows.map((r) => r.row));
  // Blank rows are harmless in a range; the header, the total itself and unclassified rows are not.
  const suspicious = new Set([table.headerRow, total.row, ...table.unclassified.map((u) => u.row)]);
  for (const i of withNumber) {
    const cell = total.cells[i]!;
    if (!cell.formula) continue;
    const blocks = parseSumFormula(cell.formula);
    if (!blocks) continue;
    const col = table.columns[i]!.col;
    const own = ownSheetKey(table.sheet);
    const elsewhere = blocks.filter((b) => b.sheet !== undefined && b.sheet !== own);
    if (elsewhere.length > 0) {
      findings.push(otherSheet(table, i, cell.address, cell.formula));
      continue;
    }
    const hits = new Map<number, number>();
    const extra: string[] = [];
    for (const b of blocks) {
      for (let r = b.top; r <= b.bottom; r++) {
        for (let c = b.left; c <= b.right; c++) {
          if (c === col && unitRows.has(r)) hits.set(r, (hits.get(r) ?? 0) + 1);
          else if (c !== col || suspicious.has(r)) extra.push(cellAddress(r, c));
        }
      }
    }
    for (const [r, n] of hits) if (n > 1) extra.push(cellAddress(r, col));
    const omitted = table.rows.filter((r) => !hits.has(r.row)).map((r) => cellAddress(r.row, col));
    if (omitted.length === 0 && extra.length === 0) continue;
    const stated = exactOf(cell)!;
    const computed = sum(
      table.rows.map((r) => exactOf(r.cells[i])).filter((v): v is Rational => v !== undefined),
    );
    const range = omitted.length
      ? MESSAGES.totalFormulaOmits({ cell: cell.address, formula: cell.formula, omitted })
      : MESSAGES.totalFormulaDoubleCounts({ cell: cell.address, formula: cell.formula, extra });
    const delta = sub(stated, computed);
    // The money consequence: how far the stated column total is from the sum of all its unit rows.
    const money =
      delta.num === 0n
        ? undefined
        : MESSAGES.totalFormulaMoney({
            column: table.columns[i]!.header,
            stated: toNumber(stated),
            computed: toNumber(computed),
            delta: toNumber(delta),
            kronor: isKronorColumn(table.columns[i]!),
          });
    const message = money ? { sv: `${range.sv} ${money.sv}`, en: `${range.en} ${money.en}` } : range;
    findings.push({
      code: 'total-formula-range',
      severity: 'error',
      sheet: table.sheet,
      cells: [cell.address, ...omitted, ...extra],
      column: table.columns[i]!.header,
      stated: toNumber(stated),
      computed: toNumber(computed),
      delta: toNumber(delta),
      message,
    });
  }
  findings.push(...hardCoded(table, constants, withNumber.length));
  return findings;
}

/** A sheet name as parseSumFormula keeps it: upper case, no spaces. */
const ownSheetKey = (sheet: string): string => sheet.replace(/\s+/g, '').toUpperCase();

/** A total that adds cells of another sheet is not the sum of this table's rows, whatever its range. */
function otherSheet(table: TableModel, i: number, address: string, formula: string): Finding {
  const total = table.totalRow!;
  const stated = exactOf(total.cells[i])!;
  const computed = sum(
    table.rows.map((r) => exactOf(r.cells[i])).filter((v): v is Rational => v !== undefined),
  );
  return {
    code: 'total-formula-range',
    severity: 'error',
    sheet: table.sheet,
    cells: [address],
    column: table.columns[i]!.header,
    stated: toNumber(stated),
    computed: toNumber(computed),
    delta: toNumber(sub(stated, computed)),
    message: MESSAGES.totalFormulaOtherSheet({ cell: address, formula, sheet: table.sheet }),
  };
}

function hardCoded(table: TableModel, constants: readonly number[], numeric: number): Finding[] {
  const total = table.totalRow!;
  if (constants.length === 0) return [];
  const cells = constants.map((i) => total.cells[i]!.address);
  if (constants.length === numeric) {
    return [
      {
        code: 'hard-coded-total',
        severity: 'info',
        sheet: table.sheet,
        cells,
        message: MESSAGES.hardCodedTotals({ cells }),
      },
    ];
  }
  return constants.map((i) => ({
    code: 'hard-coded-total' as const,
    severity: 'warning' as const,
    sheet: table.sheet,
    cells: [total.cells[i]!.address],
    column: table.columns[i]!.header,
    message: MESSAGES.hardCodedTotalAmongFormulas({ cell: total.cells[i]!.address }),
  }));
}
