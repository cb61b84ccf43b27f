import { InvariantError, NotNaturalNumberError } from '../domain/errors';

/** A cell's value as a closed union: what Office.js, ExcelJS and CSV all reduce to. */
export type CellValue =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'error'; readonly value: string };

/** The kinds of a cell's value. */
export type CellKind = CellValue['kind'];

/** One cell as read from a sheet: its value plus what the sheet says about it. */
export interface Cell {
  readonly value: CellValue;
  /** A1 formula including the leading '=', when the cell holds one. */
  readonly formula?: string;
  /** The text Excel displays, when known. */
  readonly text?: string;
  readonly numberFormat?: string;
}

export const EMPTY_CELL: Cell = Object.freeze({ value: Object.freeze({ kind: 'empty' as const }) });

/** What a Grid says about its sheet besides the cells. */
export interface GridOptions {
  /** 0-based sheet row and column of the grid's cell (0, 0); A1 when absent. */
  readonly origin?: { readonly row: number; readonly col: number };
  /** 0-based sheet rows that are hidden or filtered out. */
  readonly hiddenRows?: ReadonlyArray<number>;
  /** Merged areas in A1 notation, e.g. "A1:C1". */
  readonly merged?: ReadonlyArray<string>;
  /** True for a sheet Länsnyckel wrote itself (it carries the output marker). */
  readonly isOutput?: boolean;
}

// Kind tags, one byte per cell. The order is the index into KINDS.
const EMPTY = 0;
const NUMBER = 1;
const TEXT = 2;
const BOOLEAN = 3;
const ERROR = 4;
const KINDS: readonly CellKind[] = ['empty', 'number', 'text', 'boolean', 'error'];

/** String id + 1 per cell index: dense, or sparse for the few cells that have one. */
type CellStrings = Int32Array | ReadonlyMap<number, number>;

/** Below one cell in eight a Map is smaller than an array (an entry costs some 30 bytes, an array slot 4). */
const SPARSE_SHARE = 8;

function sparseOrDense(ids: Int32Array): CellStrings {
  let count = 0;
  for (const id of ids) if (id !== 0 && ++count * SPARSE_SHARE > ids.length) return ids;
  const sparse = new Map<number, number>();
  ids.forEach((id, i) => {
    if (id !== 0) sparse.set(i, id);
  });
  return sparse;
}

/** The storage a builder hands to its Grid: one slot per written row, `colCount` cells per slot. */
interface GridStore {
  readonly rowCount: number;
  readonly colCount: number;
  /** Per sheet row of the grid: its slot, or -1 for a row never written (it costs no cells). */
  readonly rowSlots: Int32Array;
  /** Kind tag per cell. */
  readonly kinds: Uint8Array;
  /** Per cell: the number, the boolean as 0/1, or the string id of a text or an error code. */
  readonly values: Float64Array;
  /** Texts, error codes, formulas, display texts and number formats, each once per grid. */
  readonly strings: readonly string[];
  /**
   * Per cell: string id + 1 of the formula, display text and number format (0 = none); absent when no cell has
   * one, a Map by cell index where few cells do (a total row's formulas), an array where many do (a CSV's texts).
   */
  readonly formulas: CellStrings | undefined;
  readonly texts: CellStrings | undefined;
  readonly formats: CellStrings | undefined;
}

/**
 * A rectangular block of a sheet (normally its used range), rows top to bottom, stored compactly: a kind byte and a
 * double per cell, strings (kommun names, "..", "<15", error codes) once per grid, and formulas, display texts and
 * number formats only where a cell has one; rows never written cost nothing. A 100 000 × 20 sheet is ~20 MB instead
 * of ~160 MB of cell objects, which the garbage collector would mark on every major collection during a check.
 * Hot loops read through `kindAt`/`numberAt`/`textAt`… without allocating; `cell(r, c)` materialises a Cell.
 * Build one with a `GridBuilder` (readers) or `gridFromRows` (small grids, tests).
 */
export class Grid {
  readonly sheet: string;
  /** 0-based sheet row and column of the grid's cell (0, 0). */
  readonly origin: { readonly row: number; readonly col: number };
  readonly rowCount: number;
  readonly colCount: number;
  /** 0-based sheet rows that are hidden or filtered out. */
  readonly hiddenRows?: ReadonlyArray<number>;
  /** Merged areas in A1 notation, e.g. "A1:C1". */
  readonly merged?: ReadonlyArray<string>;
  /** True for a sheet Länsnyckel wrote itself (it carries the output marker). */
  readonly isOutput?: boolean;
  private readonly store: GridStore;

  /** Use a `GridBuilder` or `gridFromRows`; the store is the builder's. */
  private constructor(sheet: string, store: GridStore, options: GridOptions) {
    this.sheet = sheet;
    this.store = store;
    this.rowCount = store.rowCount;
    this.colCount = store.colCount;
    this.origin = options.origin ?? { row: 0, col: 0 };
    if (options.hiddenRows) this.hiddenRows = options.hiddenRows;
    if (options.merged) this.merged = options.merged;
    if (options.isOutput) this.isOutput = options.isOutput;
  }

  /** @internal the builder's way in. */
  static fromStore(sheet: string, store: GridStore, options: GridOptions): Grid {
    return new Grid(sheet, store, options);
  }

  /**
   * The same cells with other sheet facts (e.g. marked as output); the storage is shared, not copied.
   * @example grid.with({ isOutput: true }).isOutput //=> true
   */
  with(options: GridOptions): Grid {
    return new Grid(this.sheet, this.store, { ...this.options(), ...options });
  }

  private options(): GridOptions {
    return {
      origin: this.origin,
      ...(this.hiddenRows ? { hiddenRows: this.hiddenRows } : {}),
      ...(this.merged ? { merged: this.merged } : {}),
      ...(this.isOutput ? { isOutput: this.isOutput } : {}),
    };
  }

  /** How many different strings (texts, error codes, formulas, display texts, formats) the grid holds, each once. */
  get stringCount(): number {
    return this.store.strings.length;
  }

  /** The cell's index in the store, or -1 outside the block or in a row never written. */
  private index(r: number, c: number): number {
    if (r < 0 || c < 0 || r >= this.rowCount || c >= this.colCount) return -1;
    const slot = this.store.rowSlots[r] ?? -1;
    return slot < 0 ? -1 : slot * this.colCount + c;
  }

  private tag(i: number): number {
    return i < 0 ? EMPTY : (this.store.kinds[i] ?? EMPTY);
  }

  private string(id: number): string {
    return this.store.strings[id] ?? '';
  }

  private extra(ids: CellStrings | undefined, i: number): string | undefined {
    if (!ids || i < 0) return undefined;
    const id = (ids instanceof Int32Array ? ids[i] : ids.get(i)) ?? 0;
    return id === 0 ? undefined : this.string(id - 1);
  }

  /**
   * The kind of the value at grid row `r`, column `c` (0-based); 'empty' outside the block.
   * @example gridFromRows('Blad1', [[{ value: { kind: 'number', value: 1 } }]]).kindAt(0, 0) //=> 'number'
   */
  kindAt(r: number, c: number): CellKind {
    return KINDS[this.tag(this.index(r, c))] ?? 'empty';
  }

  /** The number at (r, c), or undefined when the cell holds no number. */
  numberAt(r: number, c: number): number | undefined {
    const i = this.index(r, c);
    return this.tag(i) === NUMBER ? (this.store.values[i] ?? 0) : undefined;
  }

  /** The text value at (r, c), or undefined when the cell holds no text (display texts are `displayTextAt`). */
  textAt(r: number, c: number): string | undefined {
    const i = this.index(r, c);
    return this.tag(i) === TEXT ? this.string(this.store.values[i] ?? 0) : undefined;
  }

  /** The boolean at (r, c), or undefined when the cell holds no boolean. */
  booleanAt(r: number, c: number): boolean | undefined {
    const i = this.index(r, c);
    return this.tag(i) === BOOLEAN ? this.store.values[i] !== 0 : undefined;
  }

  /** The error code at (r, c) ("#REF!"), or undefined when the cell holds no error. */
  errorAt(r: number, c: number): string | undefined {
    const i = this.index(r, c);
    return this.tag(i) === ERROR ? this.string(this.store.values[i] ?? 0) : undefined;
  }

  /** The formula at (r, c) with its leading '=', when the cell holds one. */
  formulaAt(r: number, c: number): string | undefined {
    return this.extra(this.store.formulas, this.index(r, c));
  }

  /** The text Excel displays at (r, c), when known. */
  displayTextAt(r: number, c: number): string | undefined {
    return this.extra(this.store.texts, this.index(r, c));
  }

  /** The number format at (r, c), when known. */
  numberFormatAt(r: number, c: number): string | undefined {
    return this.extra(this.store.formats, this.index(r, c));
  }

  /** The value at (r, c) as the exchange union (allocates; hot loops use the typed readers). */
  valueAt(r: number, c: number): CellValue {
    const i = this.index(r, c);
    const value = this.store.values[i] ?? 0;
    switch (this.tag(i)) {
      case NUMBER:
        return { kind: 'number', value };
      case TEXT:
        return { kind: 'text', value: this.string(value) };
      case BOOLEAN:
        return { kind: 'boolean', value: value !== 0 };
      case ERROR:
        return { kind: 'error', value: this.string(value) };
      default:
        return EMPTY_CELL.value;
    }
  }

  /**
   * The cell at grid row `r`, column `c` (0-based) as a Cell, made on demand; `EMPTY_CELL` outside the block.
   * @example gridFromRows('Blad1', [[{ value: { kind: 'text', value: 'Avesta' } }]]).cell(0, 0) //=> { value: { kind: 'text', value: 'Avesta' } }
   * @example gridFromRows('Blad1', []).cell(5, 5) === EMPTY_CELL //=> true
   */
  cell(r: number, c: number): Cell {
    const i = this.index(r, c);
    if (i < 0) return EMPTY_CELL;
    const { formulas, texts, formats } = this.store;
    const value = this.valueAt(r, c);
    // Most cells carry nothing but their value: one small object, no spreads (a table is made of these).
    if (!formulas && !texts && !formats) return value.kind === 'empty' ? EMPTY_CELL : { value };
    const formula = this.extra(formulas, i);
    const text = this.extra(texts, i);
    const numberFormat = this.extra(formats, i);
    if (formula === undefined && text === undefined && numberFormat === undefined)
      return value.kind === 'empty' ? EMPTY_CELL : { value };
    const cell: { value: CellValue; formula?: string; text?: string; numberFormat?: string } = { value };
    if (formula !== undefined) cell.formula = formula;
    if (text !== undefined) cell.text = text;
    if (numberFormat !== undefined) cell.numberFormat = numberFormat;
    return cell;
  }

  /**
   * Row `r` as Cells (for cold callers: writers, previews); `colCount` cells, empty outside the block.
   * @example gridFromRows('Blad1', [[EMPTY_CELL, EMPTY_CELL]]).row(0).length //=> 2
   */
  row(r: number): Cell[] {
    return Array.from({ length: this.colCount }, (_, c) => this.cell(r, c));
  }

  /** Whether the cell at (r, c) is nothing to a reader: empty, or a text of only whitespace. */
  isBlankAt(r: number, c: number): boolean {
    const i = this.index(r, c);
    const tag = this.tag(i);
    return tag === EMPTY || (tag === TEXT && this.string(this.store.values[i] ?? 0).trim() === '');
  }
}

/** Writes a Grid cell by cell; rows may come in any order, and the block grows to the cells written. */
export class GridBuilder {
  private rowSlots: Int32Array;
  private slotCount = 0;
  private stride: number;
  private kinds: Uint8Array;
  private values: Float64Array;
  private formulas: Int32Array | undefined;
  private texts: Int32Array | undefined;
  private formats: Int32Array | undefined;
  private readonly strings: string[] = [];
  private readonly ids = new Map<string, number>();
  private rows = 0;
  private cols = 0;
  private built = false;

  /**
   * `size` is a capacity hint (the sheet's extent when the reader knows it); writing beyond it still works.
   * @example new GridBuilder('Blad1', { rows: 2, cols: 2 }).setNumber(1, 1, 5).build().numberAt(1, 1) //=> 5
   */
  constructor(
    readonly sheet: string,
    size: { readonly rows: number; readonly cols: number } = { rows: 16, cols: 4 },
  ) {
    this.stride = Math.max(1, size.cols);
    const rows = Math.max(1, size.rows);
    this.rowSlots = new Int32Array(rows).fill(-1);
    this.kinds = new Uint8Array(rows * this.stride);
    this.values = new Float64Array(rows * this.stride);
  }

  /** The string's id in the grid's table: every repeat of a text shares one string. */
  private intern(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(s);
      this.ids.set(s, id);
    }
    return id;
  }

  /** The store index of (r, c), making room for the row and the column. */
  private at(r: number, c: number): number {
    if (this.built) throw new InvariantError('GridBuilder used after build()');
    if (!Number.isInteger(r) || r < 0) throw new NotNaturalNumberError('grid row', r);
    if (!Number.isInteger(c) || c < 0) throw new NotNaturalNumberError('grid column', c);
    if (c >= this.stride) this.widen(Math.max(c + 1, this.stride * 2));
    if (r >= this.rowSlots.length) {
      const slots = new Int32Array(Math.max(r + 1, this.rowSlots.length * 2)).fill(-1);
      slots.set(this.rowSlots);
      this.rowSlots = slots;
    }
    let slot = this.rowSlots[r] ?? -1;
    if (slot < 0) {
      slot = this.slotCount++;
      this.rowSlots[r] = slot;
      if (this.slotCount * this.stride > this.kinds.length) this.grow(this.slotCount * 2);
    }
    if (r >= this.rows) this.rows = r + 1;
    if (c >= this.cols) this.cols = c + 1;
    return slot * this.stride + c;
  }

  /** Room for `slots` rows at the current width. */
  private grow(slots: number): void {
    const size = slots * this.stride;
    this.kinds = copyInto(new Uint8Array(size), this.kinds);
    this.values = copyInto(new Float64Array(size), this.values);
    if (this.formulas) this.formulas = copyInto(new Int32Array(size), this.formulas);
    if (this.texts) this.texts = copyInto(new Int32Array(size), this.texts);
    if (this.formats) this.formats = copyInto(new Int32Array(size), this.formats);
  }

  /** A wider row: every written row moves to the new stride. */
  private widen(stride: number): void {
    const slots = Math.max(1, Math.ceil(this.kinds.length / this.stride));
    const restride = <T extends Uint8Array | Float64Array | Int32Array>(from: T, to: T): T => {
      for (let s = 0; s < this.slotCount; s++)
        to.set(from.subarray(s * this.stride, (s + 1) * this.stride), s * stride);
      return to;
    };
    const size = slots * stride;
    this.kinds = restride(this.kinds, new Uint8Array(size));
    this.values = restride(this.values, new Float64Array(size));
    if (this.formulas) this.formulas = restride(this.formulas, new Int32Array(size));
    if (this.texts) this.texts = restride(this.texts, new Int32Array(size));
    if (this.formats) this.formats = restride(this.formats, new Int32Array(size));
    this.stride = stride;
  }

  /** Makes the block at least `rows` × `cols` (trailing empty rows and columns count, as in a CSV). */
  extend(rows: number, cols: number): this {
    if (rows > this.rows) this.rows = rows;
    if (cols > this.cols) this.cols = cols;
    return this;
  }

  /**
   * A number at grid row `r`, column `c` (0-based).
   * @example new GridBuilder('Blad1').setNumber(0, 0, 1264598).build().numberAt(0, 0) //=> 1264598
   */
  setNumber(r: number, c: number, value: number): this {
    const i = this.at(r, c);
    this.kinds[i] = NUMBER;
    this.values[i] = value;
    return this;
  }

  /** A text value at (r, c). */
  setText(r: number, c: number, value: string): this {
    const i = this.at(r, c);
    this.kinds[i] = TEXT;
    this.values[i] = this.intern(value);
    return this;
  }

  /** A boolean at (r, c). */
  setBoolean(r: number, c: number, value: boolean): this {
    const i = this.at(r, c);
    this.kinds[i] = BOOLEAN;
    this.values[i] = value ? 1 : 0;
    return this;
  }

  /** An error value ("#REF!") at (r, c). */
  setError(r: number, c: number, code: string): this {
    const i = this.at(r, c);
    this.kinds[i] = ERROR;
    this.values[i] = this.intern(code);
    return this;
  }

  /** Any value at (r, c); an empty value only makes the block reach the cell. */
  setValue(r: number, c: number, value: CellValue): this {
    switch (value.kind) {
      case 'number':
        return this.setNumber(r, c, value.value);
      case 'text':
        return this.setText(r, c, value.value);
      case 'boolean':
        return this.setBoolean(r, c, value.value);
      case 'error':
        return this.setError(r, c, value.value);
      default: {
        const i = this.at(r, c);
        this.kinds[i] = EMPTY;
        this.values[i] = 0;
        return this;
      }
    }
  }

  /** The formula at (r, c), with its leading '='. */
  setFormula(r: number, c: number, formula: string): this {
    const i = this.at(r, c);
    this.formulas ??= new Int32Array(this.kinds.length);
    this.formulas[i] = this.intern(formula) + 1;
    return this;
  }

  /** The text Excel displays at (r, c). */
  setDisplayText(r: number, c: number, text: string): this {
    const i = this.at(r, c);
    this.texts ??= new Int32Array(this.kinds.length);
    this.texts[i] = this.intern(text) + 1;
    return this;
  }

  /** The number format at (r, c). */
  setNumberFormat(r: number, c: number, format: string): this {
    const i = this.at(r, c);
    this.formats ??= new Int32Array(this.kinds.length);
    this.formats[i] = this.intern(format) + 1;
    return this;
  }

  /** A whole Cell at (r, c): its value, formula, display text and number format where present. */
  set(r: number, c: number, cell: Cell): this {
    this.setValue(r, c, cell.value);
    if (cell.formula !== undefined) this.setFormula(r, c, cell.formula);
    if (cell.text !== undefined) this.setDisplayText(r, c, cell.text);
    if (cell.numberFormat !== undefined) this.setNumberFormat(r, c, cell.numberFormat);
    return this;
  }

  /** Empties (r, c) again, formula and formats included (a merged area keeps only its top-left cell). */
  clear(r: number, c: number): this {
    if (r >= this.rowSlots.length || (this.rowSlots[r] ?? -1) < 0 || c >= this.stride) return this;
    const i = this.at(r, c);
    this.kinds[i] = EMPTY;
    this.values[i] = 0;
    if (this.formulas) this.formulas[i] = 0;
    if (this.texts) this.texts[i] = 0;
    if (this.formats) this.formats[i] = 0;
    return this;
  }

  /**
   * The Grid. Its extent is the cells written (and `extend`ed) unless `size` says otherwise: cells beyond it are
   * cut off. The builder cannot be used afterwards (the Grid keeps its storage).
   * @example new GridBuilder('Blad1').setText(2, 1, 'Avesta').build().rowCount //=> 3
   */
  build(options: GridOptions = {}, size?: { readonly rows: number; readonly cols: number }): Grid {
    if (this.built) throw new InvariantError('GridBuilder built twice');
    this.built = true;
    const rowCount = size?.rows ?? this.rows;
    const colCount = size?.cols ?? this.cols;
    const rowSlots = new Int32Array(rowCount).fill(-1);
    const kept: number[] = [];
    for (let r = 0; r < Math.min(rowCount, this.rowSlots.length); r++) {
      const slot = this.rowSlots[r] ?? -1;
      if (slot < 0 || colCount === 0) continue;
      rowSlots[r] = kept.length;
      kept.push(slot);
    }
    const compact = <T extends Uint8Array | Float64Array | Int32Array>(from: T, to: T): T => {
      kept.forEach((slot, s) => {
        const start = slot * this.stride;
        to.set(from.subarray(start, start + Math.min(colCount, this.stride)), s * colCount);
      });
      return to;
    };
    const cells = kept.length * colCount;
    const same = colCount === this.stride && kept.every((slot, s) => slot === s);
    const take = <T extends Uint8Array | Float64Array | Int32Array>(from: T, to: () => T): T =>
      same && from.length === cells ? from : compact(from, to());
    const { formulas, texts, formats } = this;
    return Grid.fromStore(
      this.sheet,
      {
        rowCount,
        colCount,
        rowSlots,
        kinds: take(this.kinds, () => new Uint8Array(cells)),
        values: take(this.values, () => new Float64Array(cells)),
        strings: this.strings,
        formulas: formulas && sparseOrDense(take(formulas, () => new Int32Array(cells))),
        texts: texts && sparseOrDense(take(texts, () => new Int32Array(cells))),
        formats: formats && sparseOrDense(take(formats, () => new Int32Array(cells))),
      },
      options,
    );
  }
}

function copyInto<T extends Uint8Array | Float64Array | Int32Array>(to: T, from: T): T {
  to.set(from.subarray(0, Math.min(from.length, to.length)));
  return to;
}

/**
 * A Grid from rows of Cells (small grids, tests); rows may differ in length, the widest sets the width.
 * @example gridFromRows('Blad1', [[{ value: { kind: 'number', value: 7 } }]], { origin: { row: 2, col: 1 } }).numberAt(0, 0) //=> 7
 */
export function gridFromRows(
  sheet: string,
  rows: ReadonlyArray<ReadonlyArray<Cell>>,
  options: GridOptions = {},
): Grid {
  const cols = rows.reduce((w, row) => Math.max(w, row.length), 0);
  const builder = new GridBuilder(sheet, { rows: rows.length, cols });
  rows.forEach((row, r) => row.forEach((cell, c) => builder.set(r, c, cell)));
  return builder.extend(rows.length, cols).build(options);
}
