/** A parsed A1 cell reference: 0-based row/col, with the $ anchors. */
export interface CellRef {
  readonly row: number;
  readonly col: number;
  readonly absRow: boolean;
  readonly absCol: boolean;
}

/**
 * Column letters of a 0-based column.
 * @example columnLetter(27) //=> 'AB'
 */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * 0-based column of column letters.
 * @example columnIndex('AB') //=> 27
 */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * The A1 address of a 0-based row and column.
 * @example a1(6, 3) //=> 'D7'
 */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/**
 * Parses "D7", "$D$7" (optionally sheet-qualified); undefined when it is not a cell reference.
 * @example parseA1('$D7') //=> { row: 6, col: 3, absRow: false, absCol: true }
 */
export function parseA1(ref: string): CellRef | undefined {
  const m = /^(?:.*!)?(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/.exec(ref.trim());
  if (!m) return undefined;
  return { absCol: m[1] === '$', col: columnIndex(m[2]!), absRow: m[3] === '$', row: Number(m[4]) - 1 };
}
