/**
 * How the adapter reaches Excel: `Excel.run` plus requirement-set detection. Injected so that tests can run the
 * adapter against the strict fake in tests/helpers/fakeExcel, and so nothing here touches globals at import time.
 */
export interface ExcelHost {
  /** Runs a batch; with `context`, reuses that request context (needed to remove event handlers). */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>, context?: Excel.RequestContext): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}

/** The real host: Office.js globals, available once `Office.onReady` has resolved. */
export function officeExcelHost(): ExcelHost {
  return {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>, context?: Excel.RequestContext) =>
      context ? Excel.run(context, batch) : Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}
