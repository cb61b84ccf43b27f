import { normalizeLabel } from '../domain/units/normalizeLabel';

const TOTAL_LABEL =
  /^(summa|s:a|totalt?|totalsumma|slutsumma|delsumma|riket|hela riket|sverige|samtliga|alla kommuner|alla regioner|länet|hela länet|grand total)(\b|$|[\s\-–:])/u;

/**
 * Whether a row label marks a total row ("Summa", "Totalt", "Totalsumma", "Total", "Riket", "Delsumma", …).
 * @example isTotalLabel('Totalsumma') //=> true
 */
export function isTotalLabel(label: string): boolean {
  return TOTAL_LABEL.test(normalizeLabel(label));
}
