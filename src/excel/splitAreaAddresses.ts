/**
 * Splits a RangeAreas address ("'Budget, 2025'!A1:C1,'Budget, 2025'!A3:A4") into its areas. Commas inside a
 * quoted sheet name belong to the name ('' is an escaped quote inside it), so a plain split(',') is wrong.
 * @example splitAreaAddresses("'a, b'!A1:B1,'a, b'!C3") //=> ["'a, b'!A1:B1", "'a, b'!C3"]
 */
export function splitAreaAddresses(address: string): string[] {
  const areas: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      areas.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim() !== '') areas.push(current.trim());
  return areas;
}
