import { type Unit } from '../units/Unit';

/**
 * What a column of a detected table holds. Only 'amount', 'total' and 'indicator' (counts) are additive: summed
 * down a column and compared with totals, because the checker reports a wrong sum only where adding is meaningful
 * (a rate or an average column summed to a "Totalt" row would be a false error). 'share' covers percentages,
 * rates and changes; 'average' averages, prices and indexes; 'period' år/månad/kvartal/vecka; 'key' a category
 * that, with the unit and any period, tells the rows of a long-format table apart (kön, ålder, huvudman); 'text'
 * free text.
 */
export type ColumnRole =
  | 'unit'
  | 'code'
  | 'indicator'
  | 'amount'
  | 'total'
  | 'share'
  | 'period'
  | 'rank'
  | 'average'
  | 'key'
  | 'text'
  | 'other';

/** One column of a detected table. */
export interface TableColumn {
  /** 0-based sheet column. */
  readonly col: number;
  /** Column letter, e.g. "D". */
  readonly letter: string;
  /** Header text as written, trimmed (may be empty). */
  readonly header: string;
  readonly role: ColumnRole;
  /** For a 'total' column: the sheet columns it is the sum of. */
  readonly sumOf?: readonly number[];
  /**
   * Where `sumOf` comes from: 'formula' when the column's own formulas add those columns (=C5+D5+E5); absent when
   * it was inferred from the values, which is then checked row by row only if it uses every additive column.
   */
  readonly sumOfSource?: 'formula';
  /** Kronor per stated unit: 1 (kr), 1 000 (tkr), 1 000 000 (mnkr). */
  readonly scale?: number;
  /** Why the column got its role: header words, value shapes, number formats (for a reader, not for logic). */
  readonly evidence?: readonly string[];
  /** False when an additive column is known not to hold kronor (counts, a period-headed series). */
  readonly kronor?: boolean;
}

/**
 * One cell of a detected table, as the checks need it. It has no address: `cellAddressIn(table, row, i)` derives
 * one for the cells a finding names. Empty cells, and text, error and suppressed cells without a number, may be
 * one shared frozen object: never compare cells by identity.
 */
export interface TableCell {
  /** Numeric value (from a number, or recovered from Swedish number text); undefined when not numeric. */
  readonly number?: number;
  /** True when `number` was recovered from a text cell ("1 264 598 kr"). */
  readonly numberFromText?: boolean;
  /** The raw text when the cell holds text. */
  readonly text?: string;
  /** A1 formula including '=', when the cell holds one. */
  readonly formula?: string;
  /** Excel error value such as "#REF!". */
  readonly error?: string;
  readonly empty?: boolean;
  /** The suppression or missing mark as written (`..`, `.`, `–`, `-`, `x`, `…`, `<15`): a value that is not known. */
  readonly suppressed?: string;
}

/** A row of a detected table; `cells` is parallel to `TableModel.columns`. */
export interface TableRow {
  /** 0-based sheet row. */
  readonly row: number;
  /** The label as written (untrimmed). */
  readonly label: string;
  /** The resolved unit, when the label (or code column) resolves. */
  readonly unit?: Unit;
  readonly cells: readonly TableCell[];
  readonly hidden?: boolean;
  /** 'aggregate' for Riket/Sverige/Samtliga rows, 'subtotal' for a breakdown's total; unit rows leave it unset. */
  readonly role?: 'unit' | 'aggregate' | 'subtotal';
  /** Long format: the row's values in the key columns (period, category), joined; rows of one group share it. */
  readonly group?: string;
}

/** A table found on a sheet: plain, editable data (the user may override any role). */
export interface TableModel {
  readonly sheet: string;
  /** A1 range from the header row to the total row (or last unit row). */
  readonly range: string;
  /** 0-based sheet row of the header. */
  readonly headerRow: number;
  /** Optional title found above the header. */
  readonly title?: string;
  readonly level: 'kommun' | 'region' | 'unknown';
  readonly columns: readonly TableColumn[];
  /** Unit rows (also rows whose label did not resolve but sit among unit rows). */
  readonly rows: readonly TableRow[];
  readonly totalRow?: TableRow;
  /**
   * Long format and breakdowns: aggregate rows inside the body (Riket/Sverige per period, a breakdown's
   * "Samtliga"), each with its `group`; they are checked against the unit rows of the same group.
   */
  readonly aggregateRows?: readonly TableRow[];
  /** Long format: the sheet columns whose values, with the unit, tell rows apart (period, kön, ålder, …). */
  readonly keyColumns?: readonly number[];
  /** Long format: the key column whose "Samtliga"/"Totalt" rows are subtotals of the unit's other rows. */
  readonly subtotalColumn?: number;
  /**
   * Units run across the top (kommuner as columns, indicators or years down the side): `rows` are the sheet's
   * columns and `columns` its rows, so `row`, `col`, `headerRow` and `unclassified` count in that turned view and
   * a column's `letter` is its sheet row number; `range` and the addresses `cellAddressIn` gives are the sheet's own. Formulas are not
   * carried over, and the formula checks do not run on such a table.
   */
  readonly transposed?: true;
  /** Non-empty rows inside the table that are neither header, unit nor total. */
  readonly unclassified: readonly { readonly row: number; readonly reason: string }[];
}
