import { useCallback, useEffect, useState } from 'react';
import { type PortError, type SheetInfo, type WorkbookPort } from '../port/WorkbookPort';

/** The workbook's sheets and the active one, kept current through onSheetsChanged. */
export interface SheetListState {
  readonly loading: boolean;
  readonly sheets: readonly SheetInfo[];
  readonly active: string | null;
  readonly error: PortError | null;
  readonly reload: () => void;
}

export function useSheetList(port: WorkbookPort): SheetListState {
  const [state, setState] = useState<Omit<SheetListState, 'reload'>>({
    loading: true,
    sheets: [],
    active: null,
    error: null,
  });
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => port.onSheetsChanged(reload), [port, reload]);

  useEffect(() => {
    let current = true;
    void Promise.all([port.listSheets(), port.activeSheet()]).then(([list, active]) => {
      if (!current) return;
      if (!list.ok) setState({ loading: false, sheets: [], active: null, error: list.error });
      else
        setState({
          loading: false,
          sheets: list.value,
          active: active.ok ? active.value : null,
          error: null,
        });
    });
    return () => {
      current = false;
    };
  }, [port, version]);

  return { ...state, reload };
}
