import { HyperFormula, DetailedCellError, type RawCellContent } from 'hyperformula';
import { type CellRect } from '../../../src/domain/a1/CellRect';
import { cellAddress } from '../../../src/domain/a1/cellAddress';
import { quoteSheetName } from '../../../src/domain/a1/quoteSheetName';
import { FakeOfficeError } from './FakeOfficeError';

/** A stored constant: number, text, boolean, or an error value such as "#DIV/0!". */
export type FakeScalar = number | string | boolean | { readonly error: string };

export interface FakeCell {
  value?: FakeScalar;
  /** A1 formula with the leading "=". */
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  fill?: string;
  fontColor?: string;
  hyperlink?: { readonly documentReference?: string; readonly textToDisplay?: string };
}

export interface FakeConditionalFormat {
  readonly sheetId: string;
  readonly address: string;
  readonly type: string;
  rule?: { formula1: string; operator: string };
  fill?: string;
  fontColor?: string;
}

export interface FakeTable {
  readonly sheetId: string;
  name: string;
  readonly address: string;
  style?: string;
}

export interface FakeSheet {
  readonly id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  deleted: boolean;
  readonly cells: Map<string, FakeCell>;
  readonly hiddenRows: Set<number>;
  /** Merged areas, sheet-local A1 ("B2:B3"). */
  readonly merged: string[];
  readonly columnWidths: Map<number, number>;
  readonly customProperties: Map<string, string>;
  freezeRows: number;
  readonly pageLayout: Record<string, unknown>;
}

export interface FakeXmlPart {
  readonly id: string;
  xml: string;
  namespaceUri: string;
}

export type SheetEventType =
  'WorksheetAdded' | 'WorksheetDeleted' | 'WorksheetActivated' | 'WorksheetNameChanged';

const ERROR_VALUES = [
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#SPILL!',
  '#CALC!',
];

/**
 * The workbook the fake Excel edits: plain data plus the rules real Excel applies when text is assigned to a
 * cell (a string that looks like a number becomes a number, "=…" becomes a formula unless the cell is text-formatted).
 */
export class FakeWorkbookModel {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  readonly xmlParts: FakeXmlPart[] = [];
  activeSheetId = '';
  /** Structure protection (no sheets may be added, deleted or renamed). */
  protectedWorkbook = false;
  selection = { sheetId: '', address: 'A1' };
  private nextId = 1;
  private version = 0;
  private evaluated: { version: number; hf: HyperFormula; sheetIndex: Map<string, number> } | undefined;
  /** Sheet events raised since the last drain (the fake delivers them after each sync). */
  readonly pendingEvents: { type: SheetEventType; worksheetId: string }[] = [];

  /** Seeds a sheet directly (no events): strings starting with "=" are formulas, "#N/A"-style are errors. */
  addSheet(name: string, rows: readonly (readonly (string | number | boolean | null)[])[] = []): FakeSheet {
    const sheet = this.createSheet(name);
    this.pendingEvents.pop(); // seeding is not a user action
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === '') return;
        if (typeof v === 'string' && v.startsWith('=')) this.cellAt(sheet, r, c).formula = v;
        else if (typeof v === 'string' && ERROR_VALUES.includes(v))
          this.cellAt(sheet, r, c).value = { error: v };
        else this.cellAt(sheet, r, c).value = v;
      }),
    );
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    this.touch();
    return sheet;
  }

  createSheet(name: string): FakeSheet {
    this.assertSheetName(name, undefined);
    const sheet: FakeSheet = {
      id: `{sheet-${this.nextId++}}`,
      name,
      visibility: 'Visible',
      deleted: false,
      cells: new Map(),
      hiddenRows: new Set(),
      merged: [],
      columnWidths: new Map(),
      customProperties: new Map(),
      freezeRows: 0,
      pageLayout: {},
    };
    this.sheets.push(sheet);
    this.pendingEvents.push({ type: 'WorksheetAdded', worksheetId: sheet.id });
    this.touch();
    return sheet;
  }

  findSheet(nameOrId: string): FakeSheet | undefined {
    const key = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.id === nameOrId || s.name.toLowerCase() === key);
  }

  sheetById(id: string): FakeSheet {
    const sheet = this.sheets.find((s) => s.id === id);
    if (!sheet) throw new FakeOfficeError('ItemNotFound', `No sheet with id ${id}`);
    return sheet;
  }

  renameSheet(sheet: FakeSheet, name: string): void {
    if (sheet.name === name) return;
    this.assertSheetName(name, sheet);
    const old = sheet.name;
    sheet.name = name;
    // Excel rewrites every formula that refers to the renamed sheet (hyperlinks, being plain text, it does not).
    for (const s of this.sheets) {
      for (const cell of s.cells.values()) {
        if (cell.formula) cell.formula = renameInFormula(cell.formula, old, name);
      }
    }
    this.pendingEvents.push({ type: 'WorksheetNameChanged', worksheetId: sheet.id });
    this.touch();
  }

  deleteSheet(sheet: FakeSheet): void {
    if (this.sheets.filter((s) => s.visibility === 'Visible').length <= 1 && sheet.visibility === 'Visible') {
      throw new FakeOfficeError(
        'InvalidOperation',
        'A workbook must contain at least one visible worksheet.',
      );
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    sheet.deleted = true;
    removeWhere(this.tables, (t) => t.sheetId === sheet.id);
    removeWhere(this.conditionalFormats, (f) => f.sheetId === sheet.id);
    this.pendingEvents.push({ type: 'WorksheetDeleted', worksheetId: sheet.id });
    if (this.activeSheetId === sheet.id) this.activate(this.sheets.find((s) => s.visibility === 'Visible')!);
    this.touch();
  }

  activate(sheet: FakeSheet): void {
    if (this.activeSheetId === sheet.id) return;
    this.activeSheetId = sheet.id;
    this.selection = { sheetId: sheet.id, address: 'A1' };
    this.pendingEvents.push({ type: 'WorksheetActivated', worksheetId: sheet.id });
  }

  cellAt(sheet: FakeSheet, row: number, col: number): FakeCell {
    const key = `${row},${col}`;
    let cell = sheet.cells.get(key);
    if (!cell) {
      cell = {};
      sheet.cells.set(key, cell);
    }
    return cell;
  }

  peek(sheet: FakeSheet, row: number, col: number): FakeCell | undefined {
    return sheet.cells.get(`${row},${col}`);
  }

  /** Assigns one entry of a `values`/`formulas` matrix the way Excel coerces typed input. */
  assign(sheet: FakeSheet, row: number, col: number, input: unknown): void {
    if (input === null || input === undefined) return; // null leaves the cell unchanged
    const cell = this.cellAt(sheet, row, col);
    delete cell.formula;
    delete cell.value;
    if (typeof input === 'number') {
      if (!Number.isFinite(input))
        throw new FakeOfficeError('InvalidArgument', `Not a finite number: ${input}`);
      cell.value = input;
    } else if (typeof input === 'boolean') cell.value = input;
    else if (typeof input === 'string') this.assignText(cell, input);
    else throw new FakeOfficeError('InvalidArgument', `Unsupported cell input: ${typeof input}`);
    this.touch();
  }

  /** The value Excel shows for a cell: formulas are evaluated (HyperFormula stands in for Excel's calc engine). */
  computedValue(sheet: FakeSheet, row: number, col: number): FakeScalar | undefined {
    const cell = this.peek(sheet, row, col);
    if (!cell?.formula) return cell?.value;
    const { hf, sheetIndex } = this.engine();
    const v = hf.getCellValue({ sheet: sheetIndex.get(sheet.id)!, row, col });
    if (v instanceof DetailedCellError) return { error: v.value };
    return v === null ? 0 : v;
  }

  /** Bounds of cells holding a value or formula (valuesOnly) or anything at all; undefined when none. */
  usedRect(sheet: FakeSheet, valuesOnly: boolean): CellRect | undefined {
    let rect: { startRow: number; startCol: number; endRow: number; endCol: number } | undefined;
    for (const [key, cell] of sheet.cells) {
      const hasValue = cell.value !== undefined || cell.formula !== undefined;
      if (!hasValue && (valuesOnly || Object.keys(cell).length === 0)) continue;
      const [r, c] = key.split(',').map(Number) as [number, number];
      rect = rect
        ? {
            startRow: Math.min(rect.startRow, r),
            startCol: Math.min(rect.startCol, c),
            endRow: Math.max(rect.endRow, r),
            endCol: Math.max(rect.endCol, c),
          }
        : { startRow: r, startCol: c, endRow: r, endCol: c };
    }
    return rect;
  }

  /** Everything a user could see or save, as plain sorted data: compare two of these to prove "unchanged". */
  snapshot(): unknown {
    const active = this.sheets.find((s) => s.id === this.activeSheetId)?.name;
    return {
      active,
      sheets: this.sheets.map((s) => ({
        name: s.name,
        visibility: s.visibility,
        cells: [...s.cells.entries()]
          .filter(([, cell]) => Object.keys(cell).length > 0)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([key, cell]) => [key, { ...cell }]),
        hiddenRows: [...s.hiddenRows].sort(),
        merged: [...s.merged].sort(),
        columnWidths: [...s.columnWidths.entries()].sort(),
        customProperties: [...s.customProperties.entries()].sort(),
        freezeRows: s.freezeRows,
        pageLayout: { ...s.pageLayout },
      })),
      tables: this.tables.map((t) => ({ ...t, sheet: this.sheetById(t.sheetId).name, sheetId: undefined })),
      conditionalFormats: this.conditionalFormats.map((f) => ({
        ...f,
        sheet: this.sheetById(f.sheetId).name,
        sheetId: undefined,
      })),
      xmlParts: this.xmlParts.map((p) => ({ xml: p.xml, namespaceUri: p.namespaceUri })),
    };
  }

  /** Marks the calculation cache stale after any edit. */
  touch(): void {
    this.version++;
  }

  nextPartId(): string {
    return `{part-${this.nextId++}}`;
  }

  private assignText(cell: FakeCell, text: string): void {
    // A leading apostrophe is Excel's "this is text" prefix and is not stored.
    if (text.startsWith("'")) {
      cell.value = text.slice(1);
      return;
    }
    if (cell.numberFormat === '@') {
      cell.value = text;
      return;
    }
    const coerced = coerceTypedText(text);
    if (typeof coerced === 'object' && 'formula' in coerced) cell.formula = coerced.formula;
    else cell.value = coerced;
  }

  private assertSheetName(name: string, self: FakeSheet | undefined): void {
    if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) {
      throw new FakeOfficeError('InvalidArgument', `Invalid sheet name: ${name}`);
    }
    const other = this.findSheet(name);
    if (other && other !== self)
      throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${name} exists.`);
  }

  private engine(): { hf: HyperFormula; sheetIndex: Map<string, number> } {
    if (this.evaluated?.version === this.version) return this.evaluated;
    this.evaluated?.hf.destroy();
    const data: Record<string, RawCellContent[][]> = {};
    const sheetIndex = new Map<string, number>();
    this.sheets.forEach((sheet, i) => {
      sheetIndex.set(sheet.id, i);
      const rect = this.usedRect(sheet, true);
      const rows: RawCellContent[][] = [];
      if (rect) {
        for (let r = 0; r <= rect.endRow; r++) {
          const row: RawCellContent[] = [];
          for (let c = 0; c <= rect.endCol; c++) row.push(toRaw(this.peek(sheet, r, c)));
          rows.push(row);
        }
      }
      data[sheet.name] = rows;
    });
    const hf = HyperFormula.buildFromSheets(data, { licenseKey: 'gpl-v3' });
    this.evaluated = { version: this.version, hf, sheetIndex };
    return this.evaluated;
  }
}

/** Plain A1 of a cell, for error messages. */
export function describeCell(sheet: FakeSheet, row: number, col: number): string {
  return `${quoteSheetName(sheet.name)}!${cellAddress(row, col)}`;
}

/** What Excel makes of a string typed into a General cell. */
function coerceTypedText(text: string): FakeScalar | { formula: string } {
  if (text.startsWith('=')) return { formula: text };
  // Typing "#N/A" or "#REF!" into a General cell gives the error value, not text.
  if (ERROR_VALUES.includes(text.trim().toUpperCase())) return { error: text.trim().toUpperCase() };
  const compact = text.trim().replace(/[\s\u00a0]/g, '');
  if (/^[+-]?(\d+([.,]\d*)?|[.,]\d+)(e[+-]?\d+)?$/i.test(compact)) return Number(compact.replace(',', '.'));
  if (/^(true|false)$/i.test(text.trim())) return text.trim().toLowerCase() === 'true';
  if (/^[+\-@]/.test(text)) return { formula: `=${text.replace(/^[+@]/, '')}` };
  return text;
}

function toRaw(cell: FakeCell | undefined): RawCellContent {
  if (!cell) return null;
  if (cell.formula) return cell.formula;
  const v = cell.value;
  if (v === undefined) return null;
  if (typeof v === 'object') return v.error;
  // Text that HyperFormula would parse as a formula or number must stay text, as it is in Excel.
  if (typeof v === 'string' && /^[=+\-\d'.]/.test(v)) return `'${v}`;
  return v;
}

function renameInFormula(formula: string, oldName: string, newName: string): string {
  const quotedOld = `'${oldName.replace(/'/g, "''")}'!`;
  const target = `${quoteSheetName(newName)}!`;
  let out = formula.split(quotedOld).join(target);
  if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(oldName)) {
    out = out.replace(
      new RegExp(`(^|[^A-Za-z0-9_.'])${oldName.replace(/\./g, '\\.')}!`, 'gi'),
      `$1${target}`,
    );
  }
  return out;
}

function removeWhere<T>(list: T[], pred: (t: T) => boolean): void {
  for (let i = list.length - 1; i >= 0; i--) if (pred(list[i]!)) list.splice(i, 1);
}
