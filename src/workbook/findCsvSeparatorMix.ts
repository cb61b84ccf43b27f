import { type Grid } from './Grid';
import { parseSwedishNumber } from './parseSwedishNumber';

/** A CSV line written with another separator than the rest of the file. */
export interface CsvSeparatorMix {
  /** 1-based line (record) number. */
  readonly line: number;
  /** The separator the file uses, and the one this line uses. */
  readonly expected: string;
  readonly found: string;
}

/**
 * Finds the first record that parseCsv read as one field although it holds the fields of a row written with a
 * different separator ("Orsa,2000,20" in a ';' file): it splits into as many fields as the file's rows have and
 * at least one of them is a number. Such a row would otherwise vanish from the table without a word.
 * @example findCsvSeparatorMix(parseCsv('Kommun;Bef\nMora;1\nOrsa,2', 'x')) //=> { line: 3, expected: ';', found: ',' }
 */
export function findCsvSeparatorMix(grid: Grid, expected: string): CsvSeparatorMix | undefined {
  const filled = Array.from({ length: grid.rowCount }, (_, r) =>
    grid.row(r).filter((c) => c.value.kind !== 'empty'),
  );
  const widths = filled.map((f) => f.length).filter((n) => n > 1);
  if (widths.length === 0) return undefined;
  const width = widths.reduce((a, b) => Math.max(a, b), 0);
  for (const [r, cells] of filled.entries()) {
    const only = cells.length === 1 ? cells[0]?.value : undefined;
    if (only?.kind !== 'text') continue;
    for (const found of [';', ',', '\t'].filter((s) => s !== expected)) {
      const parts = only.value.split(found);
      const numeric = parts.some((p) => parseSwedishNumber(p) !== undefined);
      if (parts.length >= 2 && parts.length <= width && parts.length >= Math.min(width, 3) && numeric)
        return { line: r + 1, expected, found };
    }
  }
  return undefined;
}
