import {
  type HostCapabilities,
  type PresentationEvents,
  type PresentationOpenResult,
} from '../../port/HostCapabilities';

/** How often the preview checks whether the user closed the presentation window (no close event exists). */
const CLOSED_POLL_MS = 400;

/**
 * The preview host's capabilities: downloads work, and the presentation window is presentation.html opened with
 * window.open and spoken to with postMessage (same origin only) — the same protocol as the Office dialog.
 * `?platform=mac` in the preview's address plays Excel for Mac (no downloads: copy instead).
 */
export function createPreviewHost(search: string): HostCapabilities {
  const mac = new URLSearchParams(search).get('platform') === 'mac';
  return {
    platform: mac ? 'mac' : 'browser',
    canDownload: !mac,
    presentInWindow: false,
    openPresentation: openPresentationWindow,
  };
}

function openPresentationWindow(events: PresentationEvents): Promise<PresentationOpenResult> {
  const url = new URL('presentation.html?host=preview', window.location.href).href;
  const win = window.open(url, 'lansnyckel-presentation', 'popup,width=1600,height=900');
  if (!win) return Promise.resolve({ ok: false, reason: 'blocked' });
  const origin = window.location.origin;
  let open = true;
  const onMessage = (e: MessageEvent) => {
    if (e.source === win && e.origin === origin && typeof e.data === 'string') events.onMessage(e.data);
  };
  const stop = () => {
    open = false;
    window.removeEventListener('message', onMessage);
    clearInterval(poll);
  };
  const poll = setInterval(() => {
    if (!win.closed) return;
    stop();
    events.onClosed();
  }, CLOSED_POLL_MS);
  window.addEventListener('message', onMessage);
  return Promise.resolve({
    ok: true,
    link: {
      send: (text) => {
        if (open && !win.closed) win.postMessage(text, origin);
      },
      close: () => {
        if (!open) return;
        stop();
        win.close();
      },
    },
  });
}
