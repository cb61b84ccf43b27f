/** Whitespace Excel users paste in: NBSP, narrow NBSP, figure space, tabs, line breaks. */
const ODD_SPACE = /[\s\u00a0\u2007\u202f\u2009\u200b]+/g;

/**
 * A label as people mean it: NFC, any run of (non-breaking) spaces as one space, trimmed, lower case.
 * @example normalizeLabel('  Falu\u00a0Kommun ') //=> 'falu kommun'
 */
export function normalizeLabel(label: string): string {
  return label.normalize('NFC').replace(ODD_SPACE, ' ').trim().toLocaleLowerCase('sv-SE');
}

/**
 * The label with spaces, hyphens, dashes and dots removed, so "Upplands-Väsby", "Upplands Väsby" and
 * "Västragötalandsregionen"/"Västra Götalandsregionen" meet.
 * @example compactLabel('Upplands-Väsby') //=> 'upplandsväsby'
 */
export function compactLabel(label: string): string {
  return normalizeLabel(label).replace(/[\s\-\u2010-\u2015.,:;'’"()]/g, '');
}
