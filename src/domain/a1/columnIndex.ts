/**
 * 0-based column of column letters (any case).
 * @example columnIndex('AB') //=> 27
 */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
