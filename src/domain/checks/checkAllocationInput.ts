import { type LocalizedText } from '../findings/Finding';
import { MESSAGES } from '../findings/messages';
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
  const byCode = new Map<string, TableRow[]>();
  for (const row of table.rows) {
    if (!row.unit) continue;
    const list = byCode.get(row.unit.code);
    if (list) list.push(row);
    else byCode.set(row.unit.code, [row]);
  }
  return [...byCode.values()]
    .filter((rows) => rows.length > 1)
    .map((rows) => {
      const cells = rows.map((r) => labelCell(table, r));
      return {
        code: 'unit-duplicate',
        blocking: true,
        cells,
        message: MESSAGES.unitDuplicate({ unit: rows[0]!.unit!.name, cells }),
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
      message: {
        sv: `Tabellen har sammanslagna celler (${areas}). En sammanslagen cell har bara ett värde, i sin översta cell; de andra raderna blir tomma. Dela upp sammanslagningen och fyll i varje rad.`,
        en: `The table has merged cells (${areas}). A merged cell has only one value, in its top cell; the other rows are blank. Unmerge the cells and fill in every row.`,
      },
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
    const where = `${cell.address}`;
    const bad = (sv: string, en: string): void => {
      out.push({
        code: 'key-not-number',
        blocking: true,
        cells: [cell.address],
        message: {
          sv: `Nyckeln ”${column}” för ”${unit}” (${where}) ${sv}`,
          en: `The key "${column}" for "${unit}" (${where}) ${en}`,
        },
      });
    };
    if (cell.error !== undefined)
      bad(`visar felvärdet ${cell.error}. Rätta formeln.`, `shows the error ${cell.error}. Fix the formula.`);
    else if (cell.number === undefined && cell.text !== undefined && cell.text.trim() !== '')
      bad(
        `är texten ”${clip(cell.text)}”, inte ett tal. Skriv in ett tal.`,
        `is the text "${clip(cell.text)}", not a number. Enter a number.`,
      );
    else if (cell.number === undefined)
      bad(
        'är tom. Fyll i värdet (0 om enheten inte ska ha något).',
        'is blank. Fill in the value (0 if the unit gets nothing).',
      );
    else if (cell.number < 0) {
      out.push({
        code: 'key-negative',
        blocking: true,
        cells: [cell.address],
        message: MESSAGES.keyNegative({ column, unit, cell: where, value: cell.number }),
      });
    }
  }
  if (out.length > 0) return out;
  const numbers = table.rows.map((r) => r.cells[k]?.number ?? 0);
  if (table.rows.length > 0 && numbers.every((n) => n === 0)) {
    const first = table.rows[0]!.cells[k]!.address;
    const last = table.rows[table.rows.length - 1]!.cells[k]!.address;
    out.push({
      code: 'key-all-zero',
      blocking: true,
      cells: [`${first}:${last}`],
      message: {
        sv: `Nyckeln ”${column}” är 0 för alla rader (${first}:${last}), så det finns inget att fördela efter. Kontrollera att rätt kolumn är vald.`,
        en: `The key "${column}" is 0 on every row (${first}:${last}), so there is nothing to allocate by. Check that the right column is chosen.`,
      },
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
      message: {
        sv: `”${unit}” (${cell}) är ingen känd kommun eller region men får ett belopp. Kontrollera namnet.`,
        en: `"${unit}" (${cell}) is not a known kommun or region but gets an amount. Check the name.`,
      },
    });
  }
  const hidden = table.rows.filter((r) => r.hidden);
  if (hidden.length > 0) {
    const rows = list(hidden.map((r) => `${r.row + 1} (${trimmedLabel(r)})`));
    out.push({
      code: 'hidden-rows',
      blocking: false,
      cells: hidden.map((r) => labelCell(table, r)),
      message: {
        sv: `Dolda eller filtrerade rader räknas med i fördelningen: ${hidden.length > 1 ? 'raderna' : 'rad'} ${rows}. Visa raderna om de inte ska vara med och ta bort dem.`,
        en: `Hidden or filtered rows are included in the allocation: ${hidden.length > 1 ? 'rows' : 'row'} ${rows}. Show the rows and delete them if they do not belong.`,
      },
    });
  }
  if (table.unclassified.length > 0) {
    const rows = table.unclassified.map((u) => String(u.row + 1));
    out.push({
      code: 'unallocated-rows',
      blocking: false,
      cells: [],
      message: MESSAGES.unallocatedRows({ rows, list: list(rows) }),
    });
  }
  return out;
}

const list = (items: readonly string[], max = 8): string =>
  items.length > max ? `${items.slice(0, max).join(', ')} … (${items.length} st)` : items.join(', ');

const clip = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
