import { cellAddress } from '../domain/a1/cellAddress';
import { defined } from '../domain/errors';
import { type CellRect } from '../domain/a1/CellRect';
import { parseCellRef } from '../domain/a1/parseCellRef';
import { parseRangeAddress } from '../domain/a1/parseRangeAddress';
import { evaluateLansnyckelFormula, findLansnyckelFormula } from '../functions/evaluateLansnyckelFormula';
import { isFormulaError } from '../functions/FormulaError';
import { type Cell, type CellValue } from '../workbook/Grid';
import { PREVIEW_FORMULA_MESSAGES } from './previewFormulaMessages';

/** A cell the preview filled from a LANSNYCKEL formula; an error value keeps its message for the grid's tooltip. */
export interface PreviewFormulaCell extends Cell {
  /** Why the cell shows an error value (Swedish), as Excel's error tooltip would say. */
  readonly message?: string;
}

/** One cell to fill: 0-based row and column, its A1 address, and the cell (formula kept on the formula cell). */
export interface PreviewFormulaFill {
  readonly row: number;
  readonly col: number;
  readonly address: string;
  readonly cell: PreviewFormulaCell;
}

/** The preview reader's own tooltip texts, in Swedish as Excel in sv-SE shows them. */
const MESSAGES = {
  spill: (range: string) => PREVIEW_FORMULA_MESSAGES.spill(range).sv,
  badArgument: (arg: string) => PREVIEW_FORMULA_MESSAGES.badArgument(arg).sv,
  otherSheet: (arg: string) => PREVIEW_FORMULA_MESSAGES.otherSheet(arg).sv,
  dependsOnFormula: (ref: string) => PREVIEW_FORMULA_MESSAGES.dependsOnFormula(ref).sv,
} as const;

/** FORDELA, FORDELA.BAS and BLAND first (they spill), KONTROLL after them (it usually checks a spill). */
const PASSES: readonly ((name: string) => boolean)[] = [
  (name) => name !== 'KONTROLL',
  (name) => name === 'KONTROLL',
];

const CALL = /^=\s*(LANSNYCKEL\.[\p{L}\d._]+)\s*\((.*)\)\s*$/isu;

/**
 * Evaluates the LANSNYCKEL formulas of one sheet for the preview grid, which has no calculation engine of its own.
 * `rows` are the sheet's cells from A1 (formula strings and values). Finds cells whose formula is
 * `=LANSNYCKEL.<NAME>(…)`, with `;` or `,` between arguments, numbers as typed in sv-SE ("15 711 504", "0,5",
 * "50%") or en ("0.5"), and A1 cells or ranges on the same sheet; evaluates each with evaluateLansnyckelFormula
 * and returns the cells to fill: a spill down/right from the formula cell (or "#SPILL!" in the formula cell if a
 * spill cell is not empty), one number, or "#VALUE!" with the formula's Swedish message. Spilled cells take the
 * formula cell's number format.
 *
 * Order: FORDELA/FORDELA.BAS/BLAND first (in reading order), then KONTROLL, so KONTROLL over a spill sees the
 * spilled values. Limitation: no general dependency graph — a FORDELA whose arguments read another formula's
 * spill sees it only if that formula comes earlier in reading order, and a KONTROLL never sees another KONTROLL.
 * Nested calls, names and other sheets are not read ("#VALUE!" with a message saying so).
 * @example evaluatePreviewFormulas([[{ value: { kind: 'number', value: 1 } }], [{ value: { kind: 'empty' }, formula: '=LANSNYCKEL.FORDELA(10;A1)' }]])
 *   //=> [{ row: 1, col: 0, address: 'A2', cell: { value: { kind: 'number', value: 10 }, formula: '=LANSNYCKEL.FORDELA(10;A1)' } }]
 */
export function evaluatePreviewFormulas(rows: ReadonlyArray<ReadonlyArray<Cell>>): PreviewFormulaFill[] {
  const sheet = new Map<string, PreviewFormulaCell>();
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!isEmpty(cell)) sheet.set(key(r, c), cell);
    }),
  );
  const calls = [...sheet.entries()]
    .map(([k, cell]) => ({ pos: parseKey(k), cell, call: parseCall(cell.formula) }))
    .filter((x): x is typeof x & { call: ParsedCall } => x.call !== undefined)
    .sort((a, b) => a.pos.row - b.pos.row || a.pos.col - b.pos.col);
  const fills = new Map<string, PreviewFormulaFill>();
  const put = (row: number, col: number, cell: PreviewFormulaCell) => {
    sheet.set(key(row, col), cell);
    fills.set(key(row, col), { row, col, address: cellAddress(row, col), cell });
  };
  for (const inPass of PASSES)
    for (const { pos, cell, call } of calls) {
      if (!inPass(call.name)) continue;
      const result = evaluateCall(call, sheet);
      const base = {
        formula: call.formula,
        ...(cell.numberFormat ? { numberFormat: cell.numberFormat } : {}),
      };
      if ('error' in result) {
        put(pos.row, pos.col, { ...base, value: errorValue(result.error), message: result.message });
      } else if (typeof result.value === 'number') {
        put(pos.row, pos.col, { ...base, value: numberValue(result.value) });
      } else {
        const spill = result.value;
        const blocked = spillBlocked(spill, pos, sheet);
        if (blocked) {
          put(pos.row, pos.col, { ...base, value: errorValue('#SPILL!'), message: MESSAGES.spill(blocked) });
          continue;
        }
        spill.forEach((line, r) =>
          line.forEach((v, c) => {
            const target =
              r === 0 && c === 0
                ? { ...base, value: numberValue(v) }
                : {
                    ...(cell.numberFormat ? { numberFormat: cell.numberFormat } : {}),
                    value: numberValue(v),
                  };
            put(pos.row + r, pos.col + c, target);
          }),
        );
      }
    }
  return [...fills.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

/**
 * The sheet's rows with the LANSNYCKEL formulas' results written as the cells' cached values (the formula cell
 * keeps its formula; spilled cells hold only values), the way Excel would store a calculated sheet.
 */
export function withEvaluatedFormulas(rows: ReadonlyArray<ReadonlyArray<Cell>>): Cell[][] {
  const out: Cell[][] = rows.map((row) => [...row]);
  for (const fill of evaluatePreviewFormulas(rows)) {
    while (out.length <= fill.row) out.push([]);
    const line = defined(out[fill.row], `row ${fill.row} just padded`);
    while (line.length < fill.col) line.push({ value: { kind: 'empty' } });
    line[fill.col] = fill.cell;
  }
  return out;
}

/**
 * The message behind an error value the preview filled in (for the grid's tooltip); undefined for other cells.
 * @example previewErrorMessage({ value: { kind: 'error', value: '#VALUE!' }, message: 'text i nyckeln (rad 3)' } as Cell) //=> 'text i nyckeln (rad 3)'
 */
export function previewErrorMessage(cell: Cell): string | undefined {
  const message = (cell as PreviewFormulaCell).message;
  return cell.value.kind === 'error' && typeof message === 'string' ? message : undefined;
}

interface ParsedCall {
  /** The cell's formula text, as written. */
  readonly formula: string;
  readonly name: string;
  readonly fullName: string;
  readonly args: readonly string[];
  /** The decimal separator numbers use: ',' when arguments are separated by ';' (sv-SE), else '.'. */
  readonly decimal: ',' | '.';
}

interface Failure {
  readonly error: string;
  readonly message: string;
}

type Evaluated = { readonly value: number | number[][] } | Failure;

function parseCall(formula: string | undefined): ParsedCall | undefined {
  if (formula === undefined) return undefined;
  const [, rawName, body] = CALL.exec(formula.trim()) ?? [];
  if (rawName === undefined || body === undefined) return undefined;
  const fullName = rawName.toUpperCase();
  const name = findLansnyckelFormula(fullName)?.name ?? fullName;
  const separator = hasTopLevel(body, ';') ? ';' : ',';
  const args = body.trim() === '' ? [] : splitTopLevel(body, separator);
  return { formula, name, fullName, args, decimal: separator === ';' ? ',' : '.' };
}

function evaluateCall(call: ParsedCall, sheet: ReadonlyMap<string, PreviewFormulaCell>): Evaluated {
  const args: unknown[] = [];
  for (const raw of call.args) {
    const arg = readArgument(raw.trim(), call.decimal, sheet);
    if ('error' in arg) return arg;
    args.push(arg.value);
  }
  const result = evaluateLansnyckelFormula(call.fullName, args);
  if (isFormulaError(result)) return { error: result.error, message: result.message };
  return { value: result };
}

/** One argument as Excel would pass it: a number, a string, a range as rows of cells (blank as null), omitted. */
function readArgument(
  raw: string,
  decimal: ',' | '.',
  sheet: ReadonlyMap<string, PreviewFormulaCell>,
): { readonly value: unknown } | Failure {
  if (raw === '') return { value: undefined };
  const number = readNumber(raw, decimal);
  if (number !== undefined) return { value: number };
  const quoted = /^"((?:[^"]|"")*)"$/.exec(raw)?.[1];
  if (quoted !== undefined) return { value: quoted.replace(/""/g, '"') };
  if (raw.includes('!')) return { error: '#VALUE!', message: MESSAGES.otherSheet(raw) };
  const range = readRange(raw);
  if (!range) return { error: '#VALUE!', message: MESSAGES.badArgument(raw) };
  const matrix: unknown[][] = [];
  for (let r = range.startRow; r <= range.endRow; r++) {
    const line: unknown[] = [];
    for (let c = range.startCol; c <= range.endCol; c++) {
      const cell = sheet.get(key(r, c));
      const value = cell?.value ?? { kind: 'empty' };
      if (value.kind === 'error')
        return { error: value.value, message: cell?.message ?? MESSAGES.dependsOnFormula(cellAddress(r, c)) };
      line.push(value.kind === 'empty' ? null : value.value);
    }
    matrix.push(line);
  }
  return { value: matrix };
}

/** "15711504", "15 711 504", "0,5" (sv) or "0.5" (en), "-3", "50%"; undefined for anything else. */
function readNumber(raw: string, decimal: ',' | '.'): number | undefined {
  const compact = raw.replace(/[\s\u00A0\u202F]/g, '').replace(/\u2212/g, '-');
  const percent = compact.endsWith('%');
  const digits = percent ? compact.slice(0, -1) : compact;
  const pattern = decimal === ',' ? /^[-+]?\d+(?:,\d+)?$/ : /^[-+]?\d+(?:\.\d+)?$/;
  if (!pattern.test(digits)) return undefined;
  const value = Number(digits.replace(',', '.'));
  return percent ? value / 100 : value;
}

/** A sheet-local cell or cell range ("B4", "$B$4:B18"); whole columns and rows are not read. */
function readRange(raw: string): CellRect | undefined {
  const parts = raw.split(':');
  if (parts.length > 2 || parts.some((p) => !parseCellRef(p))) return undefined;
  return parseRangeAddress(raw);
}

/** The A1 range of the spill when a cell it would cover (other than the formula cell) is not empty. */
function spillBlocked(
  spill: readonly (readonly number[])[],
  pos: { row: number; col: number },
  sheet: ReadonlyMap<string, Cell>,
): string | undefined {
  const height = spill.length;
  const width = Math.max(0, ...spill.map((line) => line.length));
  for (let r = 0; r < height; r++)
    for (let c = 0; c < width; c++) {
      if (r === 0 && c === 0) continue;
      const cell = sheet.get(key(pos.row + r, pos.col + c));
      if (cell && !isEmpty(cell))
        return `${cellAddress(pos.row, pos.col)}:${cellAddress(pos.row + height - 1, pos.col + width - 1)}`;
    }
  return undefined;
}

function hasTopLevel(body: string, separator: string): boolean {
  return splitTopLevel(body, separator).length > 1;
}

/** Splits on `separator` outside parentheses, braces and quoted strings. */
function splitTopLevel(body: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '(' || ch === '{') depth++;
    else if (ch === ')' || ch === '}') depth--;
    else if (ch === separator && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

function isEmpty(cell: Cell): boolean {
  return cell.value.kind === 'empty' && cell.formula === undefined;
}

function numberValue(value: number): CellValue {
  return { kind: 'number', value };
}

function errorValue(value: string): CellValue {
  return { kind: 'error', value };
}

function key(row: number, col: number): string {
  return `${row},${col}`;
}

function parseKey(k: string): { row: number; col: number } {
  const [row, col] = k.split(',').map(Number);
  return { row: defined(row, `row of cell key ${k}`), col: defined(col, `column of cell key ${k}`) };
}
