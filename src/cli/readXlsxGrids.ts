import ExcelJS from 'exceljs';
import { type Cell, type CellValue, EMPTY_CELL, type Grid } from '../workbook/Grid';
import { readOutputSheetNames } from './outputMarker';

/**
 * Reads every worksheet of an .xlsx file into a Grid: values, formulas with their cached results, error values,
 * number formats, hidden rows and merged ranges (merged areas keep their value in the top-left cell only).
 */
export async function readXlsxGrids(path: string): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ours = new Set(readOutputSheetNames(wb));
  return wb.worksheets.map((ws) =>
    ours.has(ws.name) ? { ...worksheetToGrid(ws), isOutput: true } : worksheetToGrid(ws),
  );
}

/** One worksheet as a Grid from A1 to its last used cell. */
export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const rowCount = ws.actualRowCount === 0 ? 0 : ws.rowCount;
  const colCount = ws.actualColumnCount === 0 ? 0 : ws.columnCount;
  const cells: Cell[][] = [];
  const hiddenRows: number[] = [];
  // Rows ExcelJS never saw share one empty row: a stray value in row 1 048 576 must not cost a million rows.
  const emptyRow: readonly Cell[] = Object.freeze(Array.from({ length: colCount }, () => EMPTY_CELL));
  for (let r = 1; r <= rowCount; r++) {
    const row = ws.findRow(r);
    if (!row) {
      cells.push(emptyRow as Cell[]);
      continue;
    }
    if (row.hidden) hiddenRows.push(r - 1);
    const out: Cell[] = [];
    for (let c = 1; c <= colCount; c++) out.push(toCell(row.getCell(c)));
    cells.push(out);
  }
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  return {
    sheet: ws.name,
    origin: { row: 0, col: 0 },
    cells,
    ...(hiddenRows.length ? { hiddenRows } : {}),
    ...(merges.length ? { merged: merges } : {}),
  };
}

function toCell(cell: ExcelJS.Cell): Cell {
  if (cell.isMerged && cell.master !== cell) return EMPTY_CELL;
  const raw = cell.value;
  if (raw === null || raw === undefined) return EMPTY_CELL;
  const numberFormat = cell.numFmt ? { numberFormat: cell.numFmt } : {};
  if (typeof raw === 'object' && !(raw instanceof Date) && ('formula' in raw || 'sharedFormula' in raw)) {
    const formula = cell.formula ? { formula: '=' + cell.formula } : {};
    return { value: plainValue((raw as { result?: unknown }).result), ...formula, ...numberFormat };
  }
  return { value: plainValue(raw), ...numberFormat };
}

/** ExcelJS's value shapes reduced to the closed CellValue union. */
function plainValue(raw: unknown): CellValue {
  if (raw === null || raw === undefined) return { kind: 'empty' };
  if (typeof raw === 'number')
    return Number.isFinite(raw) ? { kind: 'number', value: raw } : { kind: 'error', value: '#NUM!' };
  if (typeof raw === 'string') return raw === '' ? { kind: 'empty' } : { kind: 'text', value: raw };
  if (typeof raw === 'boolean') return { kind: 'boolean', value: raw };
  if (raw instanceof Date) return { kind: 'text', value: raw.toISOString().slice(0, 10) };
  if (typeof raw === 'object') {
    const o = raw as { error?: string; richText?: { text: string }[]; text?: unknown; result?: unknown };
    if (typeof o.error === 'string') return { kind: 'error', value: o.error };
    if (Array.isArray(o.richText)) return { kind: 'text', value: o.richText.map((t) => t.text).join('') };
    if (typeof o.text === 'string') return { kind: 'text', value: o.text };
    if ('result' in o) return plainValue(o.result);
  }
  return { kind: 'text', value: String(raw) };
}
