import { type FollowupResult } from '../domain/followup/Followup';
import { formatAmount } from '../domain/money/formatAmount';
import { type Rational } from '../domain/money/Rational';
import { toDecimalString } from '../domain/money/toDecimalString';
import { type FollowupTexts } from './followupTexts';

const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The follow-up as a memo table: HTML for Word (kronor as the reader writes them) and tab-separated plain numbers
 * for Excel; one row per kommun (tilldelat, förbrukat, ej förbrukat, status) and a sum row.
 * @example followupMemo(result, FOLLOWUP_TEXTS.sv).tsv.split('\n')[0] //=> 'Kommun\tTilldelat\tFörbrukat\tEj förbrukat\tStatus'
 */
export function followupMemo(result: FollowupResult, texts: FollowupTexts): { html: string; tsv: string } {
  const header = [texts.unit, texts.allocated, texts.used, texts.unused, texts.status];
  const rows = result.lines.map((l) => ({
    name: l.pot !== undefined && result.lines.some((x) => x.pot !== l.pot) ? `${l.unit} (${l.pot})` : l.unit,
    amounts: [l.allocated, l.used, l.unused],
    status: texts.statusText[l.status],
  }));
  const sums = [result.totals.allocated, result.totals.used, result.totals.unused];
  const plain = (r: Rational | undefined): string => (r === undefined ? '' : toDecimalString(r));
  const shown = (r: Rational | undefined): string => (r === undefined ? '–' : formatAmount(r, texts.lang));
  const tsv = [
    header.join('\t'),
    ...rows.map((r) => [r.name, ...r.amounts.map(plain), r.status].join('\t')),
    [texts.sum, ...sums.map(plain), ''].join('\t'),
  ].join('\n');
  const td = (s: string, right = false): string =>
    `<td${right ? ' style="text-align:right"' : ''}>${escape(s)}</td>`;
  const html = [
    '<table>',
    `<tr>${header.map((h) => `<th>${escape(h)}</th>`).join('')}</tr>`,
    ...rows.map(
      (r) => `<tr>${td(r.name)}${r.amounts.map((a) => td(shown(a), true)).join('')}${td(r.status)}</tr>`,
    ),
    `<tr><th>${escape(texts.sum)}</th>${sums.map((s) => td(shown(s), true)).join('')}<td></td></tr>`,
    '</table>',
  ].join('');
  return { html, tsv };
}
