import { normalizeLabel } from '../domain/units/normalizeLabel';

const TOTAL_LABEL =
  /^(summa|s:a|totalt?|totalsumma|slutsumma|delsumma|riket|hela riket|sverige|hela sverige|samtliga|alla|alla kommuner|alla regioner|länet|hela länet|grand total)(\b|$|[\s\-–:])/u;

/**
 * Whether a row label marks a total or aggregate row ("Summa", "Totalt", "Total", "Riket", "00 Riket", "| Sverige |",
 * "Samtliga", "Delsumma", …).
 * @example isTotalLabel('Totalsumma') //=> true
 */
export function isTotalLabel(label: string): boolean {
  // "| Sverige |", "*Riket*": the marks around an aggregate's name are decoration.
  // "00 Riket", "0000 Riket": SCB and Kolada put the country's code before its name.
  return TOTAL_LABEL.test(
    normalizeLabel(label)
      .replace(/^[|*•·\s]+|[|*•·\s]+$/gu, '')
      .replace(/^0{2,4}\s+/u, ''),
  );
}
