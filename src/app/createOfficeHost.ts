import {
  type HostCapabilities,
  type HostPlatform,
  type PresentationEvents,
  type PresentationOpenResult,
} from '../port/HostCapabilities';

/** Office dialog sizes are % of the screen: nearly full, so it can be moved to the projector and maximized. */
const DIALOG_SIZE_PERCENT = 90;

/** Office errors of displayDialogAsync that mean "blocked here", not "broken" (learn.microsoft.com, dialog-handle-errors-events). */
const BLOCKED_CODES = new Set([12007, 12009, 12011]);

/** DialogEventReceived codes: 12002 page not found / 12003 not https / 12006 closed by the user. */
const DIALOG_GONE_CODES = new Set([12002, 12003, 12006]);

/** The host's capabilities in Office: read once, after Office.onReady. */
export function createOfficeHost(): HostCapabilities {
  const platform = officePlatform();
  return {
    platform,
    // Excel for Mac's webview ignores <a download> (office-js issues 2700, 3385, 4681).
    canDownload: platform !== 'mac',
    presentInWindow: true,
    openPresentation: openPresentationDialog,
  };
}

/** `Office.context.platform` in our words. */
export function officePlatform(): HostPlatform {
  const p = Office.context?.platform;
  if (p === Office.PlatformType.Mac) return 'mac';
  if (p === Office.PlatformType.PC || p === Office.PlatformType.Universal) return 'windows';
  if (p === Office.PlatformType.OfficeOnline) return 'web';
  if (p === Office.PlatformType.iOS) return 'ios';
  if (p === Office.PlatformType.Android) return 'android';
  return 'unknown';
}

/**
 * Opens presentation.html as an Office dialog (its own window, `displayInIframe: false`, so it can go to the
 * projector). Messages: the dialog's `messageParent` arrives as DialogMessageReceived; the pane answers with
 * `dialog.messageChild` (DialogApi 1.2). Without DialogApi 1.2 the result is 'unsupported' and the pane shows the
 * view itself.
 */
function openPresentationDialog(events: PresentationEvents): Promise<PresentationOpenResult> {
  if (!Office.context.requirements.isSetSupported('DialogApi', '1.2'))
    return Promise.resolve({ ok: false, reason: 'unsupported' });
  const url = new URL('presentation.html', window.location.href).href;
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(
      url,
      { height: DIALOG_SIZE_PERCENT, width: DIALOG_SIZE_PERCENT, displayInIframe: false },
      (result) => {
        if (result.status === Office.AsyncResultStatus.Failed) {
          const code = result.error.code;
          resolve({
            ok: false,
            reason: BLOCKED_CODES.has(code) ? 'blocked' : 'failed',
            code,
            message: result.error.message,
          });
          return;
        }
        const dialog = result.value;
        let open = true;
        const gone = () => {
          if (!open) return;
          open = false;
          events.onClosed();
        };
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
          if ('message' in arg) events.onMessage(arg.message);
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
          if ('error' in arg && DIALOG_GONE_CODES.has(arg.error)) gone();
        });
        resolve({
          ok: true,
          link: {
            send: (text) => {
              if (open) dialog.messageChild(text);
            },
            close: () => {
              if (!open) return;
              open = false;
              dialog.close();
            },
          },
        });
      },
    );
  });
}
