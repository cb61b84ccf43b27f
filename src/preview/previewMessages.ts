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
  badSheetName: (sheet: string): LocalizedText => ({
    sv: `Bladnamnet ”${sheet}” går inte att använda (högst 31 tecken, inte []:*?/\\, unikt).`,
    en: `The sheet name “${sheet}” cannot be used (at most 31 characters, none of []:*?/\\, unique).`,
  }),
  outputExists: (sheets: readonly string[]): LocalizedText => ({
    sv: `Tilläggets blad finns redan: ${sheets.join(', ')}. Bekräfta för att ersätta dem.`,
    en: `The add-in's sheets already exist: ${sheets.join(', ')}. Confirm to replace them.`,
  }),
  nameCollision: (sheets: readonly string[]): LocalizedText => ({
    sv: `Det finns redan egna blad med namnen ${sheets.join(', ')}. Tillägget skriver aldrig över dina blad.`,
    en: `Sheets of your own are already named ${sheets.join(', ')}. The add-in never overwrites your sheets.`,
  }),
  cancelled: (): LocalizedText => ({ sv: 'Avbrutet.', en: 'Cancelled.' }),
  checkFailed: (c: { where: string; actual: number; expected: number }): LocalizedText => ({
    sv: `Kontrollen efter skrivningen misslyckades: ${c.where} visar ${c.actual} men skulle visa ${c.expected}. Inget ändrades.`,
    en: `The check after writing failed: ${c.where} shows ${c.actual} but should show ${c.expected}. Nothing was changed.`,
  }),
} as const;
