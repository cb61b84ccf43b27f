/** A 0-based sheet position. */
export interface CellPos {
  readonly row: number;
  readonly col: number;
}

/** A rectangle of cells, 0-based, inclusive. */
export interface CellRange {
  readonly start: CellPos;
  readonly end: CellPos;
}

/** Excel's limits: an address past them is a typo, not a big sheet. */
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

/**
 * The column letters of a 0-based column.
 * @example columnLetter(0) //=> 'A'; columnLetter(27) //=> 'AB'
 */
export function columnLetter(col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The A1 address of a 0-based position, e.g. { row: 2, col: 1 } → "B3". */
export function toA1(pos: CellPos): string {
  return `${columnLetter(pos.col)}${pos.row + 1}`;
}

/** Parses "B3" (also "$B$3") into a 0-based position; undefined when it is not a cell address. */
export function parseCell(address: string): CellPos | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) return undefined;
  const col = [...match[1].toUpperCase()].reduce((acc, ch) => acc * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = Number(match[2]) - 1;
  if (row < 0 || row >= MAX_ROWS || col >= MAX_COLS) return undefined;
  return { row, col };
}

/** Parses "B3" or "B3:D7" (either corner order) into a normalised range; undefined when malformed. */
export function parseRange(address: string): CellRange | undefined {
  const parts = address.split(':');
  if (parts.length > 2) return undefined;
  const a = parseCell(parts[0]);
  const b = parts.length === 2 ? parseCell(parts[1]) : a;
  if (!a || !b) return undefined;
  return {
    start: { row: Math.min(a.row, b.row), col: Math.min(a.col, b.col) },
    end: { row: Math.max(a.row, b.row), col: Math.max(a.col, b.col) },
  };
}

/** "B3:D7", or "B3" for a single cell. */
export function formatRange(range: CellRange): string {
  const start = toA1(range.start);
  const same = range.start.row === range.end.row && range.start.col === range.end.col;
  return same ? start : `${start}:${toA1(range.end)}`;
}
