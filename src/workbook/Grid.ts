/** A cell's value as a closed union: what Office.js, ExcelJS and CSV all reduce to. */
export type CellValue =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'error'; readonly value: string };

/** One cell as read from a sheet: its value plus what the sheet says about it. */
export interface Cell {
  readonly value: CellValue;
  /** A1 formula including the leading '=', when the cell holds one. */
  readonly formula?: string;
  /** The text Excel displays, when known. */
  readonly text?: string;
  readonly numberFormat?: string;
}

/** A rectangular block of a sheet (normally its used range), rows top to bottom. */
export interface Grid {
  readonly sheet: string;
  /** 0-based sheet row and column of `cells[0][0]`. */
  readonly origin: { readonly row: number; readonly col: number };
  /** Rectangular: every row has the same length. */
  readonly cells: ReadonlyArray<ReadonlyArray<Cell>>;
  /** 0-based sheet rows that are hidden or filtered out. */
  readonly hiddenRows?: ReadonlyArray<number>;
  /** Merged areas in A1 notation, e.g. "A1:C1". */
  readonly merged?: ReadonlyArray<string>;
  /** True for a sheet Länsnyckel wrote itself (it carries the output marker). */
  readonly isOutput?: boolean;
}

export const EMPTY_CELL: Cell = Object.freeze({ value: Object.freeze({ kind: 'empty' as const }) });
