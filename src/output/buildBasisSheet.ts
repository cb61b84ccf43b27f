import { defined } from '../domain/errors';
import { type Allocation, type PotAllocation, type UnitTrace } from '../domain/allocation/Allocation';
import { type Rational } from '../domain/money/Rational';
import { toNumber } from '../domain/money/toNumber';
import { cellAddress } from '../domain/a1/cellAddress';
import { rangeAddress } from '../domain/a1/rangeAddress';
import { chunkText } from './chunkText';
import { type OutputTexts } from './outputTexts';
import { EMPTY, numberCell, optionalNumberCell, optionalTextCell, textCell } from './plannedCells';
import { type PlanSummary } from './PlanSummary';
import { amountFormat, decimalText, fractionText } from './rationalText';
import { type NumberFormat, type PlannedCell, type SheetWrite } from './SheetPlan';

export interface BasisSheetInput {
  readonly name: string;
  readonly allocation: Allocation;
  readonly plan: PlanSummary;
  readonly source: { readonly sheet: string; readonly range: string };
  readonly date: string;
  readonly texts: OutputTexts;
  readonly lang: 'sv' | 'en';
}

/** Digits in the decimal audit columns: enough to recompute any amount below 10^12 kr to the öre by hand. */
const SHARE_DIGITS = 30;
const AMOUNT_DIGITS = 20;
const TRACE_WIDTHS = [8, 22, 34, 28, 28, 28, 16, 24, 8, 14, 40, 12, 14];

/**
 * The `Underlag` sheet: the plan in words and as JSON, sources and dates, each pot's frame and set-asides, and
 * per pot the trace (exact share, exact amount, floor, remainder, rank, rounded up, parts per step, clamp) —
 * enough for an auditor to recompute every krona by hand.
 */
export function buildBasisSheet(input: BasisSheetInput): SheetWrite {
  const { allocation, plan, texts } = input;
  const sheet = new RowWriter();
  const amountFmt = amountFormat(allocation.roundingUnit);

  sheet.title(texts.basisTitle(plan.name));
  sheet.blank();
  sheet.title(texts.planInWords);
  sheet.row([textCell(texts.key), textCell(plan.keyInWords)]);
  for (const step of plan.steps ?? []) sheet.row([EMPTY, textCell(step)]);
  sheet.row([textCell(texts.method), textCell(texts.methodText[allocation.method])]);
  sheet.row([
    textCell(texts.roundingUnit),
    textCell(`${decimalText(allocation.roundingUnit, 12, texts.decimalSeparator)} kr`),
  ]);

  sheet.blank();
  sheet.title(texts.pots);
  for (const pot of allocation.pots) writePotFrame(sheet, pot, input, amountFmt);

  sheet.blank();
  sheet.title(texts.sources);
  sheet.row([textCell(texts.sourceTable), textCell(`${input.source.sheet}!${input.source.range}`)]);
  sheet.row([textCell(texts.written), textCell(input.date)]);
  for (const s of plan.sources ?? []) sheet.row([textCell(s.label), textCell(s.value)]);

  if (plan.json !== undefined) {
    sheet.blank();
    sheet.title(texts.planJson);
    for (const chunk of chunkText(plan.json)) sheet.row([textCell(chunk)]);
  }

  for (const pot of allocation.pots) {
    sheet.blank();
    sheet.title(texts.traceTitle(pot.potName));
    sheet.header(texts.traceHeaders);
    const first = sheet.next;
    pot.trace.forEach((t, i) => sheet.row(traceRow(allocation, pot, t, i, texts)));
    if (pot.trace.length > 0) {
      const last = sheet.next - 1;
      sheet.format(rangeAddress({ startRow: first, startCol: 6, endRow: last, endCol: 6 }), amountFmt);
      sheet.format(rangeAddress({ startRow: first, startCol: 12, endRow: last, endCol: 12 }), amountFmt);
    }
  }

  return {
    name: input.name,
    role: 'basis',
    blocks: [{ address: 'A1', rows: sheet.rectangle() }],
    numberFormats: sheet.formats,
    bold: sheet.bold,
    columnWidths: TRACE_WIDTHS.map((width, col) => ({ col, width })),
    pageSetup: {
      orientation: 'landscape',
      paper: 'A4',
      fitToPagesWide: 1,
      header: input.name.replace(/&/g, '&&'),
    },
  };
}

function writePotFrame(
  sheet: RowWriter,
  pot: PotAllocation,
  input: BasisSheetInput,
  amountFmt: string,
): void {
  const { texts } = input;
  const amountRow = (label: string, amount: Rational): void => {
    sheet.format(cellAddress(sheet.next, 2), amountFmt);
    sheet.row([EMPTY, textCell(label), numberCell(toNumber(amount))]);
  };
  sheet.row([textCell(pot.potName)]);
  amountRow(texts.frame, pot.frame);
  for (const s of pot.setAsides) amountRow(texts.setAside(s.name), s.amount);
  amountRow(texts.distributed, pot.distributed);
  for (const note of pot.notes) sheet.row([EMPTY, textCell(texts.notes), textCell(note[input.lang])]);
}

function traceRow(
  allocation: Allocation,
  pot: PotAllocation,
  t: UnitTrace,
  i: number,
  texts: OutputTexts,
): PlannedCell[] {
  const unit = defined(allocation.units[i], `unit ${i + 1} of the trace`);
  const sep = texts.decimalSeparator;
  const parts = t.parts
    .map((p) => `${texts.step[p.step]}${p.label ? ` (${p.label})` : ''}: ${decimalText(p.amount, 6, sep)} kr`)
    .join('; ');
  return [
    textCell(unit.code ?? ''),
    textCell(unit.name.trim()),
    textCell(decimalText(t.share, SHARE_DIGITS, sep)),
    textCell(fractionText(t.share)),
    textCell(decimalText(t.exact, AMOUNT_DIGITS, sep)),
    textCell(fractionText(t.exact)),
    numberCell(toNumber(t.floor)),
    textCell(decimalText(t.remainder, AMOUNT_DIGITS, sep)),
    optionalNumberCell(t.rank),
    textCell(t.roundedUp ? texts.yes : texts.no),
    optionalTextCell(parts),
    optionalTextCell(t.clamp === undefined ? undefined : texts.clamp[t.clamp]),
    numberCell(toNumber(defined(pot.amounts[i], `${pot.potName}: amount of ${unit.name}`))),
  ];
}

/** Appends rows top-down and remembers which cells are bold or formatted. */
class RowWriter {
  readonly rows: PlannedCell[][] = [];
  readonly bold: string[] = [];
  readonly formats: NumberFormat[] = [];

  get next(): number {
    return this.rows.length;
  }

  row(cells: PlannedCell[]): void {
    this.rows.push(cells);
  }

  blank(): void {
    this.rows.push([]);
  }

  title(text: string): void {
    this.bold.push(cellAddress(this.next, 0));
    this.row([textCell(text)]);
  }

  header(headers: readonly string[]): void {
    this.bold.push(
      rangeAddress({ startRow: this.next, startCol: 0, endRow: this.next, endCol: headers.length - 1 }),
    );
    this.row(headers.map(textCell));
  }

  format(range: string, format: string): void {
    this.formats.push({ range, format });
  }

  /** The rows padded with empty cells into the rectangle a CellBlock is. */
  rectangle(): PlannedCell[][] {
    const width = Math.max(1, ...this.rows.map((r) => r.length));
    return this.rows.map((r) => [...r, ...Array.from({ length: width - r.length }, () => EMPTY)]);
  }
}
