import { formatNumber } from './formatNumber';

/**
 * An amount in kronor for the UI and memos: sv-SE grouping with NBSP, U+2212 minus, " kr" joined by NBSP.
 * @example formatKronor(15711504) //=> '15 711 504 kr'
 * @example formatKronor(-1689, { unit: false }) //=> '−1 689'
 */
export function formatKronor(
  value: number | bigint,
  options: { unit?: boolean; decimals?: number } = {},
): string {
  const text = formatNumber(value, options.decimals ?? 0);
  return options.unit === false ? text : `${text}\u00A0kr`;
}
