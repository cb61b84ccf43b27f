import { type Finding, type Severity } from '../domain/findings/Finding';
import { cellAddress } from '../domain/a1/cellAddress';
import { rangeAddress } from '../domain/a1/rangeAddress';
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

/** The Kontroller columns, left to right: headers, cells, widths and positions all follow this order. */
export const CHECKS_COLUMNS = [
  'severity',
  'title',
  'code',
  'message',
  'sheet',
  'cells',
  'unit',
  'column',
  'stated',
  'computed',
  'delta',
] as const;

/** One column of the Kontroller sheet. */
export type ChecksColumn = (typeof CHECKS_COLUMNS)[number];

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Widths in characters; the code column stays wide enough to read and search. */
const WIDTHS: Record<ChecksColumn, number> = {
  severity: 16,
  title: 34,
  code: 24,
  message: 70,
  sheet: 20,
  cells: 16,
  unit: 20,
  column: 20,
  stated: 14,
  computed: 14,
  delta: 16,
};

const columnIndex = (column: ChecksColumn): number => CHECKS_COLUMNS.indexOf(column);

/**
 * The `Kontroller` sheet: a summary line ("Inga fel" when there are no errors), then one row per finding —
 * errors first — with a Swedish title beside its code and a hyperlink from its cells to the first cell it names.
 */
export function buildChecksSheet(input: ChecksSheetInput): SheetWrite {
  const { texts, lang } = input;
  const findings = [...input.findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  const count = (s: Severity): number => findings.filter((f) => f.severity === s).length;
  const summary = texts.findingCounts(count('error'), count('warning'), count('info'));
  const { headerRow, firstFindingRow } = CHECKS_LAYOUT;
  const lastCol = CHECKS_COLUMNS.length - 1;

  const cell: Record<ChecksColumn, (f: Finding) => PlannedCell> = {
    severity: (f) => textCell(texts.severity[f.severity]),
    title: (f) => textCell(texts.findingTitle[f.code]),
    code: (f) => textCell(f.code),
    message: (f) => textCell(f.message[lang]),
    sheet: (f) => textCell(f.sheet),
    cells: (f) => optionalTextCell(f.cells.join(', ')),
    unit: (f) => optionalTextCell(f.unit),
    column: (f) => optionalTextCell(f.column),
    stated: (f) => optionalNumberCell(f.stated),
    computed: (f) => optionalNumberCell(f.computed),
    delta: (f) => optionalNumberCell(f.delta),
  };
  const rows = findings.map((f) => CHECKS_COLUMNS.map((c) => cell[c](f)));

  const hyperlinks: Hyperlink[] = findings.flatMap((f, i) => {
    const [cell] = f.cells;
    return cell === undefined
      ? []
      : [
          {
            address: cellAddress(firstFindingRow + i, columnIndex('cells')),
            text: f.cells.join(', '),
            sheet: f.sheet,
            cell,
          },
        ];
  });

  const blocks = [
    { address: cellAddress(CHECKS_LAYOUT.titleRow, 0), rows: [[textCell(texts.checksTitle)]] },
    { address: cellAddress(CHECKS_LAYOUT.summaryRow, 0), rows: [[textCell(`${summary} (${input.date})`)]] },
    ...(findings.length === 0
      ? [{ address: cellAddress(headerRow, 0), rows: [[textCell(texts.noErrors)]] }]
      : [
          {
            address: cellAddress(headerRow, 0),
            rows: [CHECKS_COLUMNS.map((c) => textCell(texts.checksHeaders[c])), ...rows],
          },
        ]),
  ];

  const sheet: SheetWrite = {
    name: input.name,
    role: 'checks',
    blocks,
    numberFormats: amountFormats(findings),
    bold: [
      cellAddress(CHECKS_LAYOUT.titleRow, 0),
      rangeAddress({ startRow: headerRow, startCol: 0, endRow: headerRow, endCol: lastCol }),
    ],
    columnWidths: CHECKS_COLUMNS.map((c, col) => ({ col, width: WIDTHS[c] })),
    hyperlinks,
    pageSetup: {
      orientation: 'landscape',
      paper: 'A4',
      fitToPagesWide: 1,
      header: input.name.replace(/&/g, '&&'),
    },
  };
  // Frozen headers only where there is a header row: a sheet saying "no errors" has none.
  return findings.length === 0 ? sheet : { ...sheet, freezeRows: headerRow + 1 };
}

/**
 * Number formats of the amount columns (stated, computed, delta sit side by side): one range per run of finding
 * rows that share a format, so a sheet of 500 whole-krona findings costs one format operation, not 500.
 */
function amountFormats(findings: readonly Finding[]): NumberFormat[] {
  const first = columnIndex('stated');
  const last = columnIndex('delta');
  const formats: NumberFormat[] = [];
  let runStart = 0;
  findings.forEach((f, i) => {
    const format = amountFormat(f);
    const next = findings[i + 1];
    if (next !== undefined && amountFormat(next) === format) return;
    const top = CHECKS_LAYOUT.firstFindingRow + runStart;
    formats.push({
      range: rangeAddress({
        startRow: top,
        startCol: first,
        endRow: CHECKS_LAYOUT.firstFindingRow + i,
        endCol: last,
      }),
      format,
    });
    runStart = i + 1;
  });
  return formats;
}

/** Whole kronor without decimals; a finding in öre (or a share) shows two. */
function amountFormat(f: Finding): string {
  return [f.stated, f.computed, f.delta].every((v) => v === undefined || Number.isInteger(v))
    ? '#,##0'
    : '#,##0.00';
}
