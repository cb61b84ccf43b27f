/**
 * Whether a spreadsheet host would turn this text into a formula (or a number/sign) if typed or assigned as a
 * value: it starts with =, +, -, @, tab or CR. Executors that write through such hosts (Office.js `values`)
 * must force these to text (number format "@" or a leading apostrophe).
 * @example startsLikeFormula('=HYPERLINK("http://x","y")') //=> true
 */
export function startsLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}
