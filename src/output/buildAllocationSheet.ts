import { type Allocation, type PotAllocation } from '../domain/allocation/Allocation';
import { defined } from '../domain/errors';
import { equals, sub, sum } from '../domain/money/arithmetic';
import { type Rational } from '../domain/money/Rational';
import { toNumber } from '../domain/money/toNumber';
import { cellAddress } from '../domain/a1/cellAddress';
import { rangeAddress } from '../domain/a1/rangeAddress';
import { type OutputTexts } from './outputTexts';
import { EMPTY, formulaCell, numberCell, optionalNumberCell, textCell } from './plannedCells';
import { type KeyColumn, type PlanSummary } from './PlanSummary';
import { amountFormat, formulaLiteral } from './rationalText';
import { type NumberFormat, type PlannedCell, type SheetWrite } from './SheetPlan';
import { uniqueHeaders } from './uniqueHeaders';
import { NoUnitsError } from './outputErrors';

/** Where things sit on the Fördelning sheet (0-based rows); exported so tests and adapters can find them. */
export const ALLOCATION_LAYOUT = { titleRow: 0, captionRow: 1, headerRow: 3, firstUnitRow: 4 } as const;

export interface AllocationSheetInput {
  readonly name: string;
  readonly allocation: Allocation;
  readonly plan: PlanSummary;
  readonly source: { readonly sheet: string; readonly range: string };
  readonly date: string;
  readonly texts: OutputTexts;
  readonly keyColumns: readonly KeyColumn[];
  readonly tableName: string;
}

/** Light red fill, dark red text: Excel's own "not OK" preset, readable on a projector. */
const ALERT = { fill: '#FFC7CE', fontColor: '#9C0006' } as const;
const SHARE_FORMAT = '0.00%';

/**
 * The `Fördelning – <plan>` sheet: a caption line, one row per unit (code, name, key values, share, one column
 * per pot, a live row total), a sum row of live SUMs and a control row `=SUM(col) − frame` that shows 0 until
 * someone edits an amount.
 */
export function buildAllocationSheet(input: AllocationSheetInput): SheetWrite {
  const { allocation, texts, keyColumns } = input;
  const n = allocation.units.length;
  if (n === 0) throw new NoUnitsError('allocation');
  const pots = allocation.pots;
  const shareGroups = groupPotsByShare(pots);
  const cols = columnLayout(keyColumns.length, shareGroups.length, pots.length);
  const { headerRow, firstUnitRow } = ALLOCATION_LAYOUT;
  const lastUnitRow = firstUnitRow + n - 1;
  const sumRow = lastUnitRow + 1;
  const controlRow = sumRow + 1;
  const colRange = (col: number): string =>
    rangeAddress({ startRow: firstUnitRow, startCol: col, endRow: lastUnitRow, endCol: col });

  const headers = uniqueHeaders([
    texts.code,
    unitHeader(allocation, texts),
    ...keyColumns.map((k) => k.header),
    ...shareGroups.map((g) => (shareGroups.length === 1 ? texts.share : texts.shareOf(g.potName))),
    ...pots.map((p) => p.potName),
    texts.total,
  ]);

  const unitRows = allocation.units.map((unit, i): PlannedCell[] => {
    const row = firstUnitRow + i;
    const amounts = pots.map((p) => defined(p.amounts[i], `${p.potName}: amount of ${unit.name}`));
    return [
      textCell(unit.code ?? ''),
      textCell(unit.name.trim()),
      ...keyColumns.map((k) => optionalNumberCell(k.values[i])),
      ...shareGroups.map((g) =>
        numberCell(toNumber(defined(g.trace[i], `${g.potName}: trace of ${unit.name}`).share)),
      ),
      ...amounts.map((a) => numberCell(toNumber(a))),
      formulaCell(
        `=SUM(${rangeAddress({ startRow: row, startCol: cols.firstPot, endRow: row, endCol: cols.lastPot })})`,
        toNumber(sum(amounts)),
      ),
    ];
  });

  const potSums = pots.map((p) => ({ pot: p, sum: sum(p.amounts) }));
  const sumCells: PlannedCell[] = [
    EMPTY,
    textCell(texts.sum),
    ...keyColumns.map((k, j) =>
      formulaCell(
        `=SUM(${colRange(cols.firstKey + j)})`,
        k.values.reduce<number>((a, v) => a + (v ?? 0), 0),
      ),
    ),
    ...shareGroups.map((g, j) =>
      formulaCell(`=SUM(${colRange(cols.firstShare + j)})`, toNumber(sum(g.trace.map((t) => t.share)))),
    ),
    ...potSums.map((s, j) => formulaCell(`=SUM(${colRange(cols.firstPot + j)})`, toNumber(s.sum))),
    formulaCell(`=SUM(${colRange(cols.total)})`, toNumber(sum(potSums.map((s) => s.sum)))),
  ];

  const decimals = amountFormat(allocation.roundingUnit).split('.')[1]?.length ?? 0;
  const control = (col: number, actual: Rational, target: Rational): PlannedCell => {
    const diff = `SUM(${colRange(col)})-${formulaLiteral(target)}`;
    // Öre amounts are not exact in binary floating point: round so an untouched sheet shows exactly 0.
    const formula = decimals === 0 ? `=${diff}` : `=ROUND(${diff},${decimals})`;
    return formulaCell(formula, toNumber(sub(actual, target)));
  };
  const distributedTotal = sum(pots.map((p) => p.distributed));
  const controlCells: PlannedCell[] = [
    EMPTY,
    textCell(texts.control),
    ...keyColumns.map(() => EMPTY),
    ...shareGroups.map(() => EMPTY),
    ...potSums.map((s, j) => control(cols.firstPot + j, s.sum, s.pot.distributed)),
    control(cols.total, sum(potSums.map((s) => s.sum)), distributedTotal),
  ];

  const setAsideRows = buildSetAsideRows(pots, cols, texts);
  const amountRange = (top: number, bottom: number): string =>
    rangeAddress({ startRow: top, startCol: cols.firstPot, endRow: bottom, endCol: cols.total });
  const amountFmt = amountFormat(allocation.roundingUnit);
  const numberFormats: NumberFormat[] = [
    ...keyColumns.map((k, j) => ({
      range: rangeAddress({
        startRow: firstUnitRow,
        startCol: cols.firstKey + j,
        endRow: sumRow,
        endCol: cols.firstKey + j,
      }),
      format: k.values.every((v) => v === undefined || Number.isInteger(v)) ? '#,##0' : '#,##0.0##',
    })),
    ...(shareGroups.length > 0
      ? [
          {
            range: rangeAddress({
              startRow: firstUnitRow,
              startCol: cols.firstShare,
              endRow: sumRow,
              endCol: cols.firstPot - 1,
            }),
            format: SHARE_FORMAT,
          },
        ]
      : []),
    { range: amountRange(firstUnitRow, controlRow + setAsideRows.length), format: amountFmt },
  ];

  return {
    name: input.name,
    role: 'allocation',
    blocks: [
      { address: cellAddress(ALLOCATION_LAYOUT.titleRow, 0), rows: [[textCell(input.name)]] },
      { address: cellAddress(ALLOCATION_LAYOUT.captionRow, 0), rows: [[textCell(caption(input))]] },
      {
        address: cellAddress(headerRow, 0),
        rows: [headers.map(textCell), ...unitRows, sumCells, controlCells, ...setAsideRows],
      },
    ],
    numberFormats,
    bold: [
      cellAddress(ALLOCATION_LAYOUT.titleRow, 0),
      rangeAddress({ startRow: headerRow, startCol: 0, endRow: headerRow, endCol: cols.total }),
      rangeAddress({ startRow: sumRow, startCol: 0, endRow: controlRow, endCol: cols.total }),
    ],
    columnWidths: columnWidths(cols, headers),
    table: {
      name: input.tableName,
      range: rangeAddress({ startRow: headerRow, startCol: 0, endRow: lastUnitRow, endCol: cols.total }),
      style: 'TableStyleLight9',
    },
    conditionalFormats: [
      {
        range: rangeAddress({
          startRow: controlRow,
          startCol: cols.firstPot,
          endRow: controlRow,
          endCol: cols.total,
        }),
        rule: 'not-equal-zero',
        ...ALERT,
      },
    ],
    freezeRows: headerRow + 1,
    pageSetup: {
      orientation: 'landscape',
      paper: 'A4',
      fitToPagesWide: 1,
      header: escapeHeaderFooter(`${input.name} – ${input.date}`),
      footer: escapeHeaderFooter(`${texts.footer} – ${input.plan.keyInWords} – ${sourceText(input.source)}`),
    },
  };
}

interface ColumnLayout {
  readonly firstKey: number;
  readonly firstShare: number;
  readonly firstPot: number;
  readonly lastPot: number;
  readonly total: number;
}

function columnLayout(keys: number, shares: number, pots: number): ColumnLayout {
  const firstKey = 2;
  const firstShare = firstKey + keys;
  const firstPot = firstShare + shares;
  const lastPot = firstPot + pots - 1;
  return { firstKey, firstShare, firstPot, lastPot, total: lastPot + 1 };
}

/**
 * Pots that split by the same shares get one share column between them: the first pot of each such group, whose
 * shares the column shows. A pot with no key part (fixed amounts or tiers only) has no share to show: a column of
 * 0,00 % would suggest the unit got nothing.
 */
function groupPotsByShare(pots: readonly PotAllocation[]): PotAllocation[] {
  const groups: PotAllocation[] = [];
  for (const pot of pots) {
    if (pot.trace.every((t) => t.share.num === 0n)) continue;
    if (!groups.some((first) => sameShares(first, pot))) groups.push(pot);
  }
  return groups;
}

function sameShares(a: PotAllocation, b: PotAllocation): boolean {
  return (
    a.trace.length === b.trace.length &&
    a.trace.every((t, i) => {
      const other = b.trace[i];
      return other !== undefined && equals(t.share, other.share);
    })
  );
}

/** One row per distinct set-aside name, its amount under each pot that has it: the memo shows what came off the top. */
function buildSetAsideRows(
  pots: readonly PotAllocation[],
  cols: ColumnLayout,
  texts: OutputTexts,
): PlannedCell[][] {
  const names = [...new Set(pots.flatMap((p) => p.setAsides.map((s) => s.name)))];
  return names.map((name) => {
    const row: PlannedCell[] = Array.from({ length: cols.total + 1 }, () => EMPTY);
    row[1] = textCell(texts.setAside(name));
    pots.forEach((p, j) => {
      const amounts = p.setAsides.filter((s) => s.name === name).map((s) => s.amount);
      if (amounts.length > 0) row[cols.firstPot + j] = numberCell(toNumber(sum(amounts)));
    });
    return row;
  });
}

function unitHeader(allocation: Allocation, texts: OutputTexts): string {
  const codes = allocation.units.map((u) => u.code ?? '');
  if (codes.every((c) => /^\d{4}$/.test(c))) return texts.kommun;
  if (codes.every((c) => /^\d{2}$/.test(c))) return texts.region;
  return texts.recipient;
}

function caption(input: AllocationSheetInput): string {
  const { texts, plan } = input;
  return [
    `${texts.captionPlan}: ${plan.name}`,
    `${texts.captionKey}: ${plan.keyInWords}`,
    `${texts.captionSource}: ${sourceText(input.source)}`,
    `${texts.captionDate}: ${input.date}`,
  ].join(' · ');
}

function sourceText(source: { readonly sheet: string; readonly range: string }): string {
  return source.range === '' ? source.sheet : `${source.sheet}!${source.range}`;
}

/** Widths in characters (Excel's column width unit); headers decide, within reason. */
function columnWidths(cols: ColumnLayout, headers: readonly string[]): { col: number; width: number }[] {
  const fit = (col: number, min: number): number =>
    Math.min(40, Math.max(min, (headers[col]?.length ?? 0) + 2));
  return headers.map((_, col) => {
    if (col === 0) return { col, width: 8 };
    if (col === 1) return { col, width: fit(col, 24) };
    if (col < cols.firstShare) return { col, width: fit(col, 14) };
    if (col < cols.firstPot) return { col, width: fit(col, 10) };
    return { col, width: fit(col, 15) };
  });
}

/** '&' starts a code in Excel headers and footers (&P, &D); a literal one is written '&&'. */
function escapeHeaderFooter(text: string): string {
  return text.replace(/&/g, '&&');
}
