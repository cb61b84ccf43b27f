import { FluentProvider, makeStyles, webLightTheme } from '@fluentui/react-components';
import { useCallback, useEffect, useState, type KeyboardEvent } from 'react';
import { type Lang } from '../../i18n/Lang';
import { runHistoryShortcut } from '../commands/historyCommands';
import { StringsProvider, useStrings } from '../StringsContext';
import { useDocumentLanguage } from '../useDocumentLanguage';
import { PresentationSnapshotView } from './PresentationSnapshotView';
import {
  decodePaneMessage,
  encodeWindowMessage,
  type PresentationCommand,
  type PresentationSnapshot,
} from './presentationProtocol';

/** The window's side of the link to the pane (Office: messageParent / DialogParentMessageReceived; preview: postMessage). */
export interface PresentationChannel {
  readonly send: (text: string) => void;
  /** Calls `onText` with every message from the pane; returns the unsubscribe. */
  readonly subscribe: (onText: (text: string) => void) => () => void;
}

export interface PresentationWindowProps {
  readonly channel: PresentationChannel;
  /** Language until the first snapshot says otherwise. */
  readonly lang: Lang;
  /** The user left the presentation: the composition root closes the window (the pane was told). */
  readonly onLeave: () => void;
  /** False in Excel for Mac (no `<a download>`): the chart is copied instead. */
  readonly canDownload?: boolean;
}

const useStyles = makeStyles({
  wait: { padding: '40px', fontSize: '28px' },
});

/**
 * The presentation window: PresentationView over the pane's latest snapshot, with the what-if knobs, undo/redo
 * and a scenario switch sent back to the pane as commands. It holds no session of its own.
 */
export function PresentationWindow(props: PresentationWindowProps) {
  const [snapshot, setSnapshot] = useState<PresentationSnapshot>();
  const { channel, onLeave } = props;
  const lang = snapshot?.lang ?? props.lang;

  useEffect(() => {
    const unsubscribe = channel.subscribe((text) => {
      const message = decodePaneMessage(text);
      if (message) setSnapshot(message.snapshot);
    });
    channel.send(encodeWindowMessage({ v: 1, type: 'ready' }));
    return unsubscribe;
  }, [channel]);

  const command = useCallback(
    (c: PresentationCommand) => channel.send(encodeWindowMessage({ v: 1, type: 'command', command: c })),
    [channel],
  );
  const leave = useCallback(() => {
    channel.send(encodeWindowMessage({ v: 1, type: 'closed' }));
    onLeave();
  }, [channel, onLeave]);
  const history = snapshot && {
    canUndo: snapshot.canUndo,
    canRedo: snapshot.canRedo,
    onUndo: () => command({ kind: 'undo' }),
    onRedo: () => command({ kind: 'redo' }),
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (history) runHistoryShortcut(e, (a) => command({ kind: a.type }), history);
  };

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <StringsProvider lang={lang}>
        <WindowTitle />
        {snapshot && history ? (
          <div onKeyDown={onKeyDown} data-testid="presentation-window">
            <PresentationSnapshotView
              snapshot={snapshot}
              command={command}
              history={history}
              onLeave={leave}
              canDownload={props.canDownload ?? true}
            />
          </div>
        ) : (
          <Waiting />
        )}
      </StringsProvider>
    </FluentProvider>
  );
}

function WindowTitle() {
  useDocumentLanguage('meeting.window.title');
  return null;
}

/** Until the pane's first snapshot arrives. */
function Waiting() {
  const { t } = useStrings();
  const styles = useStyles();
  return (
    <p className={styles.wait} role="status">
      {t('meeting.window.waiting')}
    </p>
  );
}
