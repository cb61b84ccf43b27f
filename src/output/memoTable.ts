import { type Allocation } from '../domain/allocation/Allocation';
import { add, ZERO } from '../domain/money/arithmetic';
import { type Rational } from '../domain/money/Rational';
import { toDecimalString } from '../domain/money/toDecimalString';
import { memoNumberText, plainNumberText } from './memoNumberText';
import { decimalsOf } from './rationalText';
import { startsLikeFormula } from './startsLikeFormula';
import { MEMO_WORDS } from './outputTexts';

/** What a memo table states besides the amounts. */
export interface MemoTableInput {
  readonly allocation: Allocation;
  /** The key in words, e.g. "Befolkning 31 dec 2019" (PlanSummary.keyInWords) or the plan sentence. */
  readonly keyInWords: string;
  /** Where the key came from: sheet and range of the source table. */
  readonly source?: { readonly sheet: string; readonly range?: string };
  /** The date the allocation was made, ISO "2025-05-01" (memos in Sweden use ISO dates). */
  readonly date: string;
  /** Headline of the table; the plan name when absent. */
  readonly title?: string;
}

/** The same table twice: HTML for Word/Writer (text/html) and tab-separated plain numbers for Excel (text/plain). */
export interface MemoTable {
  readonly html: string;
  readonly tsv: string;
  /** The numbers behind both, for tests and callers: per row and the sum row, one entry per amount column. */
  readonly rows: readonly {
    readonly code: string;
    readonly name: string;
    readonly amounts: readonly Rational[];
  }[];
  readonly sums: readonly Rational[];
}

// Inline styles only: Word and LibreOffice Writer drop <style> blocks and classes on paste but keep these.
const FONT = 'font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#000000';
const TABLE = `border-collapse:collapse;${FONT}`;
const CELL = 'border:1px solid #000000;padding:2pt 6pt;vertical-align:top';
const NUM = `${CELL};text-align:right;white-space:nowrap`;
// mso-number-format keeps "0180" and "=x" as text when the same HTML is pasted into Excel; Word ignores it.
const TEXT = `${CELL};text-align:left;mso-number-format:'\\@'`;
const HEAD = 'font-weight:bold;background:#F2F2F2';
const FOOT = 'font-weight:bold;border-top:2px solid #000000';

/**
 * The allocation as a memo table: caption (title, key, source, date), one row per unit with each pot's
 * amount and the total, and a sum row computed from the rows themselves, so it always adds up.
 * Numbers in the HTML are sv-SE (NBSP thousands, U+2212 minus); the TSV has plain numbers Excel can sum.
 * Every text is HTML-escaped. @example buildMemoTable({ allocation, keyInWords: 'Befolkning', date: '2025-05-01' }, 'sv')
 */
export function buildMemoTable(input: MemoTableInput, lang: 'sv' | 'en'): MemoTable {
  const { allocation } = input;
  const words = MEMO_WORDS[lang];
  const decimals = decimalsOf(allocation.roundingUnit);
  const withTotal = allocation.pots.length > 1;
  const headers = [...allocation.pots.map((p) => p.potName), ...(withTotal ? [words.total] : [])];
  const rows = allocation.units.map((unit, i) => ({
    code: unit.code ?? '',
    name: unit.name.trim(),
    amounts: [
      ...allocation.pots.map((p) => p.amounts[i] ?? ZERO),
      ...(withTotal ? [allocation.totals[i] ?? ZERO] : []),
    ],
  }));
  const sums = headers.map((_, c) => rows.reduce((acc, r) => add(acc, r.amounts[c] ?? ZERO), ZERO));
  const caption = captionLines(input, words);
  const html = [
    `<table style="${TABLE}">`,
    `<caption style="caption-side:top;text-align:left;padding:0 0 4pt 0;${FONT}">`,
    `<b>${escapeHtml(caption[0])}</b><br>${escapeHtml(caption[1])}</caption>`,
    `<thead><tr>`,
    `<th scope="col" style="${TEXT};${HEAD}">${words.code}</th>`,
    `<th scope="col" style="${TEXT};${HEAD}">${words.name}</th>`,
    ...headers.map((h) => `<th scope="col" style="${NUM};${HEAD}">${escapeHtml(h)}</th>`),
    `</tr></thead>`,
    `<tbody>`,
    ...rows.map(
      (r) =>
        `<tr><td style="${TEXT}">${escapeHtml(r.code)}</td><th scope="row" style="${TEXT};font-weight:normal">${escapeHtml(r.name)}</th>` +
        r.amounts.map((a) => numberCell('td', a, decimals, NUM)).join('') +
        `</tr>`,
    ),
    `</tbody>`,
    `<tfoot><tr><td style="${TEXT};${FOOT}"></td><th scope="row" style="${TEXT};${FOOT}">${words.sum}</th>`,
    ...sums.map((s) => numberCell('td', s, decimals, `${NUM};${FOOT}`)),
    `</tr></tfoot>`,
    `</table>`,
  ].join('');
  const num = (a: Rational) => plainNumberText(a, decimals, lang);
  const tsvLines = [
    [tsvText(caption[0])],
    [tsvText(caption[1])],
    [words.code, words.name, ...headers].map(tsvText),
    ...rows.map((r) => [tsvText(r.code), tsvText(r.name), ...r.amounts.map(num)]),
    ['', words.sum, ...sums.map(num)],
  ];
  const tsv = tsvLines.map((cells) => cells.join('\t')).join('\r\n') + '\r\n';
  return { html, tsv, rows, sums };
}

/** Escapes the five characters that could end an attribute or start markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function numberCell(tag: 'td', value: Rational, decimals: number, style: string): string {
  // x:num lets Excel take the exact value from the HTML while Word shows the Swedish text.
  return `<${tag} style="${style}" x:num="${toDecimalString(value, decimals)}">${memoNumberText(value, decimals)}</${tag}>`;
}

function captionLines(input: MemoTableInput, words: (typeof MEMO_WORDS)['sv' | 'en']): [string, string] {
  const source = input.source
    ? `${words.source}: ${input.source.sheet}${input.source.range ? `!${input.source.range}` : ''}. `
    : '';
  return [
    input.title ?? input.allocation.planName,
    `${words.key}: ${input.keyInWords}. ${source}${words.date}: ${input.date}.`,
  ];
}

/** One TSV text cell: no tabs or line breaks inside; text that Excel would read as a formula gets a leading '. */
function tsvText(text: string): string {
  const flat = text.replace(/[\t\r\n]+/g, ' ');
  return startsLikeFormula(flat) ? `'${flat}` : flat;
}
