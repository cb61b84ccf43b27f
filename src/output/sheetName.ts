import { MAX_SHEET_NAME_LENGTH, sheetNameKey } from './sheetWritePolicy';

// Excel's rules for sheet names live in the write policy (validateSheetName); this makes a wanted name obey them.

const FORBIDDEN = /[[\]:*?/\\]/g;

/** A name Excel accepts: forbidden characters become '-', control characters go, capped at 31 characters. */
export function sanitizeSheetName(name: string): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in sheet names
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(FORBIDDEN, '-')
    .replace(/\s+/g, ' ')
    .trim()
    // Excel refuses a leading or trailing apostrophe (it is the quoting character in references).
    .replace(/^'+|'+$/g, '')
    .trim();
  const base = cleaned === '' ? 'Blad' : cleaned;
  return truncate(base, MAX_SHEET_NAME_LENGTH);
}

/**
 * `wanted`, sanitized, made unique against `taken` (case-insensitive, as Excel compares) by a " (2)", " (3)" …
 * suffix that still fits in 31 characters.
 * @example uniqueSheetName('Kontroller', ['kontroller']) //=> 'Kontroller (2)'
 */
export function uniqueSheetName(wanted: string, taken: readonly string[]): string {
  const base = sanitizeSheetName(wanted);
  const lowerTaken = new Set(taken.map(sheetNameKey));
  if (!lowerTaken.has(sheetNameKey(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = truncate(base, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd() + suffix;
    if (!lowerTaken.has(sheetNameKey(candidate))) return candidate;
  }
}

/**
 * Cuts to `max` code points (a surrogate pair is never split), at a word boundary when one keeps most of the
 * name, and marks the cut with "…" so a reader sees the tab name is abbreviated.
 */
function truncate(text: string, max: number): string {
  const points = [...text];
  if (points.length <= max) return text;
  const head = points.slice(0, max - 1).join('');
  const space = head.lastIndexOf(' ');
  const cut = space >= (max * 2) / 3 ? head.slice(0, space) : head;
  return cut.replace(/[\s–-]+$/u, '') + '…';
}
