import { readFile } from 'node:fs/promises';
import { posix } from 'node:path';
import { columnIndex } from '../domain/a1/columnIndex';
import { columnLetter } from '../domain/a1/columnLetter';
import { parseRangeAddress } from '../domain/a1/parseRangeAddress';
import { type Grid, GridBuilder } from '../workbook/Grid';
import { isOutputMarker, sheetOfRange } from './outputMarker';
import { MalformedXmlError, NotAWorkbookError } from './xlsxRead/readErrors';
import { readZipEntries } from './xlsxRead/readZipEntries';
import { scanXml } from './xlsxRead/scanXml';

/** Reads a part's text: the archive's entries by name. */
type PartReader = (part: string) => Promise<string | undefined>;

/**
 * Reads every worksheet of an .xlsx file into a Grid: values, formulas with their cached results (shared formulas
 * translated to each cell), error values, number formats, dates (as ISO text, as ExcelJS gives them), hidden rows
 * and merged ranges (merged areas keep their value in the top-left cell only). Streams the sheet XML straight
 * into the Grid – no workbook model, styles or per-cell objects beyond the Grid's own – so a 47 000-row export
 * reads in a fraction of ExcelJS's time and memory, and `check` never loads ExcelJS.
 */
export async function readXlsxGrids(path: string): Promise<Grid[]> {
  const parts = await openParts(await readFile(path));
  const workbookPart = 'xl/workbook.xml';
  const workbookXml = await parts(workbookPart);
  if (workbookXml === undefined) throw new NotAWorkbookError('xl/workbook.xml');
  const workbook = readWorkbookXml(workbookXml);
  const targets = readRelationships((await parts(relsOf(workbookPart))) ?? '', workbookPart);
  const sharedStrings = readSharedStrings(
    (await parts(targets.sharedStrings ?? 'xl/sharedStrings.xml')) ?? '',
  );
  const numberFormats = readCellFormats((await parts(targets.styles ?? 'xl/styles.xml')) ?? '');
  const grids: Grid[] = [];
  for (const sheet of workbook.sheets) {
    const part = targets.worksheets.get(sheet.relationship);
    const xml = part === undefined ? undefined : await parts(part);
    if (xml === undefined) continue;
    const grid = readSheetXml(xml, sheet.name, { sharedStrings, numberFormats, date1904: workbook.date1904 });
    grids.push(workbook.outputSheets.has(sheet.name) ? grid.with({ isOutput: true }) : grid);
  }
  return grids;
}

/** Native-zlib entries; JSZip (slower, but also reads Zip64) when the fast reader declines the archive. */
async function openParts(bytes: Buffer): Promise<PartReader> {
  try {
    const zip = readZipEntries(bytes);
    return (part) => Promise.resolve(zip.bytes(part)?.toString('utf8'));
  } catch {
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(bytes);
    return async (part) => zip.file(part)?.async('string');
  }
}

function relsOf(part: string): string {
  return `${posix.dirname(part)}/_rels/${posix.basename(part)}.rels`;
}

interface WorkbookXml {
  readonly sheets: { name: string; relationship: string }[];
  readonly date1904: boolean;
  /** Sheets carrying Länsnyckel's output marker (a `_Lansnyckel_Output_<n>` defined name). */
  readonly outputSheets: ReadonlySet<string>;
}

function readWorkbookXml(xml: string): WorkbookXml {
  const sheets: { name: string; relationship: string }[] = [];
  let date1904 = false;
  const marked: string[] = [];
  let definedName: string | undefined;
  let text = '';
  scanXml(xml, {
    open(name, tag) {
      const a = tag.all();
      if (name === 'sheet')
        sheets.push({ name: a.name ?? '', relationship: a['r:id'] ?? attributeEndingIn(a, ':id') });
      else if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      else if (name === 'definedName') {
        definedName = a.name;
        text = '';
      }
    },
    close(name) {
      if (name === 'definedName' && definedName !== undefined && isOutputMarker(definedName)) {
        marked.push(...text.split(',').map((range) => sheetOfRange(range.trim())));
      }
      if (name === 'definedName') definedName = undefined;
    },
    text(t) {
      text += t;
    },
    wantsText: () => definedName !== undefined,
  });
  const names = new Set(sheets.map((s) => s.name));
  return { sheets, date1904, outputSheets: new Set(marked.filter((s) => names.has(s))) };
}

function attributeEndingIn(attributes: Readonly<Record<string, string>>, suffix: string): string {
  return Object.entries(attributes).find(([k]) => k.endsWith(suffix))?.[1] ?? '';
}

interface WorkbookTargets {
  readonly worksheets: ReadonlyMap<string, string>;
  readonly sharedStrings?: string;
  readonly styles?: string;
}

function readRelationships(xml: string, source: string): WorkbookTargets {
  const worksheets = new Map<string, string>();
  let sharedStrings: string | undefined;
  let styles: string | undefined;
  scanXml(xml, {
    open(name, tag) {
      const a = tag.all();
      if (name !== 'Relationship' || a.Target === undefined || a.TargetMode === 'External') return;
      const target = a.Target.startsWith('/')
        ? posix.normalize(a.Target.slice(1))
        : posix.normalize(posix.join(posix.dirname(source), a.Target));
      const type = a.Type ?? '';
      if (type.endsWith('/worksheet')) worksheets.set(a.Id ?? '', target);
      else if (type.endsWith('/sharedStrings')) sharedStrings = target;
      else if (type.endsWith('/styles')) styles = target;
    },
    close() {},
    text() {},
    wantsText: () => false,
  });
  return { worksheets, ...(sharedStrings ? { sharedStrings } : {}), ...(styles ? { styles } : {}) };
}

/** One shared string: its text, and whether it was rich text (which ExcelJS keeps as text even when empty). */
interface SharedString {
  readonly text: string;
  readonly rich: boolean;
}

/** Excel's escape for characters XML cannot hold, e.g. "_x000D_" for a carriage return. */
const ESCAPED_CHAR = /_x([0-9A-F]{4})_/g;

function unescapeExcel(text: string): string {
  return text.indexOf('_x') < 0
    ? text
    : text.replace(ESCAPED_CHAR, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function readSharedStrings(xml: string): SharedString[] {
  const strings: SharedString[] = [];
  let text = '';
  let rich = false;
  let inT = false;
  let phonetic = 0;
  scanXml(xml, {
    open(name, _a, selfClosing) {
      if (name === 'si') {
        text = '';
        rich = false;
      } else if (name === 'r') rich = true;
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && !selfClosing) inT = true;
    },
    close(name) {
      if (name === 't') inT = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') strings.push({ text: unescapeExcel(text), rich });
    },
    text(t) {
      text += t;
    },
    wantsText: () => inT && phonetic === 0,
  });
  return strings;
}

/** Built-in number formats by id, as ExcelJS names them (lib/xlsx/defaultnumformats.js). */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  27: '[$-404]e/m/d',
  30: 'm/d/yy',
  36: '[$-404]e/m/d',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  50: '[$-404]e/m/d',
  57: '[$-404]e/m/d',
  59: 't0',
  60: 't0.00',
  61: 't#,##0',
  62: 't#,##0.00',
  67: 't0%',
  68: 't0.00%',
  69: 't# ?/?',
  70: 't# ??/??',
};

/** The number format of each cell style (cellXfs index), undefined for General. */
function readCellFormats(xml: string): (string | undefined)[] {
  const custom = new Map<number, string>();
  const formats: (string | undefined)[] = [];
  let inCellXfs = false;
  scanXml(xml, {
    open(name, tag) {
      const a = tag.all();
      // ExcelJS drops the format's backslash escapes ("###\ ##0" → "### ##0"); so do we, for the same formats.
      if (name === 'numFmt') custom.set(Number(a.numFmtId), (a.formatCode ?? '').replace(/[\\](.)/g, '$1'));
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        formats.push(id ? (custom.get(id) ?? BUILT_IN_FORMATS[id]) : undefined);
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
    wantsText: () => false,
  });
  return formats;
}

/** ExcelJS's test for a date format: date letters outside quotes and brackets. */
function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

interface SheetContext {
  readonly sharedStrings: readonly SharedString[];
  readonly numberFormats: readonly (string | undefined)[];
  readonly date1904: boolean;
}

/** The cell under construction while its element is open. */
interface OpenCell {
  row: number;
  col: number;
  type: string;
  style: number;
  value: string | undefined;
  formula: string | undefined;
  shared: { index: string; master: boolean } | undefined;
}

/**
 * One sheet part as a Grid from A1 to its last used cell, with ExcelJS's notion of "used": the last `<row>`
 * element, and the widest row that holds anything but styled empty cells.
 */
function readSheetXml(xml: string, sheet: string, context: SheetContext): Grid {
  // Cells go straight into the Grid's storage; rows are sized only at the end (ExcelJS's extent, below).
  const grid = new GridBuilder(sheet);
  /** Per row: one past the last cell element placed (styled blanks included), as ExcelJS counts a row's width. */
  const rowWidth: number[] = [];
  const rowHasValues: boolean[] = [];
  const hiddenRows: number[] = [];
  const merged: string[] = [];
  const sharedFormulas = new Map<string, { formula: string; row: number; col: number }>();
  let rowIndex = -1;
  let nextCol = 0;
  let cell: OpenCell | undefined;
  let collecting: 'v' | 'f' | 't' | undefined;
  let inlineString = false;
  let phonetic = 0;
  let lastRow = 0;
  scanXml(xml, {
    open(name, a, selfClosing) {
      switch (name) {
        case 'row': {
          const r = a.get('r');
          rowIndex = r !== undefined ? Number(r) - 1 : rowIndex + 1;
          nextCol = 0;
          lastRow = Math.max(lastRow, rowIndex + 1);
          rowWidth[rowIndex] ??= 0;
          const hidden = a.get('hidden');
          if (hidden === '1' || hidden === 'true') hiddenRows.push(rowIndex);
          break;
        }
        case 'c': {
          const r = a.get('r');
          const s = a.get('s');
          const at = r !== undefined ? cellRef(r) : { row: rowIndex, col: nextCol };
          nextCol = at.col + 1;
          cell = {
            row: at.row,
            col: at.col,
            type: a.get('t') ?? 'n',
            style: s !== undefined ? Number(s) : 0,
            value: undefined,
            formula: undefined,
            shared: undefined,
          };
          break;
        }
        case 'v':
          if (cell && !selfClosing) collecting = 'v';
          break;
        case 'f':
          if (cell) {
            if (!selfClosing) collecting = 'f';
            const si = a.get('si');
            if (a.get('t') === 'shared' && si !== undefined)
              cell.shared = { index: si, master: a.get('ref') !== undefined };
          }
          break;
        case 'is':
          inlineString = true;
          break;
        case 'rPh':
          phonetic++;
          break;
        case 't':
          if (inlineString && !selfClosing) collecting = 't';
          break;
        case 'mergeCell': {
          const ref = a.get('ref');
          if (ref) merged.push(ref);
          break;
        }
      }
    },
    close(name) {
      switch (name) {
        case 'v':
        case 'f':
        case 't':
          collecting = undefined;
          break;
        case 'is':
          inlineString = false;
          break;
        case 'rPh':
          phonetic--;
          break;
        case 'c':
          if (cell) place(cell);
          cell = undefined;
          break;
      }
    },
    text(t) {
      if (!cell) return;
      // Like ExcelJS: an element without text (<v></v>, <f/>) is no value and no formula.
      if (collecting === 'f') cell.formula = (cell.formula ?? '') + t;
      else cell.value = (cell.value ?? '') + t;
    },
    wantsText: () => collecting !== undefined && phonetic === 0,
  });

  function place(c: OpenCell): void {
    const hasFormula = !!c.formula || c.shared !== undefined;
    rowWidth[c.row] = Math.max(rowWidth[c.row] ?? 0, c.col + 1);
    lastRow = Math.max(lastRow, c.row + 1);
    // ExcelJS keeps a cell with no value as a styled blank ("Null"), which does not make the row used.
    if (c.value !== undefined || hasFormula || !c.style) rowHasValues[c.row] = true;
    // A cell element given twice: the last one stands, as when the reader kept a Cell per position.
    grid.clear(c.row, c.col);
    const format = c.style ? context.numberFormats[c.style] : undefined;
    if (hasFormula) {
      const formula = formulaOf(c);
      if (c.value !== undefined) setValueOf(c, format);
      if (formula) grid.setFormula(c.row, c.col, '=' + formula);
      if (format) grid.setNumberFormat(c.row, c.col, format);
      return;
    }
    // A blank value is an empty cell, without its format.
    if (c.value !== undefined && setValueOf(c, format) && format) grid.setNumberFormat(c.row, c.col, format);
  }

  function formulaOf(c: OpenCell): string | undefined {
    if (!c.shared) return c.formula || undefined;
    if (c.shared.master || c.formula) {
      sharedFormulas.set(c.shared.index, { formula: c.formula ?? '', row: c.row, col: c.col });
      return c.formula || undefined;
    }
    const master = sharedFormulas.get(c.shared.index);
    return master ? slideFormula(master.formula, c.row - master.row, c.col - master.col) : undefined;
  }

  /** Writes the cell's value (as ExcelJS reads it) into the grid; false when it is empty (nothing written). */
  function setValueOf(c: OpenCell, format: string | undefined): boolean {
    const raw = c.value ?? '';
    const { row, col } = c;
    switch (c.type) {
      case 's': {
        const s = context.sharedStrings[Number(raw)];
        if (!s || (!s.rich && s.text === '')) return false;
        grid.setText(row, col, s.text);
        return true;
      }
      case 'str':
        if (raw === '') return false;
        grid.setText(row, col, raw);
        return true;
      case 'inlineStr': {
        const text = unescapeExcel(raw);
        if (text === '') return false;
        grid.setText(row, col, text);
        return true;
      }
      case 'b':
        grid.setValue(row, col, { kind: 'boolean', value: parseInt(raw, 10) !== 0 });
        return true;
      case 'e':
        grid.setValue(row, col, { kind: 'error', value: raw });
        return true;
      default: {
        const number = parseFloat(raw);
        if (!Number.isFinite(number)) {
          grid.setValue(row, col, { kind: 'error', value: '#NUM!' });
          return true;
        }
        if (isDateFormat(format)) {
          const days = number - 25569 + (context.date1904 ? 1462 : 0);
          const date = new Date(Math.round(days * 24 * 3600 * 1000));
          if (!Number.isNaN(date.getTime())) {
            grid.setText(row, col, date.toISOString().slice(0, 10));
            return true;
          }
        }
        grid.setNumber(row, col, number);
        return true;
      }
    }
  }

  // ExcelJS's extent: every <row> counts for the height (when any row is used), used rows for the width.
  let colCount = 0;
  let anyUsed = false;
  rowWidth.forEach((width, r) => {
    if (!rowHasValues[r]) return;
    anyUsed = true;
    colCount = Math.max(colCount, width);
  });
  const rowCount = anyUsed ? lastRow : 0;
  // Rows never written cost nothing in the Grid: a stray value in row 1 048 576 does not cost a million rows.
  for (const range of merged) {
    const rect = parseRangeAddress(range);
    if (!rect) continue;
    for (let r = rect.startRow; r <= Math.min(rect.endRow, rowCount - 1); r++) {
      for (let c = rect.startCol; c <= Math.min(rect.endCol, colCount - 1); c++) {
        if (r !== rect.startRow || c !== rect.startCol) grid.clear(r, c);
      }
    }
  }
  const hidden = hiddenRows.filter((r) => r < rowCount);
  return grid.build(
    {
      ...(hidden.length ? { hiddenRows: hidden } : {}),
      ...(merged.length ? { merged } : {}),
    },
    { rows: rowCount, cols: colCount },
  );
}

/** "B12" (or "$B$12") → row 11, column 1; a char loop, as it runs once per cell of the sheet. */
function cellRef(ref: string): { row: number; col: number } {
  let col = 0;
  let row = 0;
  let i = ref.charCodeAt(0) === 0x24 ? 1 : 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) & ~0x20; // upper case
    if (c < 0x41 || c > 0x5a) break;
    col = col * 26 + (c - 0x40);
  }
  if (ref.charCodeAt(i) === 0x24) i++;
  const digitsFrom = i;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) break;
    row = row * 10 + d;
  }
  if (col === 0 || i === digitsFrom || i !== ref.length)
    throw new MalformedXmlError(`bad cell reference ${ref}`);
  return { row: row - 1, col: col - 1 };
}

const REFERENCE_CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_PARTS = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/**
 * A shared formula as it reads in a cell `rows`/`cols` away from its master: relative references move, absolute
 * ones stay (ExcelJS's slideFormula, so the text is what the ExcelJS reader gave).
 * @example slideFormula('B2*2', 1, 0) //=> 'B3*2'
 */
export function slideFormula(formula: string, rows: number, cols: number): string {
  return formula.replace(
    REFERENCE_CANDIDATE,
    (match, sheet: string | undefined, _s, address: string, paren) => {
      if (paren) return match;
      const m = CELL_PARTS.exec(address);
      if (!m) return match;
      const letters = (m[2] ?? '').toUpperCase();
      if (letters.length > 3 || (letters.length === 3 && letters > 'XFD')) return match;
      const col = columnIndex(letters) + (m[1] ? 0 : cols);
      const row = Number(m[4]) + (m[3] ? 0 : rows);
      return `${sheet ?? ''}${m[1] ?? ''}${columnLetter(col)}${m[3] ?? ''}${row}`;
    },
  );
}
