import { type Cell } from '../workbook/Grid';
import { columnLetter } from '../domain/a1/columnLetter';
import { splitCsvRecords } from '../workbook/splitCsvRecords';
import { type SampleTable } from './samples/sampleTables';
import { SampleDataError } from './previewErrors';

/** A sample table laid out as a sheet: rows of cells from A1, and which cells are bold. */
export interface SampleSheet {
  readonly name: string;
  readonly rows: ReadonlyArray<ReadonlyArray<Cell>>;
  readonly bold: readonly string[];
}

/** Row (0-based) of the header: a title row and a blank row sit above it, as people lay sheets out. */
const HEADER_ROW = 2;
const AMOUNT_FORMAT = '#,##0';

/**
 * Lays a published table out the way a person would: title, blank row, header, one row per unit, and the total
 * row. A total that equals the sum of its column becomes `=SUM(...)` with the published figure as its cached
 * value; a total that does not (Jönköping's Vårdens medarbetare) is kept as the typed constant it must have been,
 * so the checker has the published error to find. A blank row and the source line close the sheet.
 */
export function layoutSample(sample: SampleTable): SampleSheet {
  const [header, ...body] = splitCsvRecords(sample.csv, ',');
  const units = body.slice(0, -1);
  const total = body[body.length - 1];
  if (header === undefined || total === undefined)
    throw new SampleDataError(sample.file, 'needs a header and a total row');
  const firstUnitRow = HEADER_ROW + 1;
  const lastUnitRow = firstUnitRow + units.length - 1;
  const rows: Cell[][] = [
    [text(sample.title)],
    [],
    header.map(text),
    ...units.map((fields) => fields.map(valueCell)),
    total.map((field, col) => totalCell(field, col, units, firstUnitRow, lastUnitRow)),
    [],
    [text(sample.source)],
  ];
  const totalRow = lastUnitRow + 1;
  const bold = ['A1', ...header.map((_, c) => `${columnLetter(c)}${HEADER_ROW + 1}`)].concat(
    total.map((_, c) => `${columnLetter(c)}${totalRow + 1}`),
  );
  return { name: sample.sheet, rows, bold };
}

function text(value: string): Cell {
  return value === '' ? { value: { kind: 'empty' } } : { value: { kind: 'text', value } };
}

function valueCell(field: string): Cell {
  // The samples hold plain integers; anything else (names, "Regionerna") stays text, trailing spaces included.
  return /^-?\d+$/.test(field)
    ? { value: { kind: 'number', value: Number(field) }, numberFormat: AMOUNT_FORMAT }
    : text(field);
}

function totalCell(field: string, col: number, units: string[][], firstRow: number, lastRow: number): Cell {
  const cell = valueCell(field);
  if (cell.value.kind !== 'number') return cell;
  const sum = units.reduce((acc, fields) => {
    const field = fields[col] ?? '';
    return acc + (/^-?\d+$/.test(field) ? Number(field) : 0);
  }, 0);
  if (sum !== cell.value.value) return cell;
  const letter = columnLetter(col);
  return { ...cell, formula: `=SUM(${letter}${firstRow + 1}:${letter}${lastRow + 1})` };
}
