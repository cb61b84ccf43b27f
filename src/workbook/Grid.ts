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

// What a cell may carry besides its value, by index into the extras.
const FORMULA = 0;
const DISPLAY_TEXT = 1;
const NUMBER_FORMAT = 2;
/** The Cell's keys of the extras, in that order. */
const EXTRA_KEYS = ['formula', 'text', 'numberFormat'] as const;
type Extras = { -readonly [K in (typeof EXTRA_KEYS)[number]]?: string };

/** The storage a builder hands to its Grid: one slot per written row, `colCount` cells per slot. */
interface GridStore {
  readonly rowCount: number;
  readonly colCount: number;
  /** Per row of the grid: its slot, or -1 for a row never written (it costs no cells). */
  readonly rowSlots: Int32Array;
  /** Kind tag per cell. */
  readonly kinds: Uint8Array;
  /** Per cell: the number, the boolean as 0/1, or the string id of a text or an error code. */
  readonly values: Float64Array;
  /** Texts, error codes, formulas, display texts and number formats, each once per grid. */
  readonly strings: readonly string[];
  /**
   * Per cell, string id + 1 (0 = none) of its formula, display text and number format (by FORMULA, DISPLAY_TEXT,
   * NUMBER_FORMAT): each array only once a cell has one (a sheet without formulas has no formula array).
   */
  readonly extras: readonly (Int32Array | undefined)[];
}

/**
 * A rectangular block of a sheet (normally its used range), rows top to bottom, stored compactly: a kind byte and a
 * double per cell, strings (kommun names, "..", "<15", error codes) once per grid, and formulas, display texts and
 * number formats only once a cell has one; rows never written cost nothing. A 100 000 × 20 sheet is ~25 MB instead
 * of ~160 MB of cell objects, which the garbage collector would mark on every major collection during a check.
 * Hot loops read through `kindAt`/`numberAt`/`textAt`… without allocating; `cell(r, c)` materialises a Cell.
 * Build one with a `GridBuilder` (readers) or `gridFromRows` (small grids, tests).
 */
export class Grid {
  // Declared, not defined: set in the constructor only (an absent option stays absent, and the bundle small).
  declare readonly sheet: string;
  /** 0-based sheet row and column of the grid's cell (0, 0). */
  declare readonly origin: { readonly row: number; readonly col: number };
  declare readonly rowCount: number;
  declare readonly colCount: number;
  /** 0-based sheet rows that are hidden or filtered out. */
  declare readonly hiddenRows?: ReadonlyArray<number>;
  /** Merged areas in A1 notation, e.g. "A1:C1". */
  declare readonly merged?: ReadonlyArray<string>;
  /** True for a sheet Länsnyckel wrote itself (it carries the output marker). */
  declare readonly isOutput?: boolean;
  // The store's arrays, copied onto the grid (so the grid is itself a store: `with` shares it).
  declare private readonly rowSlots: Int32Array;
  declare private readonly kinds: Uint8Array;
  declare private readonly values: Float64Array;
  declare private readonly strings: readonly string[];
  declare private readonly extras: readonly (Int32Array | undefined)[];

  /** Use a `GridBuilder` or `gridFromRows`; the store is the builder's (or another grid's, with its facts). */
  constructor(sheet: string, store: GridStore | Grid, options: GridOptions) {
    Object.assign(this, store, options);
    this.sheet = sheet;
    this.origin ??= { row: 0, col: 0 };
  }

  /**
   * The same cells and sheet facts, `options` added or replacing (e.g. marked as output); the storage is shared.
   * @example grid.with({ isOutput: true }).isOutput //=> true
   */
  with(options: GridOptions): Grid {
    return new Grid(this.sheet, this, options);
  }

  /** How many different strings (texts, error codes, formulas, display texts, formats) the grid holds, each once. */
  get stringCount(): number {
    return this.strings.length;
  }

  /** The cell's index in the store, or -1 outside the block or in a row never written. */
  private index(r: number, c: number): number {
    if (r < 0 || c < 0 || r >= this.rowCount || c >= this.colCount) return -1;
    const slot = this.rowSlots[r] ?? -1;
    return slot < 0 ? -1 : slot * this.colCount + c;
  }

  private extra(which: number, i: number): string | undefined {
    const id = (i < 0 ? 0 : this.extras[which]?.[i]) ?? 0;
    return id === 0 ? undefined : this.strings[id - 1];
  }

  /**
   * The kind of the value at grid row `r`, column `c` (0-based); 'empty' outside the block.
   * @example gridFromRows('Blad1', [[{ value: { kind: 'number', value: 1 } }]]).kindAt(0, 0) //=> 'number'
   */
  kindAt(r: number, c: number): CellKind {
    const i = this.index(r, c);
    return KINDS[i < 0 ? EMPTY : (this.kinds[i] ?? EMPTY)] ?? 'empty';
  }

  /** The number at (r, c), or undefined when the cell holds no number. */
  numberAt(r: number, c: number): number | undefined {
    const i = this.index(r, c);
    return i >= 0 && this.kinds[i] === NUMBER ? this.values[i] : undefined;
  }

  /** The text value at (r, c), or undefined when the cell holds no text (the displayed text is the Cell's `text`). */
  textAt(r: number, c: number): string | undefined {
    const i = this.index(r, c);
    return i >= 0 && this.kinds[i] === TEXT ? this.strings[this.values[i] ?? 0] : undefined;
  }

  /** The formula at (r, c) with its leading '=', when the cell holds one. */
  formulaAt(r: number, c: number): string | undefined {
    return this.extra(FORMULA, this.index(r, c));
  }

  /** The value at (r, c) as the exchange union (allocates; hot loops use the typed readers). */
  valueAt(r: number, c: number): CellValue {
    return this.valueOf(this.index(r, c));
  }

  private valueOf(i: number): CellValue {
    const tag = i < 0 ? EMPTY : this.kinds[i];
    const value = this.values[i] ?? 0;
    if (tag === NUMBER) return { kind: 'number', value };
    if (tag === BOOLEAN) return { kind: 'boolean', value: value !== 0 };
    const kind = tag === TEXT ? 'text' : 'error';
    return tag === TEXT || tag === ERROR ? { kind, value: this.strings[value] ?? '' } : EMPTY_CELL.value;
  }

  /**
   * The cell at grid row `r`, column `c` (0-based) as a Cell, made on demand; `EMPTY_CELL` outside the written cells.
   * @example gridFromRows('Blad1', [[{ value: { kind: 'text', value: 'Avesta' } }]]).cell(0, 0) //=> { value: { kind: 'text', value: 'Avesta' } }
   * @example gridFromRows('Blad1', []).cell(5, 5) === EMPTY_CELL //=> true
   */
  cell(r: number, c: number): Cell {
    const i = this.index(r, c);
    if (i < 0) return EMPTY_CELL;
    // Most cells carry nothing but their value: one small object, no spreads (a table is made of these).
    const cell: { value: CellValue } & Extras = { value: this.valueOf(i) };
    for (const [which, key] of EXTRA_KEYS.entries()) {
      const extra = this.extra(which, i);
      if (extra !== undefined) cell[key] = extra;
    }
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
    const text = this.textAt(r, c);
    return text === undefined ? this.kindAt(r, c) === 'empty' : text.trim() === '';
  }
}

/** Writes a Grid cell by cell; rows may come in any order, and the block grows to the cells written. */
export class GridBuilder {
  // Declared, not defined: all set in the constructor (keeps the bundle small).
  declare readonly sheet: string;
  declare private rowSlots: Int32Array;
  declare private slotCount: number;
  declare private slotCapacity: number;
  declare private stride: number;
  declare private kinds: Uint8Array;
  declare private values: Float64Array;
  declare private extras: (Int32Array | undefined)[];
  declare private readonly strings: string[];
  declare private readonly ids: Map<string, number>;
  declare private rows: number;
  declare private cols: number;
  declare private built: boolean;

  /**
   * `size` is a capacity hint (the sheet's extent when the reader knows it); writing beyond it still works.
   * @example new GridBuilder('Blad1', { rows: 2, cols: 2 }).setNumber(1, 1, 5).build().numberAt(1, 1) //=> 5
   */
  constructor(sheet: string, size: { readonly rows: number; readonly cols: number } = { rows: 16, cols: 4 }) {
    this.sheet = sheet;
    this.slotCount = this.rows = this.cols = 0;
    this.extras = [undefined, undefined, undefined];
    this.strings = [];
    this.ids = new Map();
    this.built = false;
    this.stride = Math.max(1, size.cols);
    this.slotCapacity = Math.max(1, size.rows);
    this.rowSlots = new Int32Array(this.slotCapacity).fill(-1);
    this.kinds = new Uint8Array(this.slotCapacity * this.stride);
    this.values = new Float64Array(this.slotCapacity * this.stride);
  }

  /** The string's id in the grid's table: every repeat of a text shares one string. */
  private intern(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.strings.push(s) - 1;
      this.ids.set(s, id);
    }
    return id;
  }

  /** The store index of (r, c), making room for the row and the column. */
  private at(r: number, c: number): number {
    if (this.built) throw new InvariantError('GridBuilder used after build()');
    if (r < 0 || c < 0) throw new NotNaturalNumberError('grid position', Math.min(r, c));
    if (c >= this.stride) this.resize(this.slotCapacity, Math.max(c + 1, this.stride * 2));
    if (r >= this.rowSlots.length) {
      const slots = new Int32Array(Math.max(r + 1, this.rowSlots.length * 2)).fill(-1);
      slots.set(this.rowSlots);
      this.rowSlots = slots;
    }
    let slot = this.rowSlots[r] ?? -1;
    if (slot < 0) {
      slot = this.slotCount++;
      this.rowSlots[r] = slot;
      if (this.slotCount > this.slotCapacity) this.resize(this.slotCapacity * 2, this.stride);
    }
    this.rows = Math.max(this.rows, r + 1);
    this.cols = Math.max(this.cols, c + 1);
    return slot * this.stride + c;
  }

  /** Room for `slots` rows of `stride` cells, the written rows moved over (cut when narrower). */
  private resize(slots: number, stride: number): void {
    const move = <T extends Uint8Array | Float64Array | Int32Array>(from: T, to: T): T => {
      for (let s = 0; s < this.slotCount; s++)
        to.set(from.subarray(s * this.stride, s * this.stride + Math.min(stride, this.stride)), s * stride);
      return to;
    };
    const size = slots * stride;
    this.kinds = move(this.kinds, new Uint8Array(size));
    this.values = move(this.values, new Float64Array(size));
    this.extras = this.extras.map((ids) => ids && move(ids, new Int32Array(size)));
    this.slotCapacity = slots;
    this.stride = stride;
  }

  private put(r: number, c: number, tag: number, value: number): this {
    const i = this.at(r, c);
    this.kinds[i] = tag;
    this.values[i] = value;
    return this;
  }

  /**
   * A number at grid row `r`, column `c` (0-based).
   * @example new GridBuilder('Blad1').setNumber(0, 0, 1264598).build().numberAt(0, 0) //=> 1264598
   */
  setNumber(r: number, c: number, value: number): this {
    return this.put(r, c, NUMBER, value);
  }

  /** A text value at (r, c). */
  setText(r: number, c: number, value: string): this {
    return this.put(r, c, TEXT, this.intern(value));
  }

  /** Any value at (r, c): a boolean, an error value ("#REF!"), or empty (which only makes the block reach the cell). */
  setValue(r: number, c: number, value: CellValue): this {
    const v = value.kind === 'empty' ? 0 : value.value;
    return this.put(r, c, KINDS.indexOf(value.kind), typeof v === 'string' ? this.intern(v) : Number(v));
  }

  private setExtra(which: number, r: number, c: number, s: string): this {
    const i = this.at(r, c);
    const ids = (this.extras[which] ??= new Int32Array(this.kinds.length));
    ids[i] = this.intern(s) + 1;
    return this;
  }

  /** The formula at (r, c), with its leading '='. */
  setFormula(r: number, c: number, formula: string): this {
    return this.setExtra(FORMULA, r, c, formula);
  }

  /** The text Excel displays at (r, c). */
  setDisplayText(r: number, c: number, text: string): this {
    return this.setExtra(DISPLAY_TEXT, r, c, text);
  }

  /** The number format at (r, c). */
  setNumberFormat(r: number, c: number, format: string): this {
    return this.setExtra(NUMBER_FORMAT, r, c, format);
  }

  /** A whole Cell at (r, c): its value, formula, display text and number format where present. */
  set(r: number, c: number, cell: Cell): this {
    this.setValue(r, c, cell.value);
    EXTRA_KEYS.forEach((key, which) => {
      const extra = cell[key];
      if (extra !== undefined) this.setExtra(which, r, c, extra);
    });
    return this;
  }

  /** Empties (r, c) again, formula and formats included (a merged area keeps only its top-left cell). */
  clear(r: number, c: number): this {
    if ((this.rowSlots[r] ?? -1) < 0 || c >= this.stride) return this;
    const i = this.put(r, c, EMPTY, 0).at(r, c);
    for (const ids of this.extras) if (ids) ids[i] = 0;
    return this;
  }

  /**
   * The Grid. Its extent is the cells written unless `size` says otherwise (a CSV's trailing empty fields count):
   * cells beyond it are cut off. The builder cannot be used afterwards (the Grid keeps its storage).
   * @example new GridBuilder('Blad1').setText(2, 1, 'Avesta').build().rowCount //=> 3
   */
  build(options: GridOptions = {}, size?: { readonly rows: number; readonly cols: number }): Grid {
    if (this.built) throw new InvariantError('GridBuilder used after build()');
    const rowCount = size?.rows ?? this.rows;
    const colCount = size?.cols ?? this.cols;
    // Storage for the written rows only, at the grid's width (unless the reader's size hint was exact).
    if (this.slotCapacity !== this.slotCount || this.stride !== colCount)
      this.resize(this.slotCount, Math.max(1, colCount));
    this.built = true;
    const rowSlots = new Int32Array(rowCount).fill(-1);
    if (colCount > 0) rowSlots.set(this.rowSlots.subarray(0, rowCount));
    return new Grid(
      this.sheet,
      {
        rowCount,
        colCount,
        rowSlots,
        kinds: this.kinds,
        values: this.values,
        strings: this.strings,
        extras: this.extras,
      },
      options,
    );
  }
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
  return builder.build(options, { rows: rows.length, cols });
}
