/** What the gate needs from the page and Office (injected so that the rule can be tested without either). */
export interface VisibilitySources {
  /** `document.visibilityState === 'visible'` now. */
  readonly pageVisible: () => boolean;
  /** `document.addEventListener('visibilitychange', …)`. */
  readonly onPageVisibility: (listener: () => void) => void;
  /** `Office.addin.onVisibilityModeChanged` (SharedRuntime 1.1), where available; called with 'Taskpane' or 'Hidden'. */
  readonly onPaneVisibility?: (listener: (mode: string) => void) => void;
}

/**
 * Runs `start` once, when the task pane is first shown. With the shared runtime Office may load this page hidden
 * (for the custom functions, or at document open), and the pane then must not read every sheet of a workbook the
 * user has not opened it on; Office reports showing it through `Office.addin.onVisibilityModeChanged`.
 */
export function whenPaneVisible(sources: VisibilitySources, start: () => void): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    start();
  };
  if (sources.pageVisible()) {
    once();
    return;
  }
  sources.onPaneVisibility?.((mode) => {
    if (mode === 'Taskpane') once();
  });
  sources.onPageVisibility(() => {
    if (sources.pageVisible()) once();
  });
}
