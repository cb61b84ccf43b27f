/**
 * Table headers made non-empty and unique (Excel tables require both; it compares case-insensitively).
 * @example uniqueHeaders(['Kod', 'Totalt', 'totalt', '']) //=> ['Kod', 'Totalt', 'totalt (2)', 'Kolumn 4']
 */
export function uniqueHeaders(headers: readonly string[], blankPrefix = 'Kolumn'): string[] {
  const seen = new Set<string>();
  return headers.map((raw, i) => {
    const base = raw.trim() === '' ? `${blankPrefix} ${i + 1}` : raw.trim();
    let candidate = base;
    for (let n = 2; seen.has(candidate.toLocaleLowerCase('sv')); n++) candidate = `${base} (${n})`;
    seen.add(candidate.toLocaleLowerCase('sv'));
    return candidate;
  });
}
