import { createRoot } from 'react-dom/client';
import { langFromTag } from '../i18n/Lang';
import { t } from '../i18n/strings';
import { type PresentationChannel, PresentationWindow } from '../taskpane/meeting/PresentationWindow';
import { officePlatform } from './createOfficeHost';
import { pageElement } from './pageElement';

/**
 * The presentation window's composition root. Opened by the preview (`?host=preview`): it talks to its opener
 * with postMessage. Opened by Excel as a dialog: it loads office.js and talks with messageParent /
 * DialogParentMessageReceived. Either way the pane holds the session and this page only shows it.
 */
const params = new URLSearchParams(location.search);
const lang = langFromTag(params.get('lang') ?? navigator.language);
const root = createRoot(pageElement('root'));

if (params.get('host') === 'preview') {
  const opener = window.opener as Window | null;
  const channel: PresentationChannel = {
    send: (text) => opener?.postMessage(text, location.origin),
    subscribe: (onText) => {
      const listener = (e: MessageEvent) => {
        if (e.source === opener && e.origin === location.origin && typeof e.data === 'string') onText(e.data);
      };
      window.addEventListener('message', listener);
      return () => window.removeEventListener('message', listener);
    },
  };
  root.render(<PresentationWindow channel={channel} lang={lang} onLeave={() => window.close()} />);
} else {
  void loadOfficeJs().then((loaded) => {
    // Blocked or offline: say so in the window instead of leaving it blank.
    if (!loaded) {
      root.render(<p style={{ padding: 16 }}>{t(lang, 'office.presentationOffline')}</p>);
      return;
    }
    void Office.onReady().then(() => {
      root.render(
        <PresentationWindow
          channel={officeChannel()}
          lang={langFromTag(Office.context.displayLanguage)}
          // The pane closes the dialog when it hears `closed` (a dialog cannot close itself everywhere).
          onLeave={() => undefined}
          canDownload={officePlatform() !== 'mac'}
        />,
      );
    });
  });
}

/**
 * office.js from Microsoft's CDN (the same URL the task pane uses), only when running inside Office; false when it
 * could not be fetched (a network that blocks the CDN is an expected problem, not a bug).
 */
function loadOfficeJs(): Promise<boolean> {
  return new Promise((resolve) => {
    const script = document.createElement('script');
    script.src = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
    script.onload = () => resolve(true);
    script.onerror = () => resolve(false);
    document.head.appendChild(script);
  });
}

/**
 * messageParent out, DialogParentMessageReceived in. Sends wait until the handler is registered, so the pane's
 * answer to `ready` cannot arrive before anyone listens.
 */
function officeChannel(): PresentationChannel {
  const listeners = new Set<(text: string) => void>();
  const registered = new Promise<void>((resolve) =>
    Office.context.ui.addHandlerAsync(
      Office.EventType.DialogParentMessageReceived,
      (arg) => listeners.forEach((l) => l(arg.message)),
      () => resolve(),
    ),
  );
  return {
    send: (text) => void registered.then(() => Office.context.ui.messageParent(text)),
    subscribe: (onText) => {
      listeners.add(onText);
      return () => listeners.delete(onText);
    },
  };
}
