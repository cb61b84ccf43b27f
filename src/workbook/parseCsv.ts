import { type Cell, EMPTY_CELL, type Grid } from './Grid';
import { parseSwedishNumber } from './parseSwedishNumber';

/**
 * Reads CSV text into a Grid: `,` `;` or tab sniffed from the first lines, BOM dropped, quoted fields
 * (with "" escapes and line breaks), numbers in Swedish or plain notation as number cells.
 * @example parseCsv('Kommun;Belopp\nAvesta;1 264 598', 'Blad1').cells[1][1].value //=> { kind: 'number', value: 1264598 }
 */
export function parseCsv(text: string, sheet: string): Grid {
  const body = text.replace(/^\uFEFF/, '');
  const separator = sniffSeparator(body);
  const records = splitRecords(body, separator);
  while (records.length > 0 && records[records.length - 1]!.every((f) => f.trim() === '')) records.pop();
  const width = records.reduce((w, r) => Math.max(w, r.length), 0);
  const cells = records.map((fields) => Array.from({ length: width }, (_, i) => toCell(fields[i] ?? '')));
  return { sheet, origin: { row: 0, col: 0 }, cells };
}

function toCell(field: string): Cell {
  if (field.trim() === '') return EMPTY_CELL;
  const parsed = parseSwedishNumber(field);
  if (parsed) {
    const value = parsed.percent ? parsed.value / 100 : parsed.value;
    return {
      value: { kind: 'number', value },
      text: field,
      ...(parsed.percent ? { numberFormat: '0.0%' } : {}),
    };
  }
  return { value: { kind: 'text', value: field }, text: field };
}

/** The separator that gives the most consistent field count (>1) over the first lines; ';' wins ties. */
export function sniffSeparator(text: string): string {
  const head = text.split(/\r?\n/).slice(0, 20).join('\n');
  let best = ',';
  let bestScore = -1;
  for (const sep of [';', ',', '\t']) {
    const counts = splitRecords(head, sep)
      .map((r) => r.length)
      .filter((n) => n > 1);
    if (counts.length === 0) continue;
    const mode = counts.sort(
      (a, b) => counts.filter((x) => x === b).length - counts.filter((x) => x === a).length,
    )[0]!;
    const score = counts.filter((n) => n === mode).length * 1000 + mode;
    if (score > bestScore) {
      bestScore = score;
      best = sep;
    }
  }
  return best;
}

/** RFC 4180 splitting: quotes may wrap separators and line breaks; "" is a literal quote. */
function splitRecords(text: string, sep: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (ch === sep) {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      records.push(fields);
      fields = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    records.push(fields);
  }
  return records;
}
