import { cellAddress } from '../domain/a1/cellAddress';
import { rangeAddress } from '../domain/a1/rangeAddress';
import { type Finding, type Severity } from '../domain/findings/Finding';
import { type FollowupAllocation, type FollowupLine, type FollowupResult } from '../domain/followup/Followup';
import { div, neg, sub, sum, ZERO } from '../domain/money/arithmetic';
import { type Rational } from '../domain/money/Rational';
import { toNumber } from '../domain/money/toNumber';
import { type FollowupTexts } from './followupTexts';
import { EMPTY, formulaCell, numberCell, textCell } from './plannedCells';
import { formulaLiteral } from './rationalText';
import { type Hyperlink, type PlannedCell, type SheetWrite } from './SheetPlan';
import { NoUnitsError } from './outputErrors';

/** Where things sit on the Återredovisning sheet (0-based rows); exported so tests and adapters can find them. */
export const FOLLOWUP_LAYOUT = { titleRow: 0, captionRow: 1, headerRow: 3, firstUnitRow: 4 } as const;

export interface FollowupSheetInput {
  readonly name: string;
  readonly allocation: FollowupAllocation;
  readonly report: { readonly sheet: string; readonly range: string };
  readonly result: FollowupResult;
  /** Every finding to list and link (the report's ordinary checks and the reconciliation's). */
  readonly findings: readonly Finding[];
  readonly texts: FollowupTexts;
  readonly date: string;
}

/** Light red fill, dark red text: Excel's own "not OK" preset, as on the Fördelning sheet. */
const ALERT = { fill: '#FFC7CE', fontColor: '#9C0006' } as const;
const AMOUNT = '#,##0';
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The amount columns, left to right; överfört only when some kommun reports it, pot only for per-pot lines. */
interface Columns {
  readonly pot: number;
  readonly allocated: number;
  readonly reported: number;
  readonly used: number;
  readonly unused: number;
  readonly transferred: number;
  readonly share: number;
  readonly control: number;
  readonly status: number;
}

function columnsFor(withPot: boolean, withTransferred: boolean): Columns {
  const allocated = withPot ? 3 : 2;
  const transferred = withTransferred ? allocated + 4 : -1;
  const share = allocated + (withTransferred ? 5 : 4);
  return {
    pot: withPot ? 2 : -1,
    allocated,
    reported: allocated + 1,
    used: allocated + 2,
    unused: allocated + 3,
    transferred,
    share,
    control: share + 1,
    status: share + 2,
  };
}

/**
 * The `Återredovisning` sheet: one row per kommun (and pot) with tilldelat (from the allocation), what it reported,
 * förbrukat, ej förbrukat, andel förbrukad, a live row control `=tilldelat − förbrukat − ej förbrukat` and its
 * status; a sum row of live SUMs and a control row `=SUM(tilldelat) − fördelat` that show 0 until someone edits
 * an amount; the ekonomisk redovisning (mottaget, avsatt, fördelat, förbrukat, att återbetala, förbrukat utöver
 * tilldelat) with its own
 * control; and every finding with a link to its cell.
 */
export function buildFollowupSheet(input: FollowupSheetInput): SheetWrite {
  const { result, texts } = input;
  const lines = result.lines;
  if (lines.length === 0) throw new NoUnitsError('follow-up');
  const withPot = new Set(lines.flatMap((l) => (l.pot === undefined ? [] : [l.pot]))).size > 1;
  const withTransferred = lines.some((l) => l.transferred !== undefined);
  const cols = columnsFor(withPot, withTransferred);
  const { headerRow, firstUnitRow } = FOLLOWUP_LAYOUT;
  const lastUnitRow = firstUnitRow + lines.length - 1;
  const sumRow = lastUnitRow + 1;
  const controlRow = sumRow + 1;
  const at = (row: number, col: number): string => cellAddress(row, col);
  const colRange = (col: number): string =>
    rangeAddress({ startRow: firstUnitRow, startCol: col, endRow: lastUnitRow, endCol: col });
  const width = cols.status + 1;
  const row = (cells: Record<number, PlannedCell>): PlannedCell[] =>
    Array.from({ length: width }, (_, c) => cells[c] ?? EMPTY);

  const headers = row({
    0: textCell(texts.code),
    1: textCell(texts.unit),
    ...(withPot ? { [cols.pot]: textCell(texts.pot) } : {}),
    [cols.allocated]: textCell(texts.allocated),
    [cols.reported]: textCell(texts.reported),
    [cols.used]: textCell(texts.used),
    [cols.unused]: textCell(texts.unused),
    ...(withTransferred ? { [cols.transferred]: textCell(texts.transferred) } : {}),
    [cols.share]: textCell(texts.usedShare),
    [cols.control]: textCell(texts.rowControl),
    [cols.status]: textCell(texts.status),
  });

  const unitRows = lines.map((line, i) => {
    const r = firstUnitRow + i;
    const value = (x: Rational | undefined): PlannedCell =>
      x === undefined ? EMPTY : numberCell(toNumber(x));
    const minus = [cols.used, cols.unused, ...(withTransferred ? [cols.transferred] : [])].map(
      (c) => `-${at(r, c)}`,
    );
    return row({
      0: textCell(line.code ?? ''),
      1: textCell(line.unit),
      ...(withPot ? { [cols.pot]: textCell(line.pot ?? '') } : {}),
      [cols.allocated]: numberCell(toNumber(line.allocated)),
      [cols.reported]: value(line.reported),
      [cols.used]: value(line.used),
      [cols.unused]: value(line.unused),
      ...(withTransferred ? { [cols.transferred]: value(line.transferred) } : {}),
      [cols.share]: formulaCell(
        `=IF(${at(r, cols.allocated)}=0,"",${at(r, cols.used)}/${at(r, cols.allocated)})`,
        usedShare(line),
      ),
      [cols.control]: formulaCell(`=${at(r, cols.allocated)}${minus.join('')}`, toNumber(rowControl(line))),
      [cols.status]: textCell(texts.statusText[line.status]),
    });
  });

  const summed = [
    cols.allocated,
    cols.reported,
    cols.used,
    cols.unused,
    ...(withTransferred ? [cols.transferred] : []),
    cols.control,
  ];
  const columnSum = (col: number): Rational => sum(lines.map((l) => columnValue(l, col, cols) ?? ZERO));
  const sumCells = row({
    1: textCell(texts.sum),
    ...Object.fromEntries(
      summed.map((c) => [c, formulaCell(`=SUM(${colRange(c)})`, toNumber(columnSum(c)))]),
    ),
  });
  const distributed = sum(input.allocation.amounts.map((a) => a.amount));
  const controlCells = row({
    1: textCell(texts.control),
    [cols.allocated]: formulaCell(
      `=SUM(${colRange(cols.allocated)})-${formulaLiteral(distributed)}`,
      toNumber(sub(columnSum(cols.allocated), distributed)),
    ),
  });

  const summaryTop = controlRow + 2;
  const summary = summaryRows(input, cols, sumRow, summaryTop, withTransferred);
  const findingsTop = summaryTop + summary.rows.length + 1;
  const listed = findingRows(input, findingsTop, width);

  const amountCols = [cols.allocated, cols.reported, cols.used, cols.unused, cols.transferred, cols.control];
  return {
    name: input.name,
    role: 'followup',
    blocks: [
      { address: at(FOLLOWUP_LAYOUT.titleRow, 0), rows: [[textCell(input.name)]] },
      { address: at(FOLLOWUP_LAYOUT.captionRow, 0), rows: [[textCell(caption(input))]] },
      { address: at(headerRow, 0), rows: [headers, ...unitRows, sumCells, controlCells] },
      { address: at(summaryTop, 1), rows: summary.rows },
      { address: at(findingsTop, 0), rows: listed.rows },
    ],
    numberFormats: [
      ...amountCols
        .filter((c) => c >= 0)
        .map((c) => ({
          range: rangeAddress({ startRow: firstUnitRow, startCol: c, endRow: controlRow, endCol: c }),
          format: AMOUNT,
        })),
      {
        range: rangeAddress({
          startRow: firstUnitRow,
          startCol: cols.share,
          endRow: lastUnitRow,
          endCol: cols.share,
        }),
        format: '0.0%',
      },
      {
        range: rangeAddress({
          startRow: summaryTop + 1,
          startCol: 2,
          endRow: summaryTop + summary.rows.length,
          endCol: 2,
        }),
        format: AMOUNT,
      },
    ],
    bold: [
      at(FOLLOWUP_LAYOUT.titleRow, 0),
      rangeAddress({ startRow: headerRow, startCol: 0, endRow: headerRow, endCol: cols.status }),
      rangeAddress({ startRow: sumRow, startCol: 0, endRow: controlRow, endCol: cols.status }),
      at(summaryTop, 1),
      at(findingsTop, 0),
    ],
    columnWidths: [
      { col: 0, width: 8 },
      { col: 1, width: 30 },
      ...Array.from({ length: width - 2 }, (_, k) => ({
        col: k + 2,
        width: k + 2 === cols.control ? 20 : 16,
      })),
    ],
    conditionalFormats: [
      { range: colRange(cols.control), rule: 'not-equal-zero', ...ALERT },
      { range: at(controlRow, cols.allocated), rule: 'not-equal-zero', ...ALERT },
      { range: summary.control, rule: 'not-equal-zero', ...ALERT },
    ],
    hyperlinks: listed.hyperlinks,
    freezeRows: headerRow + 1,
    pageSetup: { orientation: 'landscape', paper: 'A4', fitToPagesWide: 1 },
  };
}

/** Reported tilldelat is not summed into the allocation: each column holds what its header says. */
function columnValue(line: FollowupLine, col: number, cols: Columns): Rational | undefined {
  if (col === cols.allocated) return line.allocated;
  if (col === cols.reported) return line.reported;
  if (col === cols.used) return line.used;
  if (col === cols.unused) return line.unused;
  if (col === cols.transferred) return line.transferred;
  if (col === cols.control) return rowControl(line);
  return undefined;
}

/** tilldelat − förbrukat − ej förbrukat − överfört, blanks as 0 (what the row's formula shows). */
function rowControl(line: FollowupLine): Rational {
  return sub(sub(sub(line.allocated, line.used ?? ZERO), line.unused ?? ZERO), line.transferred ?? ZERO);
}

function usedShare(line: FollowupLine): number | string {
  if (line.allocated.num === 0n) return '';
  return toNumber(div(line.used ?? ZERO, line.allocated));
}

/** The ekonomisk redovisning: label in column B, amount in C; received = set aside + distributed. */
function summaryRows(
  input: FollowupSheetInput,
  cols: Columns,
  sumRow: number,
  top: number,
  withTransferred: boolean,
): { rows: PlannedCell[][]; control: string } {
  const { texts, result } = input;
  const setAside = input.allocation.setAside ?? ZERO;
  const sumOf = (col: number): string => cellAddress(sumRow, col);
  const value = (r: number): string => cellAddress(top + r, 2);
  const distributed = sum(input.allocation.amounts.map((a) => a.amount));
  const transferred = sum(result.lines.map((l) => l.transferred ?? ZERO));
  const unused = result.lines.flatMap((l) => (l.unused === undefined ? [] : [l.unused]));
  const unusedRange = rangeAddress({
    startRow: FOLLOWUP_LAYOUT.firstUnitRow,
    startCol: cols.unused,
    endRow: sumRow - 1,
    endCol: cols.unused,
  });
  const rows: PlannedCell[][] = [
    [textCell(texts.summaryTitle), EMPTY],
    [
      textCell(texts.received),
      formulaCell(`=${value(2)}+${value(3)}`, toNumber(sum([setAside, distributed]))),
    ],
    [textCell(texts.setAside), numberCell(toNumber(setAside))],
    [
      textCell(texts.distributed),
      formulaCell(`=${sumOf(cols.allocated)}`, toNumber(result.totals.allocated)),
    ],
    [textCell(texts.reportedUsed), formulaCell(`=${sumOf(cols.used)}`, toNumber(result.totals.used))],
    // What is left is paid back; a kommun that used more than it got (negative ej förbrukat) does not lower what
    // the others repay, so it is its own row.
    [
      textCell(texts.toRepay),
      formulaCell(`=SUMIF(${unusedRange},">0")`, toNumber(sum(unused.filter((u) => u.num > 0n)))),
    ],
    [
      textCell(texts.overspent),
      formulaCell(`=-SUMIF(${unusedRange},"<0")`, toNumber(neg(sum(unused.filter((u) => u.num < 0n))))),
    ],
  ];
  if (withTransferred) {
    rows.push([
      textCell(texts.reportedTransferred),
      formulaCell(`=${sumOf(cols.transferred)}`, toNumber(transferred)),
    ]);
  }
  // distributed − used − (repaid − overspent) − transferred = distributed − used − Σ ej förbrukat − transferred.
  const parts = `-${value(4)}-${value(5)}+${value(6)}${withTransferred ? `-${value(7)}` : ''}`;
  const controlValue = sub(
    sub(sub(result.totals.allocated, result.totals.used), result.totals.unused),
    transferred,
  );
  rows.push([textCell(texts.summaryControl), formulaCell(`=${value(3)}${parts}`, toNumber(controlValue))]);
  return { rows, control: value(rows.length - 1) };
}

/** Severity, title, message and a link to the first cell of every finding, errors first. */
function findingRows(
  input: FollowupSheetInput,
  top: number,
  width: number,
): { rows: PlannedCell[][]; hyperlinks: Hyperlink[] } {
  const { texts } = input;
  const sorted = [...input.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const pad = (cells: PlannedCell[]): PlannedCell[] => [
    ...cells,
    ...Array.from({ length: width - cells.length }, () => EMPTY),
  ];
  const rows: PlannedCell[][] = [pad([textCell(texts.findingsTitle)])];
  if (sorted.length === 0) rows.push(pad([textCell(texts.noFindings)]));
  const hyperlinks: Hyperlink[] = [];
  sorted.forEach((f, i) => {
    const cell = f.cells[0];
    const link = cell === undefined ? EMPTY : textCell(texts.goTo(`${f.sheet}!${cell}`));
    rows.push(
      pad([
        textCell(texts.severity[f.severity]),
        textCell(texts.findingTitle[f.code]),
        link,
        textCell(f.message[texts.lang]),
      ]),
    );
    if (cell !== undefined) {
      hyperlinks.push({
        address: cellAddress(top + 1 + i, 2),
        text: texts.goTo(`${f.sheet}!${cell}`),
        sheet: f.sheet,
        cell,
      });
    }
  });
  return { rows, hyperlinks };
}

function caption(input: FollowupSheetInput): string {
  const { texts } = input;
  return [
    `${texts.captionAllocation}: ${input.allocation.sheet}!${input.allocation.range}`,
    `${texts.captionReport}: ${input.report.sheet}!${input.report.range}`,
    `${texts.captionDate}: ${input.date}`,
  ].join(' · ');
}
