import { type LocalizedText } from '../domain/findings/Finding';

/** The preview host's error texts, in both UI languages (the port carries LocalizedText, not keys). */
export const PREVIEW_MESSAGES = {
  sheetNotFound: (sheet: string): LocalizedText => ({
    sv: `Bladet ”${sheet}” finns inte i arbetsboken.`,
    en: `The workbook has no sheet named “${sheet}”.`,
  }),
  badAddress: (address: string): LocalizedText => ({
    sv: `”${address}” är ingen giltig celladress.`,
    en: `“${address}” is not a valid cell address.`,
  }),
  cancelled: (): LocalizedText => ({ sv: 'Avbrutet.', en: 'Cancelled.' }),
  checkFailed: (c: { where: string; actual: number; expected: number }): LocalizedText => ({
    sv: `Kontrollen efter skrivningen misslyckades: ${c.where} visar ${c.actual} men skulle visa ${c.expected}. Inget ändrades.`,
    en: `The check after writing failed: ${c.where} shows ${c.actual} but should show ${c.expected}. Nothing was changed.`,
  }),
} as const;
