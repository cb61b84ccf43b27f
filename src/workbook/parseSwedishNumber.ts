import { type MoneyUnit, scanSwedishNumber } from '../domain/money/swedishNumber';

/** A number recovered from text as Swedish users write it. */
export interface ParsedNumber {
  /** The number as written (a percentage is returned as written: "12,5 %" → 12.5). */
  readonly value: number;
  readonly percent: boolean;
  /** The money unit written after the number, when any. */
  readonly currency?: MoneyUnit;
}

/**
 * The reader's view of {@link scanSwedishNumber} (the one grammar and suffix table): the number as a double.
 * Parses "1 264 598", "1 264 598 kr", "12,5", "−3 400" (Unicode minus), "12,5 %", "(3 400)" and "1.5";
 * undefined for anything else (dates, codes with letters, empty text).
 * @example parseSwedishNumber('1\u00a0264\u00a0598 kr') //=> { value: 1264598, percent: false, currency: 'kr' }
 */
export function parseSwedishNumber(text: string): ParsedNumber | undefined {
  const scanned = scanSwedishNumber(text);
  if (!scanned) return undefined;
  const value = Number(scanned.digits);
  if (!Number.isFinite(value)) return undefined;
  return {
    value,
    percent: scanned.percent,
    ...(scanned.currency ? { currency: scanned.currency } : {}),
  };
}
