import { type WorkbookPort } from '../port/WorkbookPort';

/**
 * The WorkbookPort over Office.js. Returns undefined until src/excel's ExcelWorkbookPort lands; the task pane
 * then shows a clear message instead of a half-working pane.
 */
export function createOfficePort(): WorkbookPort | undefined {
  return undefined;
}
