import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import {
  type HostCapabilities,
  type PresentationLink,
  type PresentationOpenFailure,
} from '../../port/HostCapabilities';
import {
  decodeWindowMessage,
  encodePaneMessage,
  type PresentationCommand,
  type PresentationSnapshot,
} from './presentationProtocol';

/** The pane's handle on the presentation window. */
export interface PresentationWindowControl {
  readonly status: 'closed' | 'opening' | 'open';
  /** Why the last open failed (cleared by the next open). */
  readonly failure?: PresentationOpenFailure;
  /** Opens the window; false when the host refused (the caller then shows the in-pane view). */
  readonly open: () => Promise<boolean>;
  readonly close: () => void;
}

/**
 * Keeps a presentation window in step with the pane: every new snapshot is sent once the window said `ready`,
 * and the window's commands go to `onCommand` (the session). Undefined when the host has no window to offer.
 */
export function usePresentationWindow(
  host: HostCapabilities,
  snapshot: PresentationSnapshot,
  onCommand: (command: PresentationCommand) => void,
): PresentationWindowControl | undefined {
  const [status, setStatus] = useState<PresentationWindowControl['status']>('closed');
  const [failure, setFailure] = useState<PresentationOpenFailure>();
  const link = useRef<PresentationLink | null>(null);
  const ready = useRef(false);
  const latest = useRef(snapshot);
  const command = useRef(onCommand);
  // Refs follow the props after each render (never during it), before the effect below sends the snapshot.
  useLayoutEffect(() => {
    latest.current = snapshot;
    command.current = onCommand;
  });
  const openWindow = host.openPresentation;

  const send = useCallback(() => {
    if (link.current && ready.current)
      link.current.send(encodePaneMessage({ v: 1, type: 'state', snapshot: latest.current }));
  }, []);

  const forget = useCallback(() => {
    link.current = null;
    ready.current = false;
    setStatus('closed');
  }, []);

  const close = useCallback(() => {
    const current = link.current;
    forget();
    current?.close();
  }, [forget]);

  const open = useCallback(async () => {
    if (!openWindow) return false;
    if (link.current) return true;
    setFailure(undefined);
    setStatus('opening');
    const result = await openWindow({
      onMessage: (text) => {
        const message = decodeWindowMessage(text);
        if (!message) return;
        if (message.type === 'ready') {
          ready.current = true;
          send();
        } else if (message.type === 'command') command.current(message.command);
        else close();
      },
      onClosed: forget,
    });
    if (!result.ok) {
      const { ok: _failed, ...why } = result;
      setFailure(why);
      setStatus('closed');
      return false;
    }
    link.current = result.link;
    setStatus('open');
    return true;
  }, [openWindow, send, close, forget]);

  // Every change in the pane (what-if, undo, scenario switch) goes to the window at once.
  useEffect(send, [snapshot, send]);
  // The window belongs to the pane: it goes when the pane's meeting tools go.
  useEffect(() => () => link.current?.close(), []);

  if (!openWindow) return undefined;
  return { status, ...(failure ? { failure } : {}), open, close };
}
