import { columnLetter } from '../domain/a1/columnLetter';
import { type TableCell, type TableColumn } from '../domain/table/TableModel';
import { type Unit } from '../domain/units/Unit';
import { type UnitRegistry } from '../domain/units/UnitRegistry';
import { findSumOf, type SumColumn } from './findSumOf';
import { type HeaderHint, headerHint, scaleFromText } from './headerRole';
import { rowTotalFormula } from './rowTotalFormula';

/** What column classification needs to know about a table. */
export interface ColumnInput {
  /** Sheet columns, left to right. */
  readonly cols: readonly number[];
  readonly headers: readonly string[];
  readonly labelCol: number;
  readonly title?: string;
  /** Unit rows' cells, parallel to `cols`. */
  readonly rows: readonly (readonly TableCell[])[];
  /** The resolved unit per row, when known. */
  readonly units: readonly (Unit | undefined)[];
  readonly registry: UnitRegistry;
}

/**
 * Gives each column its role: the unit label, the official code, indicators (population, counts), shares,
 * amounts, and totals with the columns they sum (decided by labels and by the combination that holds on most rows).
 * @example classifyColumns(input).map((c) => c.role) //=> ['unit', 'indicator', 'amount', 'amount', 'total']
 */
export function classifyColumns(input: ColumnInput): TableColumn[] {
  const titleScale = input.title ? scaleFromText(input.title) : undefined;
  const base = input.cols.map((col, i): TableColumn => {
    const header = input.headers[i] ?? '';
    const letter = columnLetter(col);
    if (col === input.labelCol) return { col, letter, header, role: 'unit', evidence: ['enhetsnamn'] };
    const cells = input.rows.map((r) => r[i]!);
    const hint = headerHint(header);
    const shaped = roleFromShape(header, hint, cells, input);
    if (shaped) return { col, letter, header, role: shaped.role, evidence: shaped.evidence };
    const filled = cells.filter((c) => !c.empty).length;
    const numeric = cells.filter((c) => c.number !== undefined || c.error !== undefined).length;
    const suppressed = cells.filter((c) => c.suppressed !== undefined).length;
    if (numeric === 0 || (numeric + suppressed) * 2 < filled) {
      const role = hint === 'key' || hint === 'period' ? hint : textRole(cells);
      return { col, letter, header, role, evidence: [`rubrik ${q(header)}`, 'mest text'] };
    }
    const evidence = [header ? `rubrik ${q(header)}` : 'ingen rubrik', 'tal'];
    if (hint === 'code' || hint === 'period' || hint === 'rank' || hint === 'key') {
      return { col, letter, header, role: hint, evidence };
    }
    const role = hint === 'total' ? 'total' : hint;
    const scale = role === 'amount' || role === 'total' ? (scaleFromText(header) ?? titleScale) : undefined;
    // A series headed by periods (200701, "2024", "201001*") counts something; nothing says kronor.
    const notKronor = role === 'amount' && (isPeriodText(header) || hasCountWord(input.title));
    return {
      col,
      letter,
      header,
      role,
      ...(scale ? { scale } : {}),
      evidence: notKronor ? [...evidence, 'rubriken är en period: inte kronor'] : evidence,
      ...(notKronor ? { kronor: false } : {}),
    };
  });
  return resolveTotals(base, input.rows, input.cols);
}

const q = (s: string): string => `”${s}”`;

/** Period values: a year, yyyymm/yyyyqq, "2024M08", "2024K1", "2024Q1", "2024-08", "2017/18", each maybe starred. */
const PERIOD_TEXT = /^(19|20)\d{2}([mMkKqQ-]?\d{1,2}|\/\d{2})?\**$/u;

function isPeriodText(text: string): boolean {
  return PERIOD_TEXT.test(text.trim());
}

function hasCountWord(text: string | undefined): boolean {
  return text !== undefined && /\b(antal|nystartade|företag|personer|invånare)\b/iu.test(text);
}

/**
 * Roles the values decide whatever the header says: codes (digits with leading zeros, or the rows' official
 * codes), periods (years, "2024M08") and ranks (1…n, each once).
 */
function roleFromShape(
  header: string,
  hint: HeaderHint,
  cells: readonly TableCell[],
  input: ColumnInput,
): { role: TableColumn['role']; evidence: string[] } | undefined {
  const raw = cells.flatMap((c) =>
    c.empty ? [] : [c.text?.trim() ?? (c.number !== undefined ? String(c.number) : '')],
  );
  if (raw.length < 2) return undefined;
  const digits = raw.filter((t) => /^\d+$/.test(t));
  const integral = digits.length === raw.length;
  if (integral && hint === 'code') return { role: 'code', evidence: [`rubrik ${q(header)}`, 'heltal'] };
  const zeroLed = digits.filter((t) => t.length > 1 && t.startsWith('0')).length;
  const asText = cells.filter((c) => c.text !== undefined && /^\s*\d+\s*$/.test(c.text)).length;
  if (zeroLed > 0 && asText >= raw.length * 0.8 && hint !== 'share') {
    return {
      role: hint === 'period' ? 'period' : 'code',
      evidence: ['siffror med inledande nolla, lagrade som text'],
    };
  }
  if (isCodeColumn(cells, input.units, input.registry))
    return { role: 'code', evidence: ['radernas officiella koder'] };
  if (hint === 'period' && raw.every((t) => isPeriodText(t) || /^\d{1,2}$/.test(t))) {
    return { role: 'period', evidence: [`rubrik ${q(header)}`] };
  }
  if (
    raw.every(isPeriodText) &&
    raw.some((t) => !/^\d+$/.test(t) || t.length === 4) &&
    hint === 'amount' &&
    !header
  ) {
    return { role: 'period', evidence: ['värden som år/perioder'] };
  }
  if (hint === 'rank' && integral) return { role: 'rank', evidence: [`rubrik ${q(header)}`] };
  if (
    integral &&
    raw.length >= 10 &&
    (hint === 'amount' || hint === 'total') &&
    isRanking(digits, cells.length)
  ) {
    return { role: 'rank', evidence: ['heltal 1…n, vart och ett en gång'] };
  }
  return undefined;
}

/** Distinct whole numbers from 1 to at most the row count: a ranking, not an amount. */
function isRanking(digits: readonly string[], rows: number): boolean {
  const seen = new Set<number>();
  for (const d of digits) {
    const n = Number(d);
    if (n < 1 || n > rows || seen.has(n)) return false;
    seen.add(n);
  }
  return true;
}

/** Mostly words: free text ('text'); otherwise a column we do not read ('other'). */
function textRole(cells: readonly TableCell[]): TableColumn['role'] {
  const texts = cells.filter((c) => c.text !== undefined && /\p{L}/u.test(c.text)).length;
  const filled = cells.filter((c) => !c.empty).length;
  return filled > 0 && texts * 2 >= filled ? 'text' : 'other';
}

/** Header-named totals keep the role only if some combination of columns sums to them. */
function resolveTotals(
  columns: TableColumn[],
  rows: readonly (readonly TableCell[])[],
  cols: readonly number[],
): TableColumn[] {
  const values = (i: number): (number | undefined)[] => rows.map((r) => r[i]!.number);
  const out = withFormulaTotals(columns, rows, cols);
  const summable = (i: number): boolean => out[i]!.role === 'amount' || out[i]!.role === 'total';
  for (let i = 0; i < out.length; i++) {
    if (out[i]!.role !== 'total' || out[i]!.sumOfSource === 'formula') continue;
    const candidates: SumColumn[] = [];
    for (let j = 0; j < out.length; j++) {
      if (j === i || !summable(j)) continue;
      const sumOf = out[j]!.sumOf;
      candidates.push({ col: cols[j]!, values: values(j), ...(sumOf ? { sumOf } : {}) });
    }
    const sumOf = findSumOf({ col: cols[i]!, values: values(i) }, candidates);
    const { sumOf: _drop, ...rest } = out[i]!;
    out[i] = sumOf ? { ...rest, role: 'total', sumOf } : { ...rest, role: 'amount' };
  }
  return withUnlabelledTotal(out, rows, cols);
}

/**
 * Amount and total columns whose own formulas add other columns of the row (=C5+D5+E5, =SUM(C5:E5)) are totals of
 * exactly those columns: the sheet says so, no guessing from the values.
 */
function withFormulaTotals(
  columns: readonly TableColumn[],
  rows: readonly (readonly TableCell[])[],
  cols: readonly number[],
): TableColumn[] {
  return columns.map((c, i) => {
    if (c.role !== 'amount' && c.role !== 'total') return c;
    const found = rowTotalFormula(
      rows.map((r) => r[i]!),
      cols[i]!,
      cols.filter((_, j) => columns[j]!.role === 'amount' || columns[j]!.role === 'total'),
    );
    if (!found) return c;
    return {
      ...c,
      role: 'total',
      sumOf: found.sumOf,
      sumOfSource: 'formula',
      evidence: [...(c.evidence ?? []), `formler som ${q(found.example)} (${found.rows} rader)`],
    };
  });
}

/** The rightmost amount column is a total, header or not, when other amounts add up to it on every row. */
function withUnlabelledTotal(
  columns: TableColumn[],
  rows: readonly (readonly TableCell[])[],
  cols: readonly number[],
): TableColumn[] {
  if (columns.some((c) => c.role === 'total') || rows.length < 3) return columns;
  const amounts = columns.map((c, i) => ({ c, i })).filter((x) => x.c.role === 'amount');
  const last = amounts[amounts.length - 1];
  if (!last || amounts.length < 3) return columns;
  const values = (i: number): (number | undefined)[] => rows.map((r) => r[i]!.number);
  const parts = amounts.slice(0, -1).map((x) => ({ col: cols[x.i]!, values: values(x.i) }));
  const sumOf = findSumOf({ col: cols[last.i]!, values: values(last.i) }, parts);
  if (!sumOf) return columns;
  const all = rows.every((r) => {
    const t = r[last.i]!.number;
    const s = sumOf.reduce((acc, col) => acc + (r[cols.indexOf(col)]!.number ?? 0), 0);
    return t !== undefined && Math.abs(t - s) <= 1e-9 * Math.max(1, Math.abs(t));
  });
  if (!all) return columns;
  const out = [...columns];
  out[last.i] = { ...last.c, role: 'total', sumOf };
  return out;
}

/** A code column holds the rows' official codes ("0180", 180, "01"), or codes that resolve at all when labels don't. */
function isCodeColumn(
  cells: readonly TableCell[],
  units: readonly (Unit | undefined)[],
  registry: UnitRegistry,
): boolean {
  let hits = 0;
  let filled = 0;
  cells.forEach((c, i) => {
    const raw = c.text ?? (c.number !== undefined ? String(c.number) : undefined);
    if (raw === undefined || c.empty) return;
    filled++;
    const u = /^\s*\d{1,4}\s*$/.test(raw) ? registry.byCode(raw) : undefined;
    const unit = units[i];
    if (u && (!unit || (u.code === unit.code && u.level === unit.level))) hits++;
  });
  return filled >= 2 && hits >= filled * 0.8;
}
