/**
 * SCB's and the agencies' marks for a suppressed or missing value: "..", ".", "...", "…", "–", "-", "—", "x",
 * and bounds such as "<15" or "< 5".
 */
const SUPPRESSION = /^(?:\.{1,3}|…|[-–—]|[xX×]|[<>≤]\s?\d+(?:[,.]\d+)?)$/u;

/**
 * The mark as written (trimmed) when a text cell holds a suppression or missing mark, undefined otherwise.
 * @example suppressionMark(' .. ') //=> '..'
 */
export function suppressionMark(text: string): string | undefined {
  const t = text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  return SUPPRESSION.test(t) ? t : undefined;
}
