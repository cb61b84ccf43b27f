import { useEffect, type RefObject } from 'react';
import { type SheetInfo, type WorkbookPort } from '../port/WorkbookPort';
import { sameSheetList } from './state/sameSheetList';

/** Milliseconds a burst of sheet events (activating tabs) is left to settle before the list is compared. */
export const SHEET_EVENT_DELAY_MS = 300;

/**
 * Follows the workbook's sheet events: the active sheet is read again each time; `onChanged` runs only when
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
    const settle = async () => {
      const [list, active] = await Promise.all([port.listSheets(), port.activeSheet()]);
      if (!current) return;
      onActive(active.ok ? active.value : null);
      if (!list.ok || !known.current || !sameSheetList(list.value, known.current)) onChanged();
    };
    const unsubscribe = port.onSheetsChanged(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void settle().catch(() => current && onChanged()), SHEET_EVENT_DELAY_MS);
    });
    return () => {
      current = false;
      clearTimeout(timer);
      unsubscribe();
    };
  }, [port, known, onActive, onChanged]);
}
