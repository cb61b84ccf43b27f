import { ExcelWorkbookPort } from '../excel/ExcelWorkbookPort';
import { type WorkbookPort } from '../port/WorkbookPort';

/** The WorkbookPort over Office.js; background errors (event registration) are logged, never dropped. */
export function createOfficePort(): WorkbookPort {
  return new ExcelWorkbookPort(undefined, { reportError: (error) => console.error('Länsnyckel:', error) });
}
