import { type Finding, type Severity } from '../domain/findings/Finding';
import { cellAddress, rangeAddress } from './a1';
import { type OutputTexts } from './outputTexts';
import { optionalNumberCell, optionalTextCell, textCell } from './plannedCells';
import { type Hyperlink, type NumberFormat, type PlannedCell, type SheetWrite } from './SheetPlan';

/** Where things sit on the Kontroller sheet (0-based rows). */
export const CHECKS_LAYOUT = { titleRow: 0, summaryRow: 1, headerRow: 3, firstFindingRow: 4 } as const;

export interface ChecksSheetInput {
  readonly name: string;
  readonly findings: readonly Finding[];
  readonly lang: 'sv' | 'en';
  readonly texts: OutputTexts;
  readonly date: string;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const CELLS_COLUMN = 4;

/**
 * The `Kontroller` sheet: a summary line ("Inga fel" when there are no errors), then one row per finding —
 * errors first — with a hyperlink from its cells to the first cell it names.
 */
export function buildChecksSheet(input: ChecksSheetInput): SheetWrite {
  const { texts, lang } = input;
  const findings = [...input.findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  const count = (s: Severity): number => findings.filter((f) => f.severity === s).length;
  const summary = texts.findingCounts(count('error'), count('warning'), count('info'));
  const { headerRow, firstFindingRow } = CHECKS_LAYOUT;
  const lastCol = texts.checksHeaders.length - 1;

  const rows = findings.map((f): PlannedCell[] => [
    textCell(texts.severity[f.severity]),
    textCell(f.code),
    textCell(f.message[lang]),
    textCell(f.sheet),
    optionalTextCell(f.cells.join(', ')),
    optionalTextCell(f.unit),
    optionalTextCell(f.column),
    optionalNumberCell(f.stated),
    optionalNumberCell(f.computed),
    optionalNumberCell(f.delta),
  ]);

  const hyperlinks: Hyperlink[] = findings.flatMap((f, i) =>
    f.cells.length === 0
      ? []
      : [
          {
            address: cellAddress(firstFindingRow + i, CELLS_COLUMN),
            text: f.cells.join(', '),
            sheet: f.sheet,
            cell: f.cells[0],
          },
        ],
  );

  const numberFormats: NumberFormat[] = findings.map((f, i) => ({
    range: rangeAddress(firstFindingRow + i, 7, firstFindingRow + i, 9),
    format: [f.stated, f.computed, f.delta].every((v) => v === undefined || Number.isInteger(v))
      ? '#,##0'
      : '#,##0.00',
  }));

  const blocks = [
    { address: cellAddress(CHECKS_LAYOUT.titleRow, 0), rows: [[textCell(texts.checksTitle)]] },
    { address: cellAddress(CHECKS_LAYOUT.summaryRow, 0), rows: [[textCell(`${summary} (${input.date})`)]] },
    ...(findings.length === 0
      ? [{ address: cellAddress(headerRow, 0), rows: [[textCell(texts.noErrors)]] }]
      : [{ address: cellAddress(headerRow, 0), rows: [texts.checksHeaders.map(textCell), ...rows] }]),
  ];

  return {
    name: input.name,
    role: 'checks',
    blocks,
    numberFormats,
    bold: [cellAddress(CHECKS_LAYOUT.titleRow, 0), rangeAddress(headerRow, 0, headerRow, lastCol)],
    columnWidths: [12, 24, 70, 20, 16, 20, 20, 14, 14, 14].map((width, col) => ({ col, width })),
    hyperlinks,
    freezeRows: findings.length === 0 ? undefined : headerRow + 1,
    pageSetup: {
      orientation: 'landscape',
      paper: 'A4',
      fitToPagesWide: 1,
      header: input.name.replace(/&/g, '&&'),
    },
  };
}
