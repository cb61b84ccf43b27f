/** Excel refuses a header or footer longer than this (the write fails with InvalidArgument). */
export const MAX_HEADER_FOOTER_LENGTH = 255;

/**
 * A header/footer text Excel accepts: at most 255 characters. A longer text is cut and ends with "…"; the cut
 * never splits a surrogate pair and never leaves a lone "&" (which would start a code such as &P).
 * @example fitHeaderFooter('Länsnyckel') //=> 'Länsnyckel'
 * @example fitHeaderFooter('x'.repeat(300)).length //=> 255
 */
export function fitHeaderFooter(text: string): string {
  if (text.length <= MAX_HEADER_FOOTER_LENGTH) return text;
  let end = MAX_HEADER_FOOTER_LENGTH - 1;
  if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end--;
  let cut = text.slice(0, end);
  const ampersands = /&*$/.exec(cut)?.[0].length ?? 0;
  if (ampersands % 2 === 1) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
