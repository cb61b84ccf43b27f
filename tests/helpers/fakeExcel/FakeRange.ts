import { type CellRect } from '../../../src/domain/a1/CellRect';
import { quoteSheetName } from '../../../src/domain/a1/quoteSheetName';
import { rangeAddress } from '../../../src/domain/a1/rangeAddress';
import { LAST_ROW } from '../../../src/domain/a1/sheetLimits';
import { requireRange } from '../../../src/domain/a1/requireRange';
import { FakeClientObject, jsonBytes } from './FakeClientObject';
import { FakeOfficeError } from './FakeOfficeError';
import { FakeConditionalFormatCollection, FakeRangeFormat } from './FakeRangeParts';
import { type FakeRequestContext } from './FakeRequestContext';
import { type FakeScalar, type FakeSheet } from './FakeWorkbookModel';

export interface RangeEntity {
  readonly sheet: FakeSheet;
  readonly rect: CellRect;
}

const MATRIX_PROPS = ['values', 'formulas', 'valueTypes', 'text', 'numberFormat'];
const SCALAR_PROPS = ['address', 'rowCount', 'columnCount', 'rowIndex', 'columnIndex', 'rowHidden'];

/** Excel.Range look-alike. Matrix writes must match the range's shape exactly; null entries leave a cell alone. */
export class FakeRange extends FakeClientObject<RangeEntity> {
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;

  constructor(
    context: FakeRequestContext,
    objectName: string,
    resolver: () => RangeEntity | null,
    orNull = false,
  ) {
    super(context, objectName, resolver, orNull);
    this.format = new FakeRangeFormat(context, this);
    this.conditionalFormats = new FakeConditionalFormatCollection(context, this);
  }

  get address(): string {
    return this.loaded('address');
  }
  get rowCount(): number {
    return this.loaded('rowCount');
  }
  get columnCount(): number {
    return this.loaded('columnCount');
  }
  get rowIndex(): number {
    return this.loaded('rowIndex');
  }
  get columnIndex(): number {
    return this.loaded('columnIndex');
  }
  get rowHidden(): boolean | null {
    return this.loaded('rowHidden');
  }
  /** Hides or shows every row of the range (Range.rowHidden is settable, ExcelApi 1.2). */
  set rowHidden(hidden: boolean | null) {
    this.queue(`rowHidden=${String(hidden)}`, 24, (e) => {
      for (let r = e.rect.startRow; r <= e.rect.endRow; r++) {
        if (hidden) e.sheet.hiddenRows.add(r);
        else e.sheet.hiddenRows.delete(r);
      }
    });
  }
  get values(): unknown[][] {
    return this.loaded('values');
  }
  set values(matrix: unknown[][]) {
    this.writeMatrix('values', matrix, (e, r, c, v) => this.context.model.assign(e.sheet, r, c, v));
  }
  get formulas(): unknown[][] {
    return this.loaded('formulas');
  }
  set formulas(matrix: unknown[][]) {
    this.writeMatrix('formulas', matrix, (e, r, c, v) => this.context.model.assign(e.sheet, r, c, v));
  }
  get valueTypes(): string[][] {
    return this.loaded('valueTypes');
  }
  get text(): string[][] {
    return this.loaded('text');
  }
  get numberFormat(): unknown[][] {
    return this.loaded('numberFormat');
  }
  set numberFormat(matrix: unknown[][]) {
    this.writeMatrix('numberFormat', matrix, (e, r, c, v) => {
      if (typeof v !== 'string')
        throw new FakeOfficeError('InvalidArgument', 'numberFormat entries must be text.');
      this.context.model.cellAt(e.sheet, r, c).numberFormat = v;
    });
  }

  set hyperlink(link: { documentReference?: string; textToDisplay?: string }) {
    this.queue('hyperlink=', 64, (e) =>
      forEachCell(e.rect, (r, c) => {
        const cell = this.context.model.cellAt(e.sheet, r, c);
        cell.hyperlink = { ...link };
        if (link.textToDisplay !== undefined) cell.value = link.textToDisplay;
        this.context.model.touch();
      }),
    );
  }

  /** Excel.Range.getMergedAreasOrNullObject (ExcelApi 1.13): the merged areas that intersect this range. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, `${this.objectName}.getMergedAreasOrNullObject()`, () => {
      const e = this.resolve();
      if (!e) return null;
      const areas = e.sheet.merged.map((a) => requireRange(a)).filter((a) => intersects(a, e.rect));
      return areas.length > 0 ? { sheet: e.sheet, areas } : null;
    });
  }

  /** Range.merge(across) (ExcelApi 1.2): one merged area, or one per row when `across`. */
  merge(across = false): void {
    this.queue(`merge(${across})`, 24, (e) => {
      const rows = across
        ? Array.from({ length: e.rect.endRow - e.rect.startRow + 1 }, (_, i) => ({
            ...e.rect,
            startRow: e.rect.startRow + i,
            endRow: e.rect.startRow + i,
          }))
        : [e.rect];
      for (const rect of rows) {
        if (e.sheet.merged.some((m) => intersects(requireRange(m), rect)))
          throw new FakeOfficeError('InvalidOperation', 'Cannot merge over a merged area.');
        e.sheet.merged.push(rangeAddress(rect));
      }
    });
  }

  getRow(index: number): FakeRange {
    return new FakeRange(this.context, `${this.objectName}.getRow(${index})`, () => {
      const e = this.resolve();
      if (!e) return null;
      const row = e.rect.startRow + index;
      return { sheet: e.sheet, rect: { ...e.rect, startRow: row, endRow: row } };
    });
  }

  getCell(row: number, col: number): FakeRange {
    return new FakeRange(this.context, `${this.objectName}.getCell(${row},${col})`, () => {
      const e = this.resolve();
      if (!e) return null;
      const r = e.rect.startRow + row;
      const c = e.rect.startCol + col;
      return { sheet: e.sheet, rect: { startRow: r, endRow: r, startCol: c, endCol: c } };
    });
  }

  /**
   * Range.getIntersectionOrNullObject (ExcelApi 1.4): the rectangle both ranges cover, a null object when they do
   * not meet (or when this range is itself a null object).
   */
  getIntersectionOrNullObject(other: string): FakeRange {
    return new FakeRange(
      this.context,
      `${this.objectName}.getIntersectionOrNullObject(${other})`,
      () => {
        const e = this.resolve();
        if (!e) return null;
        const o = requireRange(other);
        if (!intersects(o, e.rect)) return null;
        const rect = {
          startRow: Math.max(o.startRow, e.rect.startRow),
          startCol: Math.max(o.startCol, e.rect.startCol),
          endRow: Math.min(o.endRow, e.rect.endRow),
          endCol: Math.min(o.endCol, e.rect.endCol),
        };
        return { sheet: e.sheet, rect };
      },
      true,
    );
  }

  select(): void {
    this.queue('select()', 16, (e) => {
      if (e.sheet.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'Sheet is hidden.');
      this.context.model.activate(e.sheet);
      this.context.model.selection = { sheetId: e.sheet.id, address: rangeAddress(e.rect) };
    });
  }

  protected canLoad(prop: string): boolean {
    return MATRIX_PROPS.includes(prop) || SCALAR_PROPS.includes(prop);
  }

  protected readProperty(e: RangeEntity, prop: string): unknown {
    const { rect, sheet } = e;
    switch (prop) {
      case 'address':
        return `${quoteSheetName(sheet.name)}!${rangeAddress(rect)}`;
      case 'rowCount':
        return rect.endRow - rect.startRow + 1;
      case 'columnCount':
        return rect.endCol - rect.startCol + 1;
      case 'rowIndex':
        return rect.startRow;
      case 'columnIndex':
        return rect.startCol;
      case 'rowHidden':
        return rowHidden(sheet, rect);
      default:
        return this.readMatrix(e, prop);
    }
  }

  private readMatrix(e: RangeEntity, prop: string): unknown[][] {
    if (e.rect.endRow === LAST_ROW)
      throw new Error('The fake does not read unbounded ranges (Excel returns null).');
    const rows = e.rect.endRow - e.rect.startRow + 1;
    const cols = e.rect.endCol - e.rect.startCol + 1;
    if (rows * cols > 5_000_000) throw new FakeOfficeError('GeneralException', 'More than 5 million cells.');
    this.context.core.stats.cellsRead += rows * cols;
    const model = this.context.model;
    const out: unknown[][] = [];
    for (let r = e.rect.startRow; r <= e.rect.endRow; r++) {
      const row: unknown[] = [];
      for (let c = e.rect.startCol; c <= e.rect.endCol; c++) {
        const cell = model.peek(e.sheet, r, c);
        const value = model.computedValue(e.sheet, r, c);
        const format = cell?.numberFormat ?? 'General';
        if (prop === 'values') row.push(plainValue(value));
        else if (prop === 'formulas') row.push(cell?.formula ?? plainValue(value));
        else if (prop === 'valueTypes') row.push(valueType(value));
        else if (prop === 'text') row.push(displayText(value, format));
        else row.push(format);
      }
      out.push(row);
    }
    return out;
  }

  private writeMatrix(
    prop: string,
    matrix: unknown[][],
    write: (e: RangeEntity, row: number, col: number, value: unknown) => void,
  ): void {
    this.queue(`${prop}=`, jsonBytes(matrix), (e) => {
      const rows = e.rect.endRow - e.rect.startRow + 1;
      const cols = e.rect.endCol - e.rect.startCol + 1;
      if (matrix.length !== rows || matrix.some((row) => row.length !== cols)) {
        throw new FakeOfficeError(
          'InvalidArgument',
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`,
        );
      }
      matrix.forEach((row, i) =>
        row.forEach((v, j) => {
          if (v === null || v === undefined) return;
          this.context.core.stats.cellsWritten++;
          write(e, e.rect.startRow + i, e.rect.startCol + j, v);
        }),
      );
    });
  }
}

function plainValue(value: FakeScalar | undefined): string | number | boolean {
  if (value === undefined) return '';
  return typeof value === 'object' ? value.error : value;
}

function valueType(value: FakeScalar | undefined): string {
  if (value === undefined || value === '') return 'Empty';
  if (typeof value === 'object') return 'Error';
  if (typeof value === 'number') return 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  return 'String';
}

/** Enough of Excel's display rules for the tests: grouped integers in Swedish style, booleans in capitals. */
function displayText(value: FakeScalar | undefined, format: string): string {
  if (value === undefined) return '';
  if (typeof value === 'object') return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number' && format.includes('#,##0')) {
    const decimals = /0\.(0+)/.exec(format)?.[1]?.length ?? 0;
    return new Intl.NumberFormat('sv-SE', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    }).format(value);
  }
  return String(value);
}

function rowHidden(sheet: FakeSheet, rect: CellRect): boolean | null {
  let hidden = 0;
  for (let r = rect.startRow; r <= rect.endRow; r++) if (sheet.hiddenRows.has(r)) hidden++;
  if (hidden === 0) return false;
  return hidden === rect.endRow - rect.startRow + 1 ? true : null;
}

export function forEachCell(rect: CellRect, visit: (row: number, col: number) => void): void {
  for (let r = rect.startRow; r <= rect.endRow; r++)
    for (let c = rect.startCol; c <= rect.endCol; c++) visit(r, c);
}

/** Excel.RangeAreas look-alike: its address lists every area, sheet-qualified, comma-separated. */
export class FakeRangeAreas extends FakeClientObject<{
  readonly sheet: FakeSheet;
  readonly areas: CellRect[];
}> {
  constructor(
    context: FakeRequestContext,
    objectName: string,
    resolver: () => { readonly sheet: FakeSheet; readonly areas: CellRect[] } | null,
  ) {
    super(context, objectName, resolver, true);
  }

  get address(): string {
    return this.loaded('address');
  }

  get areaCount(): number {
    return this.loaded('areaCount');
  }

  protected canLoad(prop: string): boolean {
    return prop === 'address' || prop === 'areaCount';
  }

  protected readProperty(e: { sheet: FakeSheet; areas: CellRect[] }, prop: string): unknown {
    if (prop === 'areaCount') return e.areas.length;
    return e.areas.map((a) => `${quoteSheetName(e.sheet.name)}!${rangeAddress(a)}`).join(',');
  }
}

function intersects(a: CellRect, b: CellRect): boolean {
  return a.startRow <= b.endRow && b.startRow <= a.endRow && a.startCol <= b.endCol && b.startCol <= a.endCol;
}
