import { defined } from '../domain/errors';
import { cellAddressIn } from '../domain/table/cellAddressIn';
import { exactOf, labelCell, trimmedLabel } from '../domain/checks/tableFacts';
import {
  type AllocatedAmount,
  type FollowupAllocation,
  type FollowupReport,
  type ReportedAmount,
  type ReportedRow,
} from '../domain/followup/Followup';
import { mul } from '../domain/money/arithmetic';
import { fromNumber } from '../domain/money/fromNumber';
import { type TableColumn, type TableModel, type TableRow } from '../domain/table/TableModel';
import { normalizeLabel } from '../domain/units/normalizeLabel';

/** What a column of an återredovisning holds. */
export type FollowupRole = 'allocated' | 'requested' | 'used' | 'unused' | 'transferred' | 'pot';

/** Amount roles, in the order a report usually has them. */
export const FOLLOWUP_AMOUNT_ROLES = ['allocated', 'requested', 'used', 'unused', 'transferred'] as const;

/** Role → column letter, as recognised or chosen by hand. */
export type FollowupColumnChoice = Partial<Record<FollowupRole, string>>;

// Order matters: "ej förbrukat" must not read as förbrukat, "överfört" before the rest.
const PATTERNS: readonly (readonly [FollowupRole, RegExp])[] = [
  ['transferred', /(överför|flyttat till|ombudget)/u],
  [
    'unused',
    /((ej|inte|icke) (förbruka|använ|upparbeta|nyttja)|\bkvar\b|återbetal|återbetal|outnyttja|återstå|överskott|oförbruka)/u,
  ],
  ['used', /(förbruka|använt|använda|upparbeta|nyttjat|nyttjade|kostnader|utfall)/u],
  ['requested', /(rekvir|utbetal)/u],
  ['allocated', /(tilldela|erhåll|beviljat|beviljade|fördelat|fördelade)/u],
  ['pot', /(\bpott|satsning|ändamål|område|stimulansmedel för)/u],
];

/**
 * The follow-up role a Swedish header names: tilldelat/erhållet, rekvirerat/utbetalt, förbrukat/använt/upparbetat,
 * ej förbrukat/kvar/återbetalas, överfört, or the pot (satsning, område); undefined for anything else.
 * @example followupRole('Ej förbrukat (kr)') //=> 'unused'
 * @example followupRole('Upparbetat 2020') //=> 'used'
 */
export function followupRole(header: string): FollowupRole | undefined {
  const h = normalizeLabel(header);
  return PATTERNS.find(([, re]) => re.test(h))?.[0];
}

/**
 * The columns of a table by follow-up role, first match per role (a role two columns share is `ambiguous`, and
 * the caller may choose by hand); amount roles only on numeric columns, the pot only on a text column.
 * @example recogniseFollowupColumns(report).choice //=> { allocated: 'B', used: 'C', unused: 'D' }
 */
export function recogniseFollowupColumns(table: TableModel): {
  readonly choice: FollowupColumnChoice;
  readonly ambiguous: readonly FollowupRole[];
} {
  const choice: FollowupColumnChoice = {};
  const ambiguous = new Set<FollowupRole>();
  for (const column of table.columns) {
    if (column.role === 'unit' || column.role === 'code' || column.role === 'share') continue;
    const role = followupRole(column.header);
    if (!role || (role === 'pot') !== (column.role === 'other')) continue;
    if (choice[role] === undefined) choice[role] = column.letter;
    else ambiguous.add(role);
  }
  return { choice, ambiguous: [...ambiguous] };
}

/**
 * The columns that could hold a follow-up role (the same test as {@link recogniseFollowupColumns}), for choosing
 * by hand between columns that share a role.
 * @example followupRoleCandidates(report, 'used').map((c) => c.letter) //=> ['C', 'D']
 */
export function followupRoleCandidates(table: TableModel, role: FollowupRole): readonly TableColumn[] {
  return table.columns.filter(
    (column) =>
      column.role !== 'unit' &&
      column.role !== 'code' &&
      column.role !== 'share' &&
      followupRole(column.header) === role &&
      (role === 'pot') === (column.role === 'other'),
  );
}

/**
 * Whether a table reads as an återredovisning: it has a förbrukat or an ej förbrukat column.
 * @example isFollowupTable(report) //=> true
 */
export function isFollowupTable(table: TableModel): boolean {
  const { choice } = recogniseFollowupColumns(table);
  return choice.used !== undefined || choice.unused !== undefined;
}

/**
 * The report rows of a table for reconcileFollowup: exact kronor (tkr/mnkr columns scaled), the cells they came
 * from, and text that is not a number as `unreadable` (a blank cell is simply not reported).
 * @example followupReportFromTable(report).rows[0].used?.cell //=> 'C4'
 */
export function followupReportFromTable(
  table: TableModel,
  choice: FollowupColumnChoice = recogniseFollowupColumns(table).choice,
): FollowupReport {
  const index = (letter: string | undefined): number =>
    letter === undefined ? -1 : table.columns.findIndex((c) => c.letter === letter);
  const potIdx = index(choice.pot);
  const rows = table.rows.map((row): ReportedRow => {
    const unreadable: { cell: string; column: string; text: string }[] = [];
    const amounts: Partial<Record<(typeof FOLLOWUP_AMOUNT_ROLES)[number], ReportedAmount>> = {};
    for (const role of FOLLOWUP_AMOUNT_ROLES) {
      const i = index(choice[role]);
      const column = table.columns[i];
      if (!column) continue;
      const cell = row.cells[i];
      const value = exactOf(cell);
      if (cell && value)
        amounts[role] = {
          value: kronor(value, column),
          cell: cellAddressIn(table, row, i),
          column: column.header,
        };
      else if (cell?.text !== undefined && cell.text.trim() !== '') {
        unreadable.push({
          cell: cellAddressIn(table, row, i),
          column: column.header,
          text: cell.text.trim(),
        });
      }
    }
    const pot = potIdx < 0 ? undefined : row.cells[potIdx]?.text?.trim();
    return {
      unit: trimmedLabel(row),
      ...(row.unit ? { code: row.unit.code } : {}),
      ...(pot ? { pot } : {}),
      labelCell: labelCell(table, row),
      ...amounts,
      ...(unreadable.length > 0 ? { unreadable } : {}),
    };
  });
  return { sheet: table.sheet, range: table.range, rows };
}

/**
 * The allocation a table states: one pot per amount column (its header names the pot), or the total column when
 * it has no amount columns; rows with no number in a pot's column are not allocated from it.
 * Undefined when the table has no amount at all.
 * @example followupAllocationFromTable(dalarna).amounts[0] //=> { unit: 'Avesta', code: '2084', pot: 'Ers per kommun', amount: 1264598, cell: 'C4' }
 */
export function followupAllocationFromTable(table: TableModel): FollowupAllocation | undefined {
  const numeric = (role: TableColumn['role']): number[] =>
    table.columns.flatMap((c, i) => (c.role === role && followupRole(c.header) !== 'used' ? [i] : []));
  const pots = numeric('amount').length > 0 ? numeric('amount') : numeric('total').slice(-1);
  if (pots.length === 0) return undefined;
  const amounts = table.rows.flatMap((row) => pots.flatMap((i) => allocated(table, row, i)));
  return { sheet: table.sheet, range: table.range, amounts };
}

/**
 * The allocation on Länsnyckel's own Fördelning sheet (code, unit, key values, shares, one column per pot, a row
 * total): the pot columns are those between the last share column and the total; a sheet without shares (fixed
 * amounts only) is read by its total. The " (2)" that keeps a pot header unique is not part of the pot's name.
 * @example followupAllocationFromOwnSheet(fordelning).amounts[0].cell //=> 'E5'
 */
export function followupAllocationFromOwnSheet(table: TableModel): FollowupAllocation | undefined {
  const last = table.columns.length - 1;
  const lastShare = table.columns.map((c) => c.role).lastIndexOf('share');
  const potIdx =
    lastShare < 0 ? [] : Array.from({ length: last - lastShare - 1 }, (_, k) => lastShare + 1 + k);
  const pots = potIdx.length > 0 ? potIdx : [last];
  if (last < 1) return undefined;
  const amounts = table.rows.flatMap((row) => pots.flatMap((i) => allocated(table, row, i)));
  return {
    sheet: table.sheet,
    range: table.range,
    amounts: amounts.map((a) => ({ ...a, pot: a.pot.replace(/ \(\d+\)$/u, '') })),
  };
}

function allocated(table: TableModel, row: TableRow, i: number): AllocatedAmount[] {
  const column = defined(table.columns[i], 'pot column');
  const cell = row.cells[i];
  const value = exactOf(cell);
  if (!cell || !value) return [];
  return [
    {
      unit: trimmedLabel(row),
      ...(row.unit ? { code: row.unit.code } : {}),
      pot: column.header || column.letter,
      amount: kronor(value, column),
      cell: cellAddressIn(table, row, i),
    },
  ];
}

function kronor(value: ReturnType<typeof fromNumber>, column: TableColumn): ReturnType<typeof fromNumber> {
  return column.scale && column.scale !== 1 ? mul(value, fromNumber(column.scale)) : value;
}
