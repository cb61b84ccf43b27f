import Decimal from 'decimal.js';
import { KRONOR_PER_UNIT } from '../domain/money/swedishNumber';
import { type TableCell } from '../domain/table/TableModel';
import { type Cell } from './Grid';
import { type ParsedNumber, parseSwedishNumber } from './parseSwedishNumber';
import { suppressionMark } from './suppressionMark';

/**
 * The checks' view of a sheet cell: its number (also when typed as Swedish number text), text, formula, error.
 * Number text is read exactly: "33,3 %" is 0.333 (not 0.33299999999999996), and a money unit written in the cell
 * is converted to the column's unit (`columnScale`, kronor per unit: 1 for kr, 1 000 for a tkr column), so
 * "1,9 mnkr" in a kronor column is 1 900 000 and "250 tkr" in a tkr column stays 250.
 * @example toTableCell({ value: { kind: 'text', value: '1 264 598 kr' } }, 'C4') //=> { address: 'C4', number: 1264598, numberFromText: true, text: '1 264 598 kr' }
 */
export function toTableCell(cell: Cell, address: string, columnScale = 1): TableCell {
  // Most cells have no formula: no spread of an empty object per cell (a long sheet has hundreds of thousands).
  const formula = cell.formula;
  const read = valueCell(cell.value, address, columnScale);
  return formula ? { ...read, formula } : read;
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

function valueCell(v: Cell['value'], address: string, columnScale: number): TableCell {
  switch (v.kind) {
    case 'empty':
      return { address, empty: true };
    case 'number':
      // A host that hands over NaN/Infinity has a broken cell: treat it as Excel would, an error value.
      return Number.isFinite(v.value) ? { address, number: v.value } : { address, error: '#NUM!' };
    case 'boolean':
      return { address, text: String(v.value).toUpperCase() };
    case 'error':
      return { address, error: v.value };
    case 'text': {
      const parsed = parsedText(v.value);
      if (!parsed) {
        const mark = suppressionMark(v.value);
        return mark ? { address, text: v.value, suppressed: mark } : { address, text: v.value };
      }
      return { address, number: numberOf(parsed, columnScale), numberFromText: true, text: v.value };
    }
  }
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
