/** A1 helpers for the sheets we write: 0-based row/column in, Excel addresses out. */

/** Column letters for a 0-based column index. @example columnLetter(27) //=> 'AB' */
export function columnLetter(col: number): string {
  if (!Number.isInteger(col) || col < 0) throw new RangeError(`column must be a natural number: ${col}`);
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A1 address of a 0-based row/column. @example cellAddress(4, 2) //=> 'C5' */
export function cellAddress(row: number, col: number): string {
  if (!Number.isInteger(row) || row < 0) throw new RangeError(`row must be a natural number: ${row}`);
  return `${columnLetter(col)}${row + 1}`;
}

/** A1 range between two 0-based corners; a single cell when they coincide. @example rangeAddress(4, 0, 9, 2) //=> 'A5:C10' */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const from = cellAddress(top, left);
  const to = cellAddress(bottom, right);
  return from === to ? from : `${from}:${to}`;
}

/** Parses an A1 cell address into 0-based row/column. @example parseCellAddress('$C$5') //=> { row: 4, col: 2 } */
export function parseCellAddress(address: string): { row: number; col: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) throw new RangeError(`not an A1 cell address: ${address}`);
  const col = [...match[1].toUpperCase()].reduce((acc, ch) => acc * 26 + (ch.charCodeAt(0) - 64), 0) - 1;
  return { row: Number(match[2]) - 1, col };
}

/** A sheet name quoted for a formula or link reference: 'It''s' doubles the quote. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
