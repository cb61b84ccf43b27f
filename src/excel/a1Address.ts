/** A rectangle of cells, 0-based and inclusive. */
export interface CellRect {
  readonly startRow: number;
  readonly startCol: number;
  readonly endRow: number;
  readonly endCol: number;
}

/** Excel's last row and column (0-based): used for whole-column ranges such as "C:C". */
export const LAST_ROW = 1_048_575;
export const LAST_COL = 16_383;

/**
 * Column letters for a 0-based column index.
 * @example columnName(27) //=> 'AB'
 */
export function columnName(col: number): string {
  if (!Number.isInteger(col) || col < 0 || col > LAST_COL)
    throw new RangeError(`Column index out of range: ${col}`);
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/**
 * 0-based column index for column letters.
 * @example columnIndex('AB') //=> 27
 */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 of one cell from 0-based indexes. */
export function cellAddress(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** "A1" or "A1:C3" (a single cell collapses to "A1"). */
export function rectAddress(rect: CellRect): string {
  const start = cellAddress(rect.startRow, rect.startCol);
  const end = cellAddress(rect.endRow, rect.endCol);
  return start === end ? start : `${start}:${end}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

/**
 * Parses a sheet-local A1 range ("B2", "$A$1:C3", "C:C", "2:4") into a rectangle; throws on anything else,
 * because addresses come from our own plans or from Excel, never from the user.
 */
export function parseA1Range(address: string): CellRect {
  const [first, second = first] = address.split(':');
  const cellA = CELL.exec(first ?? '');
  const cellB = CELL.exec(second ?? '');
  if (cellA && cellB) {
    return normalize(
      Number(cellA[2]) - 1,
      columnIndex(cellA[1]!),
      Number(cellB[2]) - 1,
      columnIndex(cellB[1]!),
    );
  }
  const colA = COLUMN.exec(first ?? '');
  const colB = COLUMN.exec(second ?? '');
  if (colA && colB) return normalize(0, columnIndex(colA[1]!), LAST_ROW, columnIndex(colB[1]!));
  const rowA = ROW.exec(first ?? '');
  const rowB = ROW.exec(second ?? '');
  if (rowA && rowB) return normalize(Number(rowA[1]) - 1, 0, Number(rowB[1]) - 1, LAST_COL);
  throw new RangeError(`Not an A1 range: ${address}`);
}

/**
 * Splits an Excel address such as "'Min flik'!B2:C9" into the sheet name (quotes removed, '' unescaped) and the
 * local part. Without a "!" the sheet is undefined.
 */
export function splitSheetAddress(address: string): { sheet: string | undefined; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: undefined, local: address };
  const rawSheet = address.slice(0, bang);
  const sheet =
    rawSheet.startsWith("'") && rawSheet.endsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  return { sheet, local: address.slice(bang + 1) };
}

/**
 * A sheet name as it must appear in a formula or hyperlink: quoted unless it is a plain identifier.
 * @example quoteSheetName('Fördelning – Nära vård') //=> "'Fördelning – Nära vård'"
 */
export function quoteSheetName(name: string): string {
  // Quoting is always accepted by Excel; leaving plain names bare keeps formulas readable.
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !CELL.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function normalize(r1: number, c1: number, r2: number, c2: number): CellRect {
  const rect = {
    startRow: Math.min(r1, r2),
    startCol: Math.min(c1, c2),
    endRow: Math.max(r1, r2),
    endCol: Math.max(c1, c2),
  };
  if (rect.startRow < 0 || rect.endRow > LAST_ROW || rect.startCol < 0 || rect.endCol > LAST_COL) {
    throw new RangeError(`A1 range outside the sheet: ${r1},${c1}:${r2},${c2}`);
  }
  return rect;
}
