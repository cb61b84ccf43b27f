/**
 * A sheet name as it must appear in a formula, defined name or hyperlink: quoted only when needed, as Excel does
 * (anything but a plain identifier, and names that read as a cell reference such as "AB12" or "R1C1").
 * @example quoteSheetName('Data') //=> 'Data'
 * @example quoteSheetName("Kommun's blad") //=> "'Kommun''s blad'"
 */
export function quoteSheetName(name: string): string {
  const plain =
    /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !LOOKS_LIKE_A1.test(name) && !LOOKS_LIKE_R1C1.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

const LOOKS_LIKE_A1 = /^[A-Za-z]{1,3}\d{1,7}$/;
const LOOKS_LIKE_R1C1 = /^(?:[Rr]\d*[Cc]?\d*|[Cc]\d*)$/;
