import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { ArrowRedoRegular, ArrowUndoRegular, DismissRegular } from '@fluentui/react-icons';
import { useStrings } from '../StringsContext';
import { type PresentationWindowControl } from './usePresentationWindow';
import { type WhatIfHistory } from './WhatIfPanel';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  notice: { marginTop: tokens.spacingVerticalS },
});

/**
 * The pane's side of an open presentation window (undo, redo, close), or, when the window was refused and the
 * view opened in the pane instead (`inPane`), why.
 */
export function PresentationWindowNotice(props: {
  win: PresentationWindowControl;
  inPane: boolean;
  history: WhatIfHistory | undefined;
}) {
  const { t } = useStrings();
  const styles = useStyles();
  const { win, history } = props;
  if (win.status !== 'closed')
    return (
      <MessageBar intent="info" className={styles.notice} data-testid="presentation-window-open">
        <MessageBarBody>
          {t(win.status === 'opening' ? 'meeting.window.opening' : 'meeting.window.isOpen')}{' '}
          <span className={styles.bar}>
            {history && (
              <>
                <Button
                  size="small"
                  icon={<ArrowUndoRegular />}
                  disabled={!history.canUndo}
                  onClick={history.onUndo}
                >
                  {t('meeting.undo')}
                </Button>
                <Button
                  size="small"
                  icon={<ArrowRedoRegular />}
                  disabled={!history.canRedo}
                  onClick={history.onRedo}
                >
                  {t('meeting.redo')}
                </Button>
              </>
            )}
            <Button size="small" icon={<DismissRegular />} onClick={win.close}>
              {t('meeting.window.close')}
            </Button>
          </span>
        </MessageBarBody>
      </MessageBar>
    );
  if (!props.inPane || !win.failure) return null;
  return (
    <MessageBar intent="warning" className={styles.notice} role="status">
      <MessageBarBody>
        {t('meeting.window.blocked', {
          reason: win.failure.code === undefined ? win.failure.reason : String(win.failure.code),
        })}
      </MessageBarBody>
    </MessageBar>
  );
}
