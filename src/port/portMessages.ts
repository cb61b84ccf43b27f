import { type LocalizedText } from '../domain/findings/Finding';
import { type PortErrorCode } from './WorkbookPort';

/**
 * Every text a workbook host (Excel, the preview) puts in a PortError, Swedish and English, in one place: hosts
 * pass codes and values, never wording, so the same failure reads the same whichever host the user is in. The
 * write policy's own refusals (sheet names, a user's sheet, earlier output) are in `output/sheetWritePolicy.ts`.
 */

/** The general text for each PortError code, used when nothing more specific is known. */
export const PORT_ERROR_MESSAGES: Readonly<Record<PortErrorCode, LocalizedText>> = {
  'cell-edit-mode': {
    sv: 'Excel redigerar en cell just nu. Avsluta redigeringen av cellen (Enter eller Esc) och försök igen.',
    en: 'Excel is editing a cell. Finish editing the cell (Enter or Esc) and try again.',
  },
  protected: {
    sv: 'Arbetsboken eller bladet är skyddat. Ta bort skyddet och försök igen.',
    en: 'The workbook or sheet is protected. Unprotect it and try again.',
  },
  'payload-too-large': {
    sv: 'Området är för stort för att skickas till Excel i ett svep. Gör det mindre och försök igen.',
    en: 'The range is too large to send to Excel in one request. Make it smaller and try again.',
  },
  'not-found': {
    sv: 'Bladet eller området finns inte längre. Det kan ha bytt namn eller tagits bort.',
    en: 'The sheet or range no longer exists. It may have been renamed or deleted.',
  },
  'access-denied': {
    sv: 'Excel nekade ändringen. Arbetsboken kan vara skrivskyddad eller skyddad.',
    en: 'Excel refused the change. The workbook may be read-only or protected.',
  },
  'output-exists': {
    sv: 'Resultatbladen finns redan. Bekräfta att de ska ersättas.',
    en: 'The output sheets already exist. Confirm that they should be replaced.',
  },
  'name-collision': {
    sv: 'Ett eget blad har samma namn som ett resultatblad. Byt namn på ditt blad; det ändras aldrig av Länsnyckel.',
    en: 'One of your sheets has the name of an output sheet. Rename your sheet; Länsnyckel never changes it.',
  },
  cancelled: { sv: 'Avbrutet. Inget ändrades.', en: 'Cancelled. Nothing was changed.' },
  general: {
    sv: 'Excel kunde inte slutföra åtgärden.',
    en: 'Excel could not complete the operation.',
  },
};

/** A cell the write is checked against after writing: where, what it shows, what the plan says it must show. */
export interface CheckMismatch {
  readonly where: string;
  readonly actual: unknown;
  readonly expected: string | number | boolean;
}

/** Texts that name a sheet, a range or a value; each host fills in the values. */
export const PORT_MESSAGES = {
  /** A sheet the caller named that the workbook does not have (preview: never had; empty name: no sheet at all). */
  sheetNotFound: (sheet: string): LocalizedText => ({
    sv: `Bladet ”${sheet}” finns inte i arbetsboken.`,
    en: `The workbook has no sheet named “${sheet}”.`,
  }),
  /** A sheet that was there when the pane listed it and is gone now (renamed or deleted in Excel meanwhile). */
  sheetGone: (sheet: string): LocalizedText => ({
    sv: `Bladet ${sheet} finns inte längre. Det kan ha bytt namn eller tagits bort.`,
    en: `Sheet ${sheet} no longer exists. It may have been renamed or deleted.`,
  }),
  badAddress: (address: string): LocalizedText => ({
    sv: `”${address}” är ingen giltig celladress.`,
    en: `“${address}” is not a valid cell address.`,
  }),
  /** The read-back after writing found a cell that differs from the plan: the write was rolled back. */
  checkFailed: ({ where, actual, expected }: CheckMismatch): LocalizedText => ({
    sv: `Kontrollen efter skrivningen misslyckades: ${where} visar ${String(actual)} men skulle visa ${String(expected)}. Inget ändrades.`,
    en: `The check after writing failed: ${where} shows ${String(actual)} but should show ${String(expected)}. Nothing was changed.`,
  }),
  /** A failed write whose temporary sheets could not all be removed; the next write removes them. */
  withLeftovers: (message: LocalizedText, names: string): LocalizedText => ({
    sv: `${message.sv} Tillfälliga blad kan finnas kvar (${names}); de tas bort vid nästa skrivning.`,
    en: `${message.en} Temporary sheets may remain (${names}); they are removed by the next write.`,
  }),
  /** A used range that reaches the sheet's last row: almost always one stray value far down. */
  usedRangeToLastRow: (sheet: string, address: string): LocalizedText => ({
    sv: `Bladet ${sheet} har ett använt område ${address} som når bladets sista rad (1 048 576). Där finns troligen ett enstaka värde långt ner; Ctrl+End visar var. Ta bort det och försök igen. Inget lästes.`,
    en: `Sheet ${sheet} has a used range ${address} that reaches the sheet's last row (1,048,576). There is probably a stray value far down; Ctrl+End shows where. Delete it and try again. Nothing was read.`,
  }),
  usedRangeTooLarge: (sheet: string, address: string): LocalizedText => ({
    sv: `Bladet ${sheet} har ett använt område ${address} som är för stort att läsa. Ta bort innehåll långt ner eller till höger och försök igen.`,
    en: `Sheet ${sheet} has a used range ${address} that is too large to read. Delete content far down or to the right and try again.`,
  }),
  /** An Office error without a mapped code keeps Excel's own code and text, so a support request can name it. */
  unknownOfficeError: (code: string, message: string): LocalizedText => ({
    sv: `${PORT_ERROR_MESSAGES.general.sv} (${code}: ${message})`,
    en: `${PORT_ERROR_MESSAGES.general.en} (${code}: ${message})`,
  }),
} as const;
