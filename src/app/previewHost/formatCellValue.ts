import { formatNumber } from '../../i18n/formatNumber';
import { type Lang } from '../../i18n/Lang';
import { type Cell } from '../../workbook/Grid';

/** What the grid shows for a cell, as Excel would in sv-SE: formulas show their value. */
export function formatCellValue(cell: Cell, lang: Lang): string {
  const value = cell.value;
  switch (value.kind) {
    case 'empty':
      return '';
    case 'text':
    case 'error':
      return value.value;
    case 'boolean':
      // Excel shows booleans in the UI language.
      return lang === 'sv' ? (value.value ? 'SANT' : 'FALSKT') : value.value ? 'TRUE' : 'FALSE';
    case 'number':
      // A percent format shows the value × 100 followed by "%", as Excel does ("0.00%" → 1,84%).
      if (cell.numberFormat?.trim().endsWith('%'))
        return `${formatNumber(value.value * 100, decimalsOf(cell.numberFormat, value.value * 100))}%`;
      return formatNumber(value.value, decimalsOf(cell.numberFormat, value.value));
  }
}

/** Decimals from an invariant format code ("#,##0.00" → 2); General shows what the value has, up to 4. */
function decimalsOf(format: string | undefined, value: number): number {
  const zeros = format === undefined ? undefined : /0\.(0+)/.exec(format)?.[1];
  if (zeros !== undefined) return zeros.length;
  if (format && /0/.test(format)) return 0;
  const fraction = String(value).split('.')[1] ?? '';
  return Math.min(fraction.length, 4);
}
