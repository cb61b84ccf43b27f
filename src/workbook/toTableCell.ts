import Decimal from 'decimal.js';
import { KRONOR_PER_UNIT } from '../domain/money/swedishNumber';
import { type TableCell } from '../domain/table/TableModel';
import { type Cell, type Grid } from './Grid';
import { type ParsedNumber, parseSwedishNumber } from './parseSwedishNumber';
import { suppressionMark } from './suppressionMark';

/**
 * The checks' view of a sheet cell: its number (also when typed as Swedish number text), text, formula, error.
 * Number text is read exactly: "33,3 %" is 0.333 (not 0.33299999999999996), and a money unit written in the cell
 * is converted to the column's unit (`columnScale`, kronor per unit: 1 for kr, 1 000 for a tkr column), so
 * "1,9 mnkr" in a kronor column is 1 900 000 and "250 tkr" in a tkr column stays 250. A long sheet has millions of
 * cells: a number is just `{ number }`, and cells that hold no number (empty, text, marks, errors) are shared,
 * frozen, one per distinct value.
 * @example toTableCell({ value: { kind: 'text', value: '1 264 598 kr' } }) //=> { number: 1264598, numberFromText: true, text: '1 264 598 kr' }
 */
export function toTableCell(cell: Cell, columnScale = 1): TableCell {
  return withFormula(valueCell(cell.value, columnScale), cell.formula);
}

/**
 * `toTableCell` of the grid's cell at (r, c), read straight from the grid's store: no Cell is made on the way (a
 * table of 100 000 rows × 20 columns would make four million short-lived objects otherwise).
 * @example tableCellAt(gridFromRows('Blad1', [[{ value: { kind: 'number', value: 7 }, formula: '=3+4' }]]), 0, 0) //=> { number: 7, formula: '=3+4' }
 */
export function tableCellAt(grid: Grid, r: number, c: number, columnScale = 1): TableCell {
  const kind = grid.kindAt(r, c);
  const read =
    kind === 'empty'
      ? EMPTY
      : kind === 'number'
        ? numberCell(grid.numberAt(r, c) ?? Number.NaN)
        : kind === 'text'
          ? textValueCell(grid.textAt(r, c) ?? '', columnScale)
          : valueCell(grid.valueAt(r, c), columnScale);
  return withFormula(read, grid.formulaAt(r, c));
}

function withFormula(read: TableCell, formula: string | undefined): TableCell {
  if (!formula) return read;
  // Built field by field for the common formula cell (a number): no spread per cell on a sheet of formulas.
  return read.number !== undefined && read.numberFromText === undefined
    ? { number: read.number, formula }
    : { ...read, formula };
}

/**
 * The cell read in its column's unit, given how it was read in kronor (`toTableCell(cell)`): only number text
 * with a money unit ("1,9 mnkr") changes with the column's scale, and it carries its text, so every other cell is
 * returned as it is.
 * @example rescaledTableCell(toTableCell(tkr), 1000).number //=> 250 (tkr: the text cell "250 tkr"; 250 000 in kronor)
 */
export function rescaledTableCell(read: TableCell, columnScale: number): TableCell {
  if (columnScale === 1 || !read.numberFromText || read.text === undefined) return read;
  return parsedText(read.text)?.currency
    ? withFormula(textValueCell(read.text, columnScale), read.formula)
    : read;
}

/**
 * Whether the checks would see a number, an error value or a suppression mark in the cell (what table detection
 * asks of every cell beside a label), without building the cell's TableCell.
 * @example isNumericCell({ value: { kind: 'text', value: '1 206' } }) //=> true
 * @example isNumericCell({ value: { kind: 'text', value: 'Mora' } }) //=> false
 */
export function isNumericCell(cell: Cell): boolean {
  const v = cell.value;
  switch (v.kind) {
    case 'number':
    case 'error':
      return true;
    case 'empty':
    case 'boolean':
      return false;
    case 'text':
      return parsedText(v.value) !== undefined || suppressionMark(v.value) !== undefined;
  }
}

function valueCell(v: Cell['value'], columnScale: number): TableCell {
  switch (v.kind) {
    case 'empty':
      return EMPTY;
    case 'number':
      return numberCell(v.value);
    case 'boolean':
      return v.value ? TRUE_CELL : FALSE_CELL;
    case 'error':
      return errorCell(v.value);
    case 'text':
      return textValueCell(v.value, columnScale);
  }
}

function numberCell(value: number): TableCell {
  // A host that hands over NaN/Infinity has a broken cell: treat it as Excel would, an error value.
  if (isSmallInteger(value)) return { number: value | 0 };
  return Number.isFinite(value) ? new NumberCell(value) : errorCell('#NUM!');
}

function textValueCell(text: string, columnScale: number): TableCell {
  const parsed = parsedText(text);
  if (!parsed) return textCell(text);
  return { number: numberOf(parsed, columnScale), numberFromText: true, text };
}

/**
 * A number cell holding anything but a small integer (0.5, a total past 2^30). Small integers, the common cell
 * (kronor, counts, years), are `{ number: n | 0 }` literals; every other number gets this class of its own, so the
 * literal's shape keeps `number` unboxed in the object. One shared shape turns to a boxed double the first time
 * any cell holds a double, and every cell then carries a 16-byte box (100 000 × 20 cells: +32 MB). The `| 0`
 * hands V8 the integer as such (a value read from a double field would box it just the same), and the literal,
 * unlike a class, lets V8 allocate a long table's cells straight in the old generation.
 */
class NumberCell implements TableCell {
  readonly number: number;
  constructor(value: number) {
    this.number = value;
  }
}

/**
 * An integer V8 keeps unboxed in an object on every host: 31 bits (browsers compress pointers and have 31-bit
 * small integers, Node has 32), and not −0 (a double).
 */
function isSmallInteger(n: number): boolean {
  return Number.isInteger(n) && n >= -SMALL_INTEGER_LIMIT && n < SMALL_INTEGER_LIMIT && !Object.is(n, -0);
}

const SMALL_INTEGER_LIMIT = 2 ** 30;

const EMPTY: TableCell = Object.freeze({ empty: true });
const TRUE_CELL: TableCell = Object.freeze({ text: 'TRUE' });
const FALSE_CELL: TableCell = Object.freeze({ text: 'FALSE' });

/**
 * Cells without a number, one frozen object per distinct text or error value: they repeat down long sheets
 * ("..", "Minst 1 dos", "#N/A"), and a cell carries no address that would tell two of them apart.
 */
const SHARED = new Map<string, TableCell>();
const SHARED_ERRORS = new Map<string, TableCell>();
const MAX_SHARED = 100_000;

function textCell(text: string): TableCell {
  const hit = SHARED.get(text);
  if (hit) return hit;
  const mark = suppressionMark(text);
  const cell: TableCell = Object.freeze(mark ? { text, suppressed: mark } : { text });
  if (SHARED.size >= MAX_SHARED) SHARED.clear();
  SHARED.set(text, cell);
  return cell;
}

function errorCell(error: string): TableCell {
  const hit = SHARED_ERRORS.get(error);
  if (hit) return hit;
  const cell: TableCell = Object.freeze({ error });
  if (SHARED_ERRORS.size >= MAX_SHARED) SHARED_ERRORS.clear();
  SHARED_ERRORS.set(error, cell);
  return cell;
}

/**
 * The parsed number in the column's unit, computed in decimal and converted to the nearest double last: the
 * double then prints as the exact decimal (fromNumber reads it back exactly) for up to 15 significant digits.
 */
function numberOf(parsed: ParsedNumber, columnScale: number): number {
  // Plain number text ("1 206", "12,5") is already the nearest double: no decimal arithmetic to do.
  if (!parsed.percent && !parsed.currency) return parsed.value;
  let d = new Decimal(parsed.value);
  if (parsed.percent) d = d.div(100);
  if (parsed.currency) d = d.mul(KRONOR_PER_UNIT[parsed.currency]).div(columnScale);
  return d.toNumber();
}

/** Texts repeat down long sheets ("Minst 1 dos", "..", "2024"): each is parsed once (bounded memory). */
const PARSED = new Map<string, ParsedNumber | null>();
const MAX_PARSED = 100_000;

function parsedText(text: string): ParsedNumber | undefined {
  const hit = PARSED.get(text);
  if (hit !== undefined) return hit ?? undefined;
  const parsed = parseSwedishNumber(text);
  if (PARSED.size >= MAX_PARSED) PARSED.clear();
  PARSED.set(text, parsed ?? null);
  return parsed;
}
