import { parseSumFormula } from '../domain/checks/parseSumFormula';
import { type TableCell } from '../domain/table/TableModel';

/** A row-total relation a column's own formulas state. */
export interface RowTotalFormula {
  /** The sheet columns the formulas add, left to right. */
  readonly sumOf: readonly number[];
  /** One of the formulas, as written (for the column's evidence). */
  readonly example: string;
  /** How many of the column's formulas add exactly these columns. */
  readonly rows: number;
}

/**
 * The columns a column's formulas add on their own row ("=C5+D5+E5", "=SUM(C5:E5)", "=SUMMA(C5;E5)"): the set most
 * of its adding formulas agree on, when it names at least two of the table's other columns. Undefined when the
 * column holds no such formulas (typed values, other functions, references to other rows or sheets): then nothing
 * but the values can suggest a relation.
 * `sheetRows` holds each cell's 0-based sheet row (parallel to `cells`), `col` the column's sheet column.
 * @example rowTotalFormula([{ number: 6, formula: '=C5+D5+E5' }], [4], 5, [2, 3, 4, 5]) //=> { sumOf: [2, 3, 4], … }
 */
export function rowTotalFormula(
  cells: readonly TableCell[],
  sheetRows: readonly number[],
  col: number,
  tableCols: readonly number[],
): RowTotalFormula | undefined {
  const inTable = new Set(tableCols);
  const bySet = new Map<string, { sumOf: number[]; example: string; rows: number }>();
  let adding = 0;
  for (let k = 0; k < cells.length; k++) {
    const cell = cells[k];
    const row = sheetRows[k];
    if (!cell?.formula || row === undefined) continue;
    const parts = sameRowColumns(row, cell.formula, col);
    if (!parts) continue;
    adding++;
    if (parts.length < 2 || parts.some((c) => !inTable.has(c))) continue;
    const key = parts.join(',');
    const seen = bySet.get(key);
    if (seen) seen.rows++;
    else bySet.set(key, { sumOf: parts, example: cell.formula, rows: 1 });
  }
  let best: { sumOf: number[]; example: string; rows: number } | undefined;
  for (const v of bySet.values()) if (!best || v.rows > best.rows) best = v;
  // Most of the column's adding formulas must agree: one odd row is a finding, not the relation.
  if (!best || best.rows * 2 <= adding) return undefined;
  const example = best.example.startsWith('=') ? best.example : `=${best.example}`;
  return { sumOf: best.sumOf, example, rows: best.rows };
}

/** The columns an adding formula covers on the cell's own row (sorted, each once); undefined for anything else. */
function sameRowColumns(row: number, formula: string, col: number): number[] | undefined {
  const blocks = parseSumFormula(formula);
  if (!blocks) return undefined;
  const cols = new Set<number>();
  for (const b of blocks) {
    if (b.sheet !== undefined || b.top !== row || b.bottom !== row) return undefined;
    for (let c = b.left; c <= b.right; c++) {
      if (c === col || cols.has(c)) return undefined;
      cols.add(c);
    }
  }
  return [...cols].sort((a, b) => a - b);
}
