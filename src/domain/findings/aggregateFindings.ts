import { AGGREGATE_MESSAGES } from './aggregateMessages';
import { type Finding, type FindingCode, type Severity } from './Finding';
import { defined } from '../errors';

/** Options of {@link aggregateFindings}. */
export interface AggregateOptions {
  /** Most cells an aggregated finding lists (its `count` says how many there are). Default 50. */
  readonly cap?: number;
  /** Fewest findings of one kind in one column that are told as one. Default 3. */
  readonly minRepeat?: number;
}

/**
 * Findings that carry their own money or their own unit and are always shown one by one: a column total per
 * column, a row total per unit, a frame per pot, a SUM range per total cell, a key deviation per unit (each has
 * its own stated amount and Δ), a missing unit per län, a "not checkable" total per column.
 */
const KEPT_ONE_BY_ONE: ReadonlySet<string> = new Set<FindingCode | 'total-not-checkable'>([
  'column-total-mismatch',
  'row-total-mismatch',
  'frame-mismatch',
  'total-formula-range',
  'key-deviation',
  'unit-missing',
  'rounding-drift',
  'total-not-checkable',
]);

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Repeated findings of one kind in one column of one sheet become one finding a person can read: its `count`,
 * the cells capped at `cap`, the worst severity of the group and a message such as "89 814 tal lagrade som text i
 * kolumn C (C2:C47188), t.ex.: C2 …". "Repeated" means the same code on the same sheet whose first cells lie in
 * the same column, `minRepeat` or more times; any code not in the keep-list is aggregated this way, also codes
 * this function does not know. Findings without a cell, and those kept one by one (see KEPT_ONE_BY_ONE), pass
 * unchanged. Order: each aggregate takes the place of its group's first finding.
 * @example aggregateFindings(numberAsTextInC2toC47188).length //=> 1 (count 47 187, 50 cells listed)
 */
export function aggregateFindings(findings: readonly Finding[], options: AggregateOptions = {}): Finding[] {
  const cap = options.cap ?? 50;
  const minRepeat = options.minRepeat ?? 3;
  // One key per finding, computed once: a 141 000-row sheet can hand over hundreds of thousands of findings.
  const keys = findings.map(groupKey);
  const groups = new Map<string, Finding[]>();
  findings.forEach((f, i) => {
    const key = keys[i];
    if (key === undefined) return;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  });
  const out: Finding[] = [];
  findings.forEach((f, i) => {
    const key = keys[i];
    const group = key === undefined ? undefined : groups.get(key);
    if (!group || group.length < minRepeat) out.push(f);
    else if (group[0] === f) out.push(aggregate(f, group, cap));
  });
  return out;
}

/** "code|sheet|C" for a finding that may be aggregated, undefined for one that is always shown alone. */
function groupKey(f: Finding): string | undefined {
  const [cell] = f.cells;
  if (KEPT_ONE_BY_ONE.has(f.code) || cell === undefined) return undefined;
  const letters = columnOf(cell);
  return letters === undefined ? undefined : `${f.code}|${f.sheet}|${letters}`;
}

/** The group led by `first` as one finding; groupKey grouped only findings whose first cell has a column. */
function aggregate(first: Finding, group: readonly Finding[], cap: number): Finding {
  const letter = defined(columnOf(first.cells[0] ?? ''), `column of ${first.code} in ${first.sheet}`);
  const unique = new Set<string>();
  let low = Infinity;
  let high = -Infinity;
  for (const f of group) {
    for (const c of f.cells) {
      if (unique.has(c)) continue;
      unique.add(c);
      if (columnOf(c) !== letter) continue;
      const row = rowOf(c);
      low = Math.min(low, row);
      high = Math.max(high, row);
    }
  }
  const cells = [...unique];
  const range = `${letter}${low}:${letter}${high}`;
  const severity = group.reduce<Severity>(
    (worst, f) => (RANK[f.severity] < RANK[worst] ? f.severity : worst),
    'info',
  );
  const column =
    first.column !== undefined && group.every((f) => f.column === first.column) ? first.column : undefined;
  return {
    code: first.code,
    severity,
    sheet: first.sheet,
    cells: cells.slice(0, cap),
    ...(column !== undefined ? { column } : {}),
    count: group.length,
    message: AGGREGATE_MESSAGES.repeated({
      code: first.code,
      count: group.length,
      letter,
      ...(column !== undefined ? { header: column } : {}),
      range,
      first: first.message,
    }),
  };
}

/** Column letters of an A1 address ("C" of "C7", of "$C$7" and of "C7:C9"); a char loop, run once per cell. */
function columnOf(a1: string): string | undefined {
  const s = a1.trim();
  const start = s.charCodeAt(0) === 0x24 ? 1 : 0;
  let i = start;
  while (i < s.length && isLetter(s.charCodeAt(i))) i++;
  if (i === start || i - start > 3) return undefined;
  const end = i;
  if (s.charCodeAt(i) === 0x24) i++;
  if (!isDigit(s.charCodeAt(i))) return undefined;
  return s.slice(start, end).toUpperCase();
}

/** The first row number of an A1 address (7 of "C7", "$C$7" and "C7:C9"). */
function rowOf(a1: string): number {
  let i = a1.charCodeAt(0) === 0x24 ? 1 : 0;
  while (i < a1.length && isLetter(a1.charCodeAt(i))) i++;
  while (i < a1.length && !isDigit(a1.charCodeAt(i))) i++;
  let row = 0;
  for (; i < a1.length && isDigit(a1.charCodeAt(i)); i++) row = row * 10 + (a1.charCodeAt(i) - 0x30);
  return row;
}

function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
