import { type LocalizedText } from '../domain/findings/Finding';
import { type PortErrorCode } from '../port/WorkbookPort';

/** The adapter's user-facing texts for each PortError code, Swedish first. */
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
