import { useEffect, type RefObject } from 'react';
import { type SheetInfo, type WorkbookPort } from '../port/WorkbookPort';
import { sameSheetList } from './state/sameSheetList';

/** Milliseconds a burst of sheet events (activating tabs) is left to settle before the list is compared. */
export const SHEET_EVENT_DELAY_MS = 300;

/**
 * Follows the workbook's sheet events: the active sheet is read again at once; `onChanged` runs only when
 * sheets were added, removed, renamed or shown/hidden (or the list cannot be read), so activating a tab re-reads
 * nothing.
 */
export function useSheetEvents(
  port: WorkbookPort,
  known: RefObject<readonly SheetInfo[] | null>,
  onActive: (sheet: string | null) => void,
  onChanged: () => void,
): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let current = true;
    const compare = async () => {
      const list = await port.listSheets();
      if (current && (!list.ok || !known.current || !sameSheetList(list.value, known.current))) onChanged();
    };
    const unsubscribe = port.onSheetsChanged(() => {
      // The active sheet follows at once (the user just clicked a tab); the list is compared once events settle.
      void port
        .activeSheet()
        .then((active) => current && onActive(active.ok ? active.value : null))
        .catch(() => current && onActive(null));
      clearTimeout(timer);
      timer = setTimeout(() => void compare().catch(() => current && onChanged()), SHEET_EVENT_DELAY_MS);
    });
    return () => {
      current = false;
      clearTimeout(timer);
      unsubscribe();
    };
  }, [port, known, onActive, onChanged]);
}
