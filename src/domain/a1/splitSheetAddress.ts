/**
 * Splits an Excel address such as "'Min flik'!B2:C9" into the sheet name (quotes removed, '' unescaped) and the
 * local part. Without a "!" the sheet is undefined.
 * @example splitSheetAddress("'Min flik'!B2") //=> { sheet: 'Min flik', local: 'B2' }
 */
export function splitSheetAddress(address: string): { sheet: string | undefined; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: undefined, local: address };
  const rawSheet = address.slice(0, bang);
  const sheet =
    rawSheet.startsWith("'") && rawSheet.endsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  return { sheet, local: address.slice(bang + 1) };
}
