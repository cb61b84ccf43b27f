import { columnLetter } from '../domain/a1/columnLetter';
import { type TableCell, type TableColumn } from '../domain/table/TableModel';
import { type Unit } from '../domain/units/Unit';
import { type UnitRegistry } from '../domain/units/UnitRegistry';
import { defined, InvariantError } from '../domain/errors';
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
  /** Each unit row's 0-based sheet row, parallel to `rows` (where a row's formulas stand). */
  readonly sheetRows: readonly number[];
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
  const scan = scanColumns(input.rows, input.cols.length, input.cols.indexOf(input.labelCol));
  const base = input.cols.map((col, i): TableColumn => {
    const header = input.headers[i] ?? '';
    const letter = columnLetter(col);
    if (col === input.labelCol) return { col, letter, header, role: 'unit', evidence: ['enhetsnamn'] };
    const cells = columnOf(input.rows, i);
    const hint = headerHint(header);
    const stats = defined(scan.stats[i], 'column stats');
    const shaped = roleFromShape(header, hint, cells, stats, input);
    if (shaped) return { col, letter, header, role: shaped.role, evidence: shaped.evidence };
    const { filled, numeric, suppressed } = stats;
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
  return resolveTotals(base, input, scan);
}

/** One column's cells down the unit rows, read where they lie (no array of them is built). */
interface ColumnCells {
  readonly length: number;
  at(k: number): TableCell;
}

function columnOf(rows: readonly (readonly TableCell[])[], i: number): ColumnCells {
  return { length: rows.length, at: (k) => cellOf(defined(rows[k], 'unit row'), i) };
}

/** What one pass over the unit rows learns about every column. */
interface ColumnScan {
  readonly stats: readonly ColumnStats[];
  /** Each column's numbers (undefined where a cell has none). */
  readonly values: readonly (number | undefined)[][];
  /** How many of each column's cells hold a formula. */
  readonly formulas: Uint32Array;
}

/**
 * Every column's shapes, numbers and formulas in one pass row by row: a long table's cells lie in memory row after
 * row, and walking 100 000 rows once per column (and once more per question) misses the cache on every cell. The
 * label column (`labelIndex`) is the unit's name, not data: it is left out (its stats stay empty).
 */
function scanColumns(rows: readonly (readonly TableCell[])[], width: number, labelIndex: number): ColumnScan {
  const stats = Array.from({ length: width }, () => new StatsCounter());
  const values = Array.from({ length: width }, () => new Array<number | undefined>(rows.length));
  const formulas = new Uint32Array(width);
  rows.forEach((row, r) => {
    for (let i = 0; i < width; i++) {
      if (i === labelIndex) continue;
      const c = cellOf(row, i);
      stats[i]?.add(c);
      const column = values[i];
      if (column) column[r] = c.number;
      if (c.formula) formulas[i] = (formulas[i] ?? 0) + 1;
    }
  });
  return { stats: stats.map((x) => x.result()), values, formulas };
}

const q = (s: string): string => `”${s}”`;

/** The i-th cell of a unit row: rows are parallel to the columns, so a missing one is a bug in the caller. */
function cellOf(row: readonly TableCell[], i: number): TableCell {
  const cell = row[i];
  if (!cell) throw new InvariantError(`unit row without a cell in column ${i}`);
  return cell;
}

/**
 * What one pass down a column learns about its values' shapes. A cell's "raw" form is its trimmed text, or the
 * number as JavaScript prints it (so 2024 and "2024" look alike); numbers are judged without printing them.
 */
interface ColumnStats {
  /** Cells that are not empty. */
  readonly filled: number;
  /** Cells with a number or an error value. */
  readonly numeric: number;
  readonly suppressed: number;
  /** Non-empty cells (each has a raw form, '' when neither text nor number). */
  readonly raw: number;
  /** Raw forms that are digits only. */
  readonly digits: number;
  /** Digit-only raw forms longer than one digit with a leading zero ("0114"). */
  readonly zeroLed: number;
  /** Cells whose text is digits only, spaces around allowed. */
  readonly asText: number;
  /** Every raw form is a period ("2024", "2024M08"). */
  readonly allPeriods: boolean;
  /** Every raw form is a period or one or two digits (a month, a week). */
  readonly allPeriodsOrSmall: boolean;
  /** Some raw form is not digits only, or is four digits (a year rather than yyyymm). */
  readonly someNotPlainDigitsOr4: boolean;
  /** Non-empty cells with text or a number: what a code column is judged on. */
  readonly codeFilled: number;
}

/** Largest integer JavaScript prints in plain digits (1e21 prints as "1e+21"). */
const PLAIN_DIGITS_BELOW = 1e21;

/** A column's ColumnStats, counted cell by cell. */
class StatsCounter {
  #filled = 0;
  #numeric = 0;
  #suppressed = 0;
  #digits = 0;
  #zeroLed = 0;
  #asText = 0;
  #allPeriods = true;
  #allPeriodsOrSmall = true;
  #someNotPlainDigitsOr4 = false;
  #codeFilled = 0;

  add(c: TableCell): void {
    if (c.number !== undefined || c.error !== undefined) this.#numeric++;
    if (c.suppressed !== undefined) this.#suppressed++;
    const text = c.text;
    if (text !== undefined && DIGITS_TEXT.test(text)) this.#asText++;
    if (c.empty) return;
    this.#filled++;
    if (text !== undefined || c.number !== undefined) this.#codeFilled++;
    let isDigits: boolean;
    let isPeriod: boolean;
    let isSmall: boolean;
    let length4: boolean;
    if (text !== undefined || c.number === undefined) {
      const t = text?.trim() ?? '';
      isDigits = /^\d+$/.test(t);
      isPeriod = isPeriodText(t);
      isSmall = /^\d{1,2}$/.test(t);
      length4 = t.length === 4;
      if (isDigits && t.length > 1 && t.startsWith('0')) this.#zeroLed++;
    } else {
      const n = c.number;
      isDigits = Number.isInteger(n) && n >= 0 && n < PLAIN_DIGITS_BELOW;
      isPeriod = isDigits && isPeriodNumber(n);
      isSmall = isDigits && n <= 99;
      length4 = isDigits && n >= 1000 && n <= 9999;
    }
    if (isDigits) this.#digits++;
    if (!isPeriod) {
      this.#allPeriods = false;
      if (!isSmall) this.#allPeriodsOrSmall = false;
    }
    if (!isDigits || length4) this.#someNotPlainDigitsOr4 = true;
  }

  result(): ColumnStats {
    return {
      filled: this.#filled,
      numeric: this.#numeric,
      suppressed: this.#suppressed,
      raw: this.#filled,
      digits: this.#digits,
      zeroLed: this.#zeroLed,
      asText: this.#asText,
      allPeriods: this.#allPeriods,
      allPeriodsOrSmall: this.#allPeriodsOrSmall,
      someNotPlainDigitsOr4: this.#someNotPlainDigitsOr4,
      codeFilled: this.#codeFilled,
    };
  }
}

const DIGITS_TEXT = /^\s*\d+\s*$/;

/** PERIOD_TEXT for a whole number ≥ 0 as JavaScript prints it: 19xx/20xx, maybe followed by one or two digits. */
function isPeriodNumber(n: number): boolean {
  return (n >= 1900 && n <= 2099) || (n >= 19000 && n <= 20999) || (n >= 190000 && n <= 209999);
}

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
  cells: ColumnCells,
  stats: ColumnStats,
  input: ColumnInput,
): { role: TableColumn['role']; evidence: string[] } | undefined {
  const raw = stats.raw;
  if (raw < 2) return undefined;
  const integral = stats.digits === raw;
  if (integral && hint === 'code') return { role: 'code', evidence: [`rubrik ${q(header)}`, 'heltal'] };
  if (stats.zeroLed > 0 && stats.asText >= raw * 0.8 && hint !== 'share') {
    return {
      role: hint === 'period' ? 'period' : 'code',
      evidence: ['siffror med inledande nolla, lagrade som text'],
    };
  }
  if (isCodeColumn(cells, stats.codeFilled, input.units, input.registry))
    return { role: 'code', evidence: ['radernas officiella koder'] };
  if (hint === 'period' && stats.allPeriodsOrSmall) {
    return { role: 'period', evidence: [`rubrik ${q(header)}`] };
  }
  if (stats.allPeriods && stats.someNotPlainDigitsOr4 && hint === 'amount' && !header) {
    return { role: 'period', evidence: ['värden som år/perioder'] };
  }
  if (hint === 'rank' && integral) return { role: 'rank', evidence: [`rubrik ${q(header)}`] };
  if (integral && raw >= 10 && (hint === 'amount' || hint === 'total') && isRanking(cells, cells.length)) {
    return { role: 'rank', evidence: ['heltal 1…n, vart och ett en gång'] };
  }
  return undefined;
}

/**
 * Distinct whole numbers from 1 to at most the row count: a ranking, not an amount. Called only on a column whose
 * non-empty cells are all digits.
 */
function isRanking(cells: ColumnCells, rows: number): boolean {
  const seen = new Set<number>();
  for (let k = 0; k < cells.length; k++) {
    const c = cells.at(k);
    if (c.empty) continue;
    const n = c.text === undefined ? (c.number ?? Number.NaN) : Number(c.text.trim());
    if (n < 1 || n > rows || seen.has(n)) return false;
    seen.add(n);
  }
  return true;
}

/** Mostly words: free text ('text'); otherwise a column we do not read ('other'). */
function textRole(cells: ColumnCells): TableColumn['role'] {
  let texts = 0;
  let filled = 0;
  for (let k = 0; k < cells.length; k++) {
    const c = cells.at(k);
    if (c.text !== undefined && /\p{L}/u.test(c.text)) texts++;
    if (!c.empty) filled++;
  }
  return filled > 0 && texts * 2 >= filled ? 'text' : 'other';
}

/** Header-named totals keep the role only if some combination of columns sums to them. */
function resolveTotals(columns: TableColumn[], input: ColumnInput, scan: ColumnScan): TableColumn[] {
  const { rows, cols } = input;
  const values = (i: number): (number | undefined)[] => scan.values[i] ?? [];
  const out = withFormulaTotals(columns, input, scan.formulas);
  const summable = (c: TableColumn): boolean => c.role === 'amount' || c.role === 'total';
  out.forEach((column, i) => {
    if (column.role !== 'total' || column.sumOfSource === 'formula') return;
    const candidates: SumColumn[] = [];
    out.forEach((other, j) => {
      if (j === i || !summable(other)) return;
      const sumOf = other.sumOf;
      candidates.push({ col: other.col, values: values(j), ...(sumOf ? { sumOf } : {}) });
    });
    const sumOf = findSumOf({ col: column.col, values: values(i) }, candidates);
    const { sumOf: _drop, ...rest } = column;
    out[i] = sumOf ? { ...rest, role: 'total', sumOf } : { ...rest, role: 'amount' };
  });
  return withUnlabelledTotal(out, rows, cols, values);
}

/**
 * Amount and total columns whose own formulas add other columns of the row (=C5+D5+E5, =SUM(C5:E5)) are totals of
 * exactly those columns: the sheet says so, no guessing from the values.
 */
function withFormulaTotals(
  columns: readonly TableColumn[],
  input: ColumnInput,
  formulas: Uint32Array,
): TableColumn[] {
  const additive = columns.filter((c) => c.role === 'amount' || c.role === 'total').map((c) => c.col);
  return columns.map((c, i) => {
    if (c.role !== 'amount' && c.role !== 'total') return c;
    // A column without formulas states no relation: its cells are not gathered for nothing.
    if ((formulas[i] ?? 0) === 0) return c;
    const found = rowTotalFormula(
      input.rows.map((row) => cellOf(row, i)),
      input.sheetRows,
      c.col,
      additive,
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
  values: (i: number) => (number | undefined)[],
): TableColumn[] {
  if (columns.some((c) => c.role === 'total') || rows.length < 3) return columns;
  const amounts = columns.map((c, i) => ({ c, i })).filter((x) => x.c.role === 'amount');
  const last = amounts[amounts.length - 1];
  if (!last || amounts.length < 3) return columns;
  const parts = amounts.slice(0, -1).map((x) => ({ col: x.c.col, values: values(x.i) }));
  const sumOf = findSumOf({ col: last.c.col, values: values(last.i) }, parts);
  if (!sumOf) return columns;
  const sumIdx = sumOf.map((col) => cols.indexOf(col));
  const all = rows.every((r) => {
    const t = cellOf(r, last.i).number;
    const s = sumIdx.reduce((acc, j) => acc + (r[j]?.number ?? 0), 0);
    return t !== undefined && Math.abs(t - s) <= 1e-9 * Math.max(1, Math.abs(t));
  });
  if (!all) return columns;
  const out = [...columns];
  out[last.i] = { ...last.c, role: 'total', sumOf };
  return out;
}

/**
 * A code column holds the rows' official codes ("0180", 180, "01"), or codes that resolve at all when labels don't.
 * `filled` is the count of non-empty cells with text or a number; the scan stops once too many have missed.
 */
function isCodeColumn(
  cells: ColumnCells,
  filled: number,
  units: readonly (Unit | undefined)[],
  registry: UnitRegistry,
): boolean {
  if (filled < 2) return false;
  let hits = 0;
  let misses = 0;
  for (let i = 0; i < cells.length; i++) {
    const c = cells.at(i);
    if (c.empty || (c.text === undefined && c.number === undefined)) continue;
    const u = codeUnit(c, registry);
    const unit = units[i];
    if (u && (!unit || (u.code === unit.code && u.level === unit.level))) hits++;
    else if (filled - ++misses < filled * 0.8) return false;
  }
  return hits >= filled * 0.8;
}

/** The unit whose official code a cell holds: one to four digits, as text or as a whole number. */
function codeUnit(c: TableCell, registry: UnitRegistry): Unit | undefined {
  if (c.text !== undefined) return CODE_TEXT.test(c.text) ? registry.byCode(c.text) : undefined;
  const n = c.number;
  return n !== undefined && Number.isInteger(n) && n >= 0 && n <= 9999
    ? registry.byCode(String(n))
    : undefined;
}

const CODE_TEXT = /^\s*\d{1,4}\s*$/;
