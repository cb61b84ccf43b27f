import type ExcelJS from 'exceljs';
import { quoteSheetName } from '../domain/a1/quoteSheetName';
import { requireRange } from '../domain/a1/requireRange';
import {
  type CellBlock,
  type ConditionalFormat,
  type PlannedCell,
  type SheetPlan,
  type SheetWrite,
  type TableObject,
} from '../output/SheetPlan';
import { markOutputSheet } from './outputMarker';
import { OutputSheetExistsError } from './xlsxPackage/packageErrors';

export interface ExecuteOptions {
  /** Make the first planned sheet the active one (what Excel, and LibreOffice's CSV export, show first). Default true. */
  readonly activate?: boolean;
}

/** What was written: the sheet names and the marker names given to them. */
export interface ExecuteResult {
  readonly sheets: readonly string[];
  readonly markers: readonly string[];
}

/** A4 in the OOXML paperSize enumeration. */
const PAPER_A4 = 9;

/**
 * Writes a SheetPlan into an ExcelJS workbook: new sheets with values, formulas (with cached results), number
 * formats, bold, widths, the table, the red control rule, internal links, frozen header, page setup and our
 * marker. Existing sheets are never touched; a name clash is a programmer error (the plan is built against the
 * workbook's sheet names).
 */
export function executeSheetPlanExcelJS(
  workbook: ExcelJS.Workbook,
  plan: SheetPlan,
  options: ExecuteOptions = {},
): ExecuteResult {
  for (const sheet of plan.sheets) {
    if (workbook.getWorksheet(sheet.name)) throw new OutputSheetExistsError(sheet.name);
  }
  const markers = plan.sheets.map((sheet) => {
    writeSheet(workbook, sheet);
    return markOutputSheet(workbook, sheet.name);
  });
  const first = plan.sheets[0];
  if ((options.activate ?? true) && first) activate(workbook, first.name);
  return { sheets: plan.sheets.map((s) => s.name), markers };
}

function writeSheet(workbook: ExcelJS.Workbook, plan: SheetWrite): void {
  const ws = workbook.addWorksheet(plan.name, {
    views: plan.freezeRows ? [{ state: 'frozen', xSplit: 0, ySplit: plan.freezeRows }] : [],
  });
  for (const block of plan.blocks) writeBlock(ws, block);
  // The table re-stores its cells, so it comes before the formats that decorate them.
  if (plan.table) addTable(ws, plan.table);
  for (const f of plan.numberFormats) forEachCell(f.range, (r, c) => (ws.getCell(r, c).numFmt = f.format));
  for (const range of plan.bold ?? []) {
    forEachCell(range, (r, c) => {
      const cell = ws.getCell(r, c);
      cell.font = { ...cell.font, bold: true };
    });
  }
  for (const { col, width } of plan.columnWidths ?? []) ws.getColumn(col + 1).width = width;
  for (const cf of plan.conditionalFormats ?? []) addConditionalFormat(ws, cf);
  for (const link of plan.hyperlinks ?? []) {
    // ExcelJS writes "Sheet!A1" targets as internal links (a `location`), no '#' prefix.
    ws.getCell(link.address).value = {
      text: link.text,
      hyperlink: `${quoteSheetName(link.sheet)}!${link.cell}`,
    };
  }
  if (plan.pageSetup) {
    const p = plan.pageSetup;
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: PAPER_A4,
      orientation: p.orientation,
      fitToPage: true,
      fitToWidth: p.fitToPagesWide,
      // 0 = as many pages tall as needed.
      fitToHeight: 0,
    };
    ws.headerFooter = {
      ...ws.headerFooter,
      ...(p.header === undefined ? {} : { oddHeader: `&C${p.header}` }),
      ...(p.footer === undefined ? {} : { oddFooter: `&L${p.footer}&RSida &P av &N` }),
    };
  }
}

function writeBlock(ws: ExcelJS.Worksheet, block: CellBlock): void {
  const origin = requireRange(block.address);
  block.rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      const value = toExcelValue(cell);
      if (value !== null) ws.getCell(origin.startRow + r + 1, origin.startCol + c + 1).value = value;
    }),
  );
}

/** Text stays a plain string: ExcelJS stores strings as text, so "=HYPERLINK(…)" is never a formula. */
function toExcelValue(cell: PlannedCell): ExcelJS.CellValue {
  switch (cell.kind) {
    case 'empty':
      return null;
    case 'text':
      return cell.text;
    case 'number':
      return cell.value;
    case 'formula':
      return cell.result === undefined
        ? { formula: cell.formula.slice(1) }
        : { formula: cell.formula.slice(1), result: cell.result };
  }
}

/** An Excel table over cells already written: the header row names the columns, the rest are its rows. */
function addTable(ws: ExcelJS.Worksheet, table: TableObject): void {
  // The table's anchor cell: ExcelJS takes `ref` as the top-left cell and sizes the table from its rows.
  const from = table.range.split(':')[0] ?? table.range;
  const rect = requireRange(table.range);
  const start = { row: rect.startRow, col: rect.startCol };
  const end = { row: rect.endRow, col: rect.endCol };
  const headers: string[] = [];
  for (let c = start.col; c <= end.col; c++) headers.push(String(ws.getCell(start.row + 1, c + 1).text));
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = start.row + 1; r <= end.row; r++) {
    const row: ExcelJS.CellValue[] = [];
    for (let c = start.col; c <= end.col; c++) row.push(ws.getCell(r + 1, c + 1).value);
    rows.push(row);
  }
  ws.addTable({
    name: table.name,
    displayName: table.name,
    ref: from,
    headerRow: true,
    totalsRow: false,
    style: {
      theme: (table.style ?? 'TableStyleLight9') as NonNullable<ExcelJS.TableStyleProperties['theme']>,
      showRowStripes: true,
    },
    columns: headers.map((name) => ({ name, filterButton: true })),
    rows,
  });
}

/** "Not equal to zero" as an expression on the range's top-left cell (relative), so every cell tests itself. */
function addConditionalFormat(ws: ExcelJS.Worksheet, cf: ConditionalFormat): void {
  const topLeft = cf.range.split(':')[0];
  ws.addConditionalFormatting({
    ref: cf.range,
    rules: [
      {
        type: 'expression',
        priority: 1,
        formulae: [`${topLeft}<>0`],
        style: {
          fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.fill) } },
          font: { color: { argb: argb(cf.fontColor) } },
        },
      },
    ],
  });
}

function activate(workbook: ExcelJS.Workbook, sheetName: string): void {
  const index = workbook.worksheets.findIndex((w) => w.name === sheetName);
  workbook.views = [
    {
      ...(workbook.views?.[0] ?? {}),
      activeTab: index,
      firstSheet: 0,
      visibility: 'visible',
    } as ExcelJS.WorkbookView,
  ];
}

/** "#FFC7CE" → "FFFFC7CE" (opaque ARGB, as OOXML wants). */
function argb(color: string): string {
  const hex = color.replace(/^#/, '').toUpperCase();
  return hex.length === 6 ? `FF${hex}` : hex;
}

function forEachCell(range: string, visit: (row: number, col: number) => void): void {
  const rect = requireRange(range);
  for (let r = rect.startRow; r <= rect.endRow; r++)
    for (let c = rect.startCol; c <= rect.endCol; c++) visit(r + 1, c + 1);
}
