/**
 * Levenshtein distance (insert, delete, substitute; each costs 1), with an early exit above `max`.
 * @example editDistance('Leksnad', 'Leksand') //=> 2
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    // `left` is cur[j - 1], `diagonal` prev[j - 1]: carried along so the row needs no indexed reads of itself.
    let left = i;
    let diagonal = i - 1;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? j;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(up + 1, left + 1, diagonal + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
      left = v;
      diagonal = up;
    }
    // Every later row is at least this row's minimum, so we can stop once it exceeds the budget.
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] ?? b.length;
}
