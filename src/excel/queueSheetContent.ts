import { type CellBlock, type PlannedCell, type SheetWrite } from '../output/SheetPlan';
import { type CellRect } from '../domain/a1/CellRect';
import { quoteSheetName } from '../domain/a1/quoteSheetName';
import { rangeAddress } from '../domain/a1/rangeAddress';
import { requireRange } from '../domain/a1/requireRange';
import { retargetFormula } from './retargetFormula';
import { rowsPerChunk } from './readBudget';
import { fitHeaderFooter } from './fitHeaderFooter';
import { type SyncBatcher } from './SyncBatcher';
import { textNeedsTextFormat } from './textNeedsTextFormat';
import { NotFiniteNumberError } from '../domain/errors';

/** A cell whose value the plan knows (a formula's result, a risky text): read back to prove Excel agrees. */
export interface ExpectedResult {
  readonly row: number;
  readonly col: number;
  readonly value: number | string;
}

/** A rectangle to read back and the results expected in it (absolute 0-based sheet positions). */
export interface VerifyRange {
  readonly rect: CellRect;
  readonly expected: readonly ExpectedResult[];
}

export interface QueuedSheet {
  readonly table: Excel.Table | undefined;
  readonly verify: readonly VerifyRange[];
}

/**
 * Queues everything one SheetWrite puts on a (new, empty) worksheet, values before formats:
 * text-format for risky text → values/formulas → number formats → bold → widths → table → conditional formats →
 * hyperlinks → freeze panes → page setup. Blocks are split into row chunks that fit the batcher's budget.
 */
export async function queueSheetContent(
  batcher: SyncBatcher,
  sheet: Excel.Worksheet,
  write: SheetWrite,
  renames: ReadonlyMap<string, string>,
  budgetBytes: number,
): Promise<QueuedSheet> {
  const verify: VerifyRange[] = [];
  // A hyperlink replaces the cell's text with its textToDisplay, so those cells are not read back as text.
  const linked = (write.hyperlinks ?? []).map((l) => requireRange(l.address));
  const isLinked = (e: ExpectedResult) =>
    linked.some((r) => e.row >= r.startRow && e.row <= r.endRow && e.col >= r.startCol && e.col <= r.endCol);
  for (const block of write.blocks) {
    for (const range of await queueBlock(batcher, sheet, block, renames, budgetBytes)) {
      const expected = range.expected.filter((e) => !isLinked(e));
      if (expected.length > 0) verify.push({ rect: range.rect, expected });
    }
  }
  for (const nf of write.numberFormats) {
    const rect = requireRange(nf.range);
    const matrix = fill(rect, nf.format);
    await batcher.add(cellCount(rect) * (nf.format.length + 3), () => {
      sheet.getRange(nf.range).numberFormat = matrix;
    });
  }
  for (const address of write.bold ?? []) {
    await batcher.add(64, () => {
      sheet.getRange(address).format.font.bold = true;
    });
  }
  for (const { col, width } of write.columnWidths ?? []) {
    const column = rangeAddress({ startRow: 0, endRow: 0, startCol: col, endCol: col }).replace(/\d+/g, '');
    await batcher.add(64, () => {
      sheet.getRange(`${column}:${column}`).format.columnWidth = charactersToPoints(width);
    });
  }
  let table: Excel.Table | undefined;
  if (write.table) {
    const { range, style } = write.table;
    await batcher.add(96, () => {
      table = sheet.tables.add(range, true);
      if (style) table.style = style;
    });
  }
  for (const cf of write.conditionalFormats ?? []) {
    await batcher.add(160, () => {
      const format = sheet.getRange(cf.range).conditionalFormats.add('CellValue');
      format.cellValue.format.fill.color = cf.fill;
      format.cellValue.format.font.color = cf.fontColor;
      format.cellValue.rule = { formula1: '=0', operator: 'NotEqualTo' };
    });
  }
  for (const link of write.hyperlinks ?? []) {
    await batcher.add(96 + link.text.length + link.sheet.length, () => {
      // Hyperlinks are plain text to Excel and are not updated on rename, so they name the final sheet.
      sheet.getRange(link.address).hyperlink = {
        documentReference: `${quoteSheetName(link.sheet)}!${link.cell}`,
        textToDisplay: link.text,
      };
    });
  }
  if (write.freezeRows) {
    const rows = write.freezeRows;
    await batcher.add(32, () => sheet.freezePanes.freezeRows(rows));
  }
  if (write.pageSetup) {
    const setup = write.pageSetup;
    await batcher.add(256, () => {
      sheet.pageLayout.orientation = setup.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      sheet.pageLayout.paperSize = 'A4';
      // Fit to width, any height: Excel's "pages tall" defaults to 1, which would squeeze 290 rows onto one page.
      sheet.pageLayout.zoom = { horizontalFitToPages: setup.fitToPagesWide, verticalFitToPages: 0 };
      const headersFooters = sheet.pageLayout.headersFooters.defaultForAllPages;
      if (setup.header) headersFooters.centerHeader = fitHeaderFooter(setup.header);
      if (setup.footer) headersFooters.centerFooter = fitHeaderFooter(setup.footer);
    });
  }
  return { table, verify };
}

async function queueBlock(
  batcher: SyncBatcher,
  sheet: Excel.Worksheet,
  block: CellBlock,
  renames: ReadonlyMap<string, string>,
  budgetBytes: number,
): Promise<VerifyRange[]> {
  const width = Math.max(0, ...block.rows.map((r) => r.length));
  if (width === 0 || block.rows.length === 0) return [];
  const origin = requireRange(block.address);
  const cells = block.rows.map((row) => Array.from({ length: width }, (_, c) => toInput(row[c], renames)));
  const textFormat = block.rows.map((row) =>
    Array.from({ length: width }, (_, c) => (needsText(row[c]) ? '@' : null)),
  );
  const bytesPerCell = JSON.stringify(cells).length / (width * block.rows.length) + 4;
  const step = rowsPerChunk(budgetBytes / 2, width, bytesPerCell);
  for (let start = 0; start < cells.length; start += step) {
    const rows = cells.slice(start, start + step);
    const formats = textFormat.slice(start, start + step);
    const rect = {
      startRow: origin.startRow + start,
      endRow: origin.startRow + start + rows.length - 1,
      startCol: origin.startCol,
      endCol: origin.startCol + width - 1,
    };
    const hasText = formats.some((row) => row.some((f) => f !== null));
    await batcher.add(JSON.stringify(rows).length + (hasText ? JSON.stringify(formats).length : 0), () => {
      const range = sheet.getRange(rangeAddress(rect));
      // "@" must be in place before the value arrives, or Excel has already converted it.
      if (hasText) range.numberFormat = formats;
      range.formulas = rows;
    });
  }
  return verifyRanges(block, origin, width);
}

function toInput(
  cell: PlannedCell | undefined,
  renames: ReadonlyMap<string, string>,
): string | number | null {
  if (!cell) return null;
  switch (cell.kind) {
    case 'empty':
      return null;
    case 'number':
      if (!Number.isFinite(cell.value)) throw new NotFiniteNumberError(cell.value);
      return cell.value;
    case 'formula':
      return retargetFormula(cell.formula, renames);
    case 'text':
      // Excel swallows one leading apostrophe as its text prefix; doubling keeps the user's apostrophe.
      return cell.text.startsWith("'") ? `'${cell.text}` : cell.text;
  }
}

function needsText(cell: PlannedCell | undefined): boolean {
  return cell?.kind === 'text' && textNeedsTextFormat(cell.text);
}

/**
 * The bounding rectangle of the cells to read back in one `values` load: formula cells with known results, and
 * text cells that Excel could have turned into something else (text format, apostrophe prefix). Plain words and
 * numbers cannot change on the way, so they are not read back.
 */
function verifyRanges(block: CellBlock, origin: CellRect, width: number): VerifyRange[] {
  const expected: ExpectedResult[] = [];
  block.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const at = { row: origin.startRow + r, col: origin.startCol + c };
      if (cell.kind === 'formula' && cell.result !== undefined) expected.push({ ...at, value: cell.result });
      if (cell.kind === 'text' && (needsText(cell) || cell.text.startsWith("'")))
        expected.push({ ...at, value: cell.text });
    }),
  );
  if (expected.length === 0 || width === 0) return [];
  const rect = {
    startRow: Math.min(...expected.map((e) => e.row)),
    endRow: Math.max(...expected.map((e) => e.row)),
    startCol: Math.min(...expected.map((e) => e.col)),
    endCol: Math.max(...expected.map((e) => e.col)),
  };
  return [{ rect, expected }];
}

function fill(rect: CellRect, value: string): string[][] {
  const cols = rect.endCol - rect.startCol + 1;
  return Array.from({ length: rect.endRow - rect.startRow + 1 }, () => Array<string>(cols).fill(value));
}

function cellCount(rect: CellRect): number {
  return (rect.endRow - rect.startRow + 1) * (rect.endCol - rect.startCol + 1);
}

/** Plan widths are in characters (Excel's column-width unit); Office.js wants points: (7 px × chars + 5 px) × ¾. */
function charactersToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
