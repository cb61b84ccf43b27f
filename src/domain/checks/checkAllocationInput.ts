import { type LocalizedText } from '../findings/Finding';
import { cellAddressIn } from '../table/cellAddressIn';
import { MESSAGES } from '../findings/messages';
import { PROBLEM_MESSAGES } from '../findings/problemMessages';
import { type TableModel, type TableRow } from '../table/TableModel';
import { parseRangeAddress } from '../a1/parseRangeAddress';
import { labelCell, trimmedLabel } from './tableFacts';

/** Why a table cannot be allocated as it stands (blocking), or what the user should know when it is. */
export type AllocationInputCode =
  | 'unit-duplicate'
  | 'key-not-number'
  | 'key-negative'
  | 'key-all-zero'
  | 'merged-cells'
  | 'unknown-unit'
  | 'hidden-rows'
  | 'unallocated-rows';

export interface AllocationInputProblem {
  readonly code: AllocationInputCode;
  /** True: nothing may be allocated or written until it is fixed. False: allocate, but tell the user. */
  readonly blocking: boolean;
  /** Sheet-local A1 addresses, most relevant first. */
  readonly cells: readonly string[];
  readonly message: LocalizedText;
}

export interface AllocationInputOptions {
  /** Merged areas of the sheet (A1), as the reader reports them. */
  readonly merged?: readonly string[];
}

/**
 * What must hold before a table's unit rows get money: one row per unit, a number ≥ 0 in every key cell, not all
 * zero, no merged cells among the rows; and what the user is told when allocating anyway (unknown labels, hidden
 * rows, rows inside the table that get nothing). Blocking problems come first. Both adapters (CLI and task pane)
 * call this before allocatePlan, so a refusal reads the same everywhere.
 * @example checkAllocationInput(tableWithMoraTwice, [1])[0].code //=> 'unit-duplicate'
 */
export function checkAllocationInput(
  table: TableModel,
  keyColumns: readonly number[],
  options: AllocationInputOptions = {},
): AllocationInputProblem[] {
  const problems: AllocationInputProblem[] = [
    ...duplicates(table),
    ...mergedInBody(table, keyColumns, options.merged ?? []),
    ...keyColumns.flatMap((k) => keyProblems(table, k)),
  ];
  return [...problems, ...notes(table)];
}

function duplicates(table: TableModel): AllocationInputProblem[] {
  // The group keeps the first row's name, so the message names the unit as the table first spells it.
  const byCode = new Map<string, { name: string; rows: TableRow[] }>();
  for (const row of table.rows) {
    if (!row.unit) continue;
    const group = byCode.get(row.unit.code);
    if (group) group.rows.push(row);
    else byCode.set(row.unit.code, { name: row.unit.name, rows: [row] });
  }
  return [...byCode.values()]
    .filter(({ rows }) => rows.length > 1)
    .map(({ name, rows }) => {
      const cells = rows.map((r) => labelCell(table, r));
      return {
        code: 'unit-duplicate',
        blocking: true,
        cells,
        message: MESSAGES.unitDuplicate({ unit: name, cells }),
      };
    });
}

function mergedInBody(
  table: TableModel,
  keyColumns: readonly number[],
  merged: readonly string[],
): AllocationInputProblem[] {
  // Only a merge over several rows empties cells the allocation reads: a one-row merge ("Summa" over A20:B20,
  // a title) keeps every row's value.
  const unitRows = table.rows.map((r) => r.row);
  const cols = [table.columns.findIndex((c) => c.role === 'unit'), ...keyColumns].flatMap((i) =>
    i >= 0 && table.columns[i] ? [table.columns[i].col] : [],
  );
  const hits = merged.filter((area) => {
    const box = parseRangeAddress(area);
    if (!box || box.endRow === box.startRow) return false;
    const touchesUnit = unitRows.some((r) => r >= box.startRow && r <= box.endRow);
    return touchesUnit && cols.some((c) => c >= box.startCol && c <= box.endCol);
  });
  if (hits.length === 0) return [];
  const areas = hits.join(', ');
  return [
    {
      code: 'merged-cells',
      blocking: true,
      cells: hits,
      message: PROBLEM_MESSAGES.mergedCells({ areas }),
    },
  ];
}

function keyProblems(table: TableModel, k: number): AllocationInputProblem[] {
  const column = table.columns[k]?.header || table.columns[k]?.letter || '?';
  const out: AllocationInputProblem[] = [];
  for (const row of table.rows) {
    const cell = row.cells[k];
    if (!cell) continue;
    const unit = trimmedLabel(row);
    const where = cellAddressIn(table, row, k);
    const bad = (message: LocalizedText): void => {
      out.push({ code: 'key-not-number', blocking: true, cells: [where], message });
    };
    if (cell.error !== undefined)
      bad(PROBLEM_MESSAGES.keyCellError({ column, unit, cell: where, error: cell.error }));
    else if (cell.number === undefined && cell.text !== undefined && cell.text.trim() !== '')
      bad(PROBLEM_MESSAGES.keyCellText({ column, unit, cell: where, text: clip(cell.text) }));
    else if (cell.number === undefined) bad(PROBLEM_MESSAGES.keyCellBlank({ column, unit, cell: where }));
    else if (cell.number < 0) {
      out.push({
        code: 'key-negative',
        blocking: true,
        cells: [where],
        message: PROBLEM_MESSAGES.keyNegative({ column, unit, cell: where, value: cell.number }),
      });
    }
  }
  if (out.length > 0) return out;
  const numbers = table.rows.map((r) => r.cells[k]?.number ?? 0);
  const [firstRow] = table.rows;
  const lastRow = table.rows.at(-1);
  if (firstRow && lastRow && numbers.every((n) => n === 0)) {
    const first = cellAddressIn(table, firstRow, k);
    const last = cellAddressIn(table, lastRow, k);
    out.push({
      code: 'key-all-zero',
      blocking: true,
      cells: [`${first}:${last}`],
      message: PROBLEM_MESSAGES.keyAllZero({ column, first, last }),
    });
  }
  return out;
}

function notes(table: TableModel): AllocationInputProblem[] {
  const out: AllocationInputProblem[] = [];
  for (const row of table.rows) {
    if (row.unit) continue;
    const cell = labelCell(table, row);
    const unit = trimmedLabel(row);
    out.push({
      code: 'unknown-unit',
      blocking: false,
      cells: [cell],
      message: PROBLEM_MESSAGES.unknownUnit({ unit, cell }),
    });
  }
  const hidden = table.rows.filter((r) => r.hidden);
  if (hidden.length > 0) {
    const rows = list(hidden.map((r) => `${r.row + 1} (${trimmedLabel(r)})`));
    out.push({
      code: 'hidden-rows',
      blocking: false,
      cells: hidden.map((r) => labelCell(table, r)),
      message: PROBLEM_MESSAGES.hiddenRows({ count: hidden.length, list: rows }),
    });
  }
  if (table.unclassified.length > 0) {
    const rows = table.unclassified.map((u) => String(u.row + 1));
    out.push({
      code: 'unallocated-rows',
      blocking: false,
      cells: [],
      message: PROBLEM_MESSAGES.unallocatedRows({ rows, list: list(rows) }),
    });
  }
  return out;
}

const list = (items: readonly string[], max = 8): string =>
  items.length > max ? `${items.slice(0, max).join(', ')} … (${items.length} st)` : items.join(', ');

const clip = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
