import { HyperFormula, type CellValue, type RawCellContent } from 'hyperformula';
import { requireRange } from '../../src/domain/a1/requireRange';
import { type PlannedCell, type SheetPlan } from '../../src/output/SheetPlan';
import { defined } from './defined';

/** A SheetPlan loaded into HyperFormula: read any cell by sheet/A1, edit cells, read the recalculated values. */
export interface EvaluatedPlan {
  readonly hf: HyperFormula;
  /** The evaluated value of a cell: number, string, boolean, null (empty) or an error object. */
  value(sheet: string, a1: string): CellValue;
  /** Sets a cell to a number or text (text is never parsed as a formula) and recalculates. */
  set(sheet: string, a1: string, value: number | string): void;
}

/** Loads every sheet of the plan into a fresh HyperFormula instance and evaluates all formulas. */
export function evaluateSheetPlan(plan: SheetPlan): EvaluatedPlan {
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const sheet of plan.sheets) sheets[sheet.name] = toRawGrid(sheet.blocks);
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3' });
  const locate = (sheet: string, a1: string): { sheet: number; row: number; col: number } => {
    const id = hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`no sheet named ${sheet}`);
    return { sheet: id, row: requireRange(a1).startRow, col: requireRange(a1).startCol };
  };
  return {
    hf,
    value: (sheet, a1) => hf.getCellValue(locate(sheet, a1)),
    set: (sheet, a1, value) => {
      hf.setCellContents(locate(sheet, a1), [[typeof value === 'string' ? `'${value}` : value]]);
    },
  };
}

function toRawGrid(blocks: SheetPlan['sheets'][number]['blocks']): RawCellContent[][] {
  const grid: RawCellContent[][] = [];
  for (const block of blocks) {
    const { startRow, startCol } = requireRange(block.address);
    const origin = { row: startRow, col: startCol };
    block.rows.forEach((cells, r) => {
      const row = (grid[origin.row + r] ??= []);
      cells.forEach((cell, c) => {
        row[origin.col + c] = toRaw(cell);
      });
    });
  }
  // HyperFormula wants dense rows; holes become empty cells.
  return Array.from(grid, (row) => Array.from(row ?? [], (v) => v ?? null));
}

function toRaw(cell: PlannedCell): RawCellContent {
  switch (cell.kind) {
    case 'empty':
      return null;
    case 'number':
      return cell.value;
    case 'formula':
      return cell.formula;
    case 'text':
      // A leading apostrophe makes HyperFormula keep the rest as text, as Excel does: '=x' stays text.
      return `'${cell.text}`;
  }
}

/**
 * The planned cell at an A1 address of a planned sheet (empty when no block covers it); a missing sheet (a plan's
 * `sheets[0]` that is not there) fails the test.
 */
export function cellAt(maybeSheet: SheetPlan['sheets'][number] | undefined, a1: string): PlannedCell {
  const sheet = defined(maybeSheet, 'the planned sheet');
  const { startRow: row, startCol: col } = requireRange(a1);
  for (const block of sheet.blocks) {
    const { startRow, startCol } = requireRange(block.address);
    const origin = { row: startRow, col: startCol };
    const cell = block.rows[row - origin.row]?.[col - origin.col];
    if (cell !== undefined) return cell;
  }
  return { kind: 'empty' };
}

/** The sheet of a plan with the given role; throws when missing. */
export function sheetOf(
  plan: SheetPlan,
  role: SheetPlan['sheets'][number]['role'],
): SheetPlan['sheets'][number] {
  const sheet = plan.sheets.find((s) => s.role === role);
  if (!sheet) throw new Error(`plan has no ${role} sheet`);
  return sheet;
}
