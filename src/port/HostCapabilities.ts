/** The platform the add-in runs on (Office.context.platform), or 'browser' for the preview host. */
export type HostPlatform = 'windows' | 'mac' | 'web' | 'ios' | 'android' | 'browser' | 'unknown';

/** A live link to the presentation window: text messages both ways (the protocol is the task pane's). */
export interface PresentationLink {
  /** Sends one message to the window (Office: `dialog.messageChild`; preview: `postMessage`). */
  readonly send: (text: string) => void;
  /** Closes the window (Office: `dialog.close()`); the pane then shows itself again. */
  readonly close: () => void;
}

/** What the pane hears from the presentation window. */
export interface PresentationEvents {
  /** A message from the window (Office: `messageParent`; preview: `postMessage`), as sent. */
  readonly onMessage: (text: string) => void;
  /** The window is gone (closed by the user, navigated away, or unloaded). */
  readonly onClosed: () => void;
}

/**
 * Why the window did not open. 'blocked': the host refused the dialog or popup (Office 12007 another dialog open,
 * 12009 the user ignored it, 12011 popup blocker, or a browser popup blocker); 'unsupported': no DialogApi 1.2 here.
 */
export type PresentationOpenFailure = {
  readonly reason: 'blocked' | 'unsupported' | 'failed';
  /** The Office error code, when there is one. */
  readonly code?: number;
  readonly message?: string;
};

export type PresentationOpenResult =
  { readonly ok: true; readonly link: PresentationLink } | ({ readonly ok: false } & PresentationOpenFailure);

/**
 * What the host the pane runs in can do, decided by the composition root (src/app) so the pane never reads
 * `Office.*` itself.
 */
export interface HostCapabilities {
  readonly platform: HostPlatform;
  /**
   * `<a download>` saves a file. False in Excel for Mac, whose webview ignores it (office-js issues 2700, 3385,
   * 4681): the pane then offers "Kopiera" instead of a dead link.
   */
  readonly canDownload: boolean;
  /** Opens the presentation window (Office dialog or browser window); absent when the host has none. */
  readonly openPresentation?: (events: PresentationEvents) => Promise<PresentationOpenResult>;
  /**
   * True where "Presentationsläge" should open the window first (Excel, where the pane is narrow); false where the
   * in-pane view is the default and the window is a second button (the preview host).
   */
  readonly presentInWindow?: boolean;
}

/** A host that can download and has no presentation window (tests, and hosts that say nothing). */
export const DEFAULT_HOST: HostCapabilities = { platform: 'unknown', canDownload: true };
