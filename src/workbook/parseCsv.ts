import { type Grid, GridBuilder } from './Grid';
import { parseSwedishNumber } from './parseSwedishNumber';
import { splitCsvRecords } from './splitCsvRecords';

/**
 * Reads CSV text into a Grid: `,` `;` or tab sniffed from the first lines, BOM dropped, quoted fields
 * (with "" escapes and line breaks), numbers in Swedish or plain notation as number cells.
 * @example parseCsv('Kommun;Belopp\nAvesta;1 264 598', 'Blad1').numberAt(1, 1) //=> 1264598
 */
export function parseCsv(text: string, sheet: string): Grid {
  const body = text.replace(/^\uFEFF/, '');
  const separator = sniffSeparator(body);
  const records = splitCsvRecords(body, separator);
  while (records.at(-1)?.every((f) => f.trim() === '')) records.pop();
  const width = records.reduce((w, r) => Math.max(w, r.length), 0);
  const grid = new GridBuilder(sheet, { rows: records.length, cols: width });
  records.forEach((fields, r) => fields.forEach((field, c) => setField(grid, r, c, field)));
  return grid.build({}, { rows: records.length, cols: width });
}

/** A field as the cell it reads as: a number (with the field as its display text) or text; blank stays empty. */
function setField(grid: GridBuilder, r: number, c: number, field: string): void {
  if (field.trim() === '') return;
  const parsed = parseSwedishNumber(field);
  if (!parsed) {
    grid.setText(r, c, field).setDisplayText(r, c, field);
    return;
  }
  grid.setNumber(r, c, parsed.percent ? parsed.value / 100 : parsed.value).setDisplayText(r, c, field);
  if (parsed.percent) grid.setNumberFormat(r, c, '0.0%');
}

/** The separator that gives the most consistent field count (>1) over the first lines; ';' wins ties. */
export function sniffSeparator(text: string): string {
  const head = text.split(/\r?\n/).slice(0, 20).join('\n');
  let best = ',';
  let bestScore = -1;
  for (const sep of [';', ',', '\t']) {
    const counts = splitCsvRecords(head, sep)
      .map((r) => r.length)
      .filter((n) => n > 1);
    const [mode] = counts.sort(
      (a, b) => counts.filter((x) => x === b).length - counts.filter((x) => x === a).length,
    );
    if (mode === undefined) continue;
    const score = counts.filter((n) => n === mode).length * 1000 + mode;
    if (score > bestScore) {
      bestScore = score;
      best = sep;
    }
  }
  return best;
}
