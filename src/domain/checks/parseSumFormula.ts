import { parseCellRef } from '../a1/parseCellRef';
import { splitSheetAddress } from '../a1/splitSheetAddress';

/** A rectangle of cells a total formula adds, 0-based inclusive. */
export interface RefBlock {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  /** The sheet named in the reference ("Blad2!C4:C16"), upper case without quotes or spaces; absent for a local one. */
  readonly sheet?: string;
}

/** The opening of an adding call, spaces already removed. */
const SUM_CALL = /^(?:SUM\(|SUMMA\(|SUBTOTAL\((?:9|109)[,;]|DELSUMMA\((?:9|109)[,;]|AGGREGATE\(9[,;]\d+[,;])/;

/**
 * The blocks a pure adding formula sums: "=SUM(C4:C16)", "=SUMMA(C4:C10;C12)", "=SUBTOTAL(9,C4:C16)",
 * "=C4+C5+SUM(C6:C9)"; undefined for any other formula (it cannot be judged by range). A reference to another
 * sheet keeps its sheet name (upper case, spaces removed) in `sheet`.
 * @example parseSumFormula('=SUM(C4:C16)') //=> [{ top: 3, bottom: 15, left: 2, right: 2 }]
 */
export function parseSumFormula(formula: string): RefBlock[] | undefined {
  const body = formula.replace(/^=/, '').replace(/\s+/g, '').toUpperCase();
  if (body === '') return undefined;
  const blocks: RefBlock[] = [];
  for (const term of splitTopLevel(body, '+')) {
    const inner = unwrapSum(term);
    const args = inner === undefined ? [term] : splitTopLevel(inner, inner.includes(';') ? ';' : ',');
    for (const arg of args) {
      const block = refBlock(arg);
      if (!block) return undefined;
      blocks.push(block);
    }
  }
  return blocks.length ? blocks : undefined;
}

/** "SUM(args)" → "args"; undefined when the term is not one adding call. */
function unwrapSum(term: string): string | undefined {
  const m = SUM_CALL.exec(term);
  return m && term.endsWith(')') ? term.slice(m[0].length, -1) : undefined;
}

function refBlock(arg: string): RefBlock | undefined {
  // The sheet is kept, never dropped: "Blad2!C4:C16" is not the table's own C4:C16.
  const { sheet, local } = splitSheetAddress(arg);
  const [from, to, extra] = local.split(':');
  if (extra !== undefined || from === undefined || sheet === '') return undefined;
  const a = parseCellRef(from);
  const b = to === undefined ? a : parseCellRef(to);
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    bottom: Math.max(a.row, b.row),
    left: Math.min(a.col, b.col),
    right: Math.max(a.col, b.col),
    ...(sheet === undefined ? {} : { sheet }),
  };
}

/** Splits on `sep` outside parentheses. */
function splitTopLevel(s: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === sep && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts;
}
