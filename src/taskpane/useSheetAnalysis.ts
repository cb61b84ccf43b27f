import { useEffect, useState } from 'react';
import { type PortError, type WorkbookPort } from '../port/WorkbookPort';
import { type Grid } from '../workbook/Grid';
import { type AnalyzeSheet, type SheetAnalysis } from './AnalyzeSheet';

/** One sheet read through the port, with its tables and findings. */
export interface SheetAnalysisState {
  readonly loading: boolean;
  readonly grid: Grid | null;
  readonly analysis: SheetAnalysis | null;
  readonly error: PortError | null;
}

const IDLE: SheetAnalysisState = { loading: false, grid: null, analysis: null, error: null };

export function useSheetAnalysis(
  port: WorkbookPort,
  sheet: string | null,
  analyze: AnalyzeSheet,
  version: number,
): SheetAnalysisState {
  const [state, setState] = useState<SheetAnalysisState>({ ...IDLE, loading: sheet !== null });

  useEffect(() => {
    if (sheet === null) return;
    let current = true;
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    void port.readSheet(sheet, { signal: controller.signal }).then((read) => {
      if (!current) return;
      if (!read.ok) setState({ ...IDLE, error: read.error });
      else
        setState({
          loading: false,
          grid: read.value,
          analysis: analyze(read.value),
          error: null,
        });
    });
    return () => {
      current = false;
      controller.abort();
    };
  }, [port, sheet, analyze, version]);

  return sheet === null ? IDLE : state;
}
