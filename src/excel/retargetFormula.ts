import { quoteSheetName } from '../domain/a1/quoteSheetName';

/**
 * Rewrites sheet references in a formula ('Fördelning – X'!B2 or Blad1!B2) using `renames` (keys lower-case,
 * since Excel sheet names are case-insensitive). Text inside "string literals" is left alone.
 * Why: output sheets are first written under temporary names; Excel updates references when a sheet is renamed,
 * so formulas that point at a sibling output sheet must point at its temporary name while being written.
 * @example retargetFormula("='Fördelning'!B2", new Map([['fördelning', 'LN_tmp_1']])) //=> '=LN_tmp_1!B2'
 */
export function retargetFormula(formula: string, renames: ReadonlyMap<string, string>): string {
  if (renames.size === 0) return formula;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula.charAt(i);
    if (ch === '"') {
      const end = endOfQuoted(formula, i, '"');
      out += formula.slice(i, end);
      i = end;
    } else if (ch === "'") {
      const end = endOfQuoted(formula, i, "'");
      const name = formula.slice(i + 1, end - 1).replace(/''/g, "'");
      out += formula[end] === '!' ? replacement(name, renames, formula.slice(i, end)) : formula.slice(i, end);
      i = end;
    } else if (
      /[A-Za-z_\u00c0-\uffff]/.test(ch) &&
      !/[A-Za-z0-9_.\u00c0-\uffff]/.test(formula[i - 1] ?? '')
    ) {
      // The test above saw a name's first character, so the name is at least that one character.
      const match = /^[A-Za-z_\u00c0-\uffff][A-Za-z0-9_.\u00c0-\uffff]*/.exec(formula.slice(i))?.[0] ?? ch;
      const end = i + match.length;
      out += formula[end] === '!' ? replacement(match, renames, match) : match;
      i = end;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

function replacement(name: string, renames: ReadonlyMap<string, string>, original: string): string {
  const target = renames.get(name.toLowerCase());
  return target === undefined ? original : quoteSheetName(target);
}

/** Index just past a quoted run starting at `start`; a doubled quote is an escaped quote. */
function endOfQuoted(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}
