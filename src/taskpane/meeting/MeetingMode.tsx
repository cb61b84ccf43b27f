import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ToggleButton,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowRedoRegular,
  ArrowUndoRegular,
  DismissRegular,
  SlideTextRegular,
  WindowNewRegular,
} from '@fluentui/react-icons';
import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import { type Allocation } from '../../domain/allocation/Allocation';
import { type PlanJson } from '../../domain/plan/planSchema';
import { type Lang } from '../../i18n/Lang';
import { t } from '../../i18n/strings';
import { describePlanSentence } from '../../output/describePlanSentence';
import { runHistoryShortcut } from '../commands/historyCommands';
import { PresentationView } from './PresentationView';
import { WhatIfPanel, type WhatIfHistory } from './WhatIfPanel';
import { type KnobId } from './whatIfKnobs';
import { type PresentationWindowControl } from './usePresentationWindow';

export interface MeetingModeProps {
  readonly lang: Lang;
  /** The active scenario's plan and result. */
  readonly plan: PlanJson;
  readonly allocation?: Allocation;
  /** The other scenario's result and name, for Δ per unit. */
  readonly compare?: Allocation;
  readonly compareName?: string;
  /** Plan edits from the what-if knobs; `coalesce` is set while a slider is dragged (one undo step per drag). */
  readonly onPlanChange: (next: PlanJson, coalesce: string | undefined) => void;
  readonly history?: WhatIfHistory;
  /** Source table for the memo's key/source line. */
  readonly source?: { readonly sheet: string; readonly range?: string };
  /** Called after "Kopiera för beslutsunderlag" put the memo on the clipboard, with what it put there. */
  readonly onMemoCopied?: (html: string, tsv: string) => void;
  /** False where `<a download>` does nothing (Excel for Mac): the chart is copied instead of saved. */
  readonly canDownload?: boolean;
  /** The presentation window, when the host can open one (Office dialog, preview window). */
  readonly presentationWindow?: PresentationWindowControl;
  /** "Presentationsläge" opens the window first (Excel); otherwise the window is a second button (preview). */
  readonly presentInWindow?: boolean;
}

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  notice: { marginTop: tokens.spacingVerticalS },
});

/**
 * The "Presentationsläge" toggle and, when on, the presentation view with the what-if panel. Ctrl+Z / Ctrl+Y
 * (Cmd on a Mac) anywhere inside undo and redo the what-if changes through the session's history.
 */
export function MeetingMode(props: MeetingModeProps) {
  const styles = useStyles();
  const [on, setOn] = useState(false);
  const win = props.presentationWindow;
  const windowOpen = win !== undefined && win.status !== 'closed';
  const openWindow = async () => {
    // Blocked (another dialog open, popup blocker, no DialogApi 1.2): the view opens in the pane instead.
    if (win && !(await win.open())) setOn(true);
  };
  const onToggle = () => {
    if (windowOpen) return win.close();
    if (on) return setOn(false);
    if (props.presentInWindow && win) return void openWindow();
    setOn(true);
  };
  const toggle = useRef<HTMLButtonElement>(null);
  const exit = useCallback(() => {
    setOn(false);
    toggle.current?.focus();
  }, []);
  const sentence = describePlanSentence(props.plan, props.lang);
  const onPlanChange = props.onPlanChange;
  const change = useCallback(
    (next: PlanJson, meta: { knob: KnobId; final: boolean }) =>
      onPlanChange(next, meta.final ? undefined : `what-if-${meta.knob}`),
    [onPlanChange],
  );
  const history = props.history;
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // The what-if panel handles its own shortcut first (and prevents the default); this covers the rest.
    if (history)
      runHistoryShortcut(e, (a) => (a.type === 'undo' ? history.onUndo() : history.onRedo()), history);
  };
  const onMemoCopied = props.onMemoCopied;
  const unitCount = props.allocation?.units.length;
  return (
    <div onKeyDown={onKeyDown} data-testid="meeting-mode">
      <div className={styles.bar}>
        <ToggleButton
          ref={toggle}
          icon={<SlideTextRegular />}
          checked={on || windowOpen}
          onClick={onToggle}
          disabled={!props.allocation}
        >
          {t(props.lang, 'meeting.present')}
        </ToggleButton>
        {win && !props.presentInWindow && (
          <Button
            icon={<WindowNewRegular />}
            onClick={() => void openWindow()}
            disabled={!props.allocation || windowOpen}
          >
            {t(props.lang, 'meeting.window.open')}
          </Button>
        )}
      </div>
      {windowOpen && (
        <MessageBar intent="info" className={styles.notice} data-testid="presentation-window-open">
          <MessageBarBody>
            {t(props.lang, win.status === 'opening' ? 'meeting.window.opening' : 'meeting.window.isOpen')}{' '}
            <span className={styles.bar}>
              {history && (
                <>
                  <Button
                    size="small"
                    icon={<ArrowUndoRegular />}
                    disabled={!history.canUndo}
                    onClick={history.onUndo}
                  >
                    {t(props.lang, 'meeting.undo')}
                  </Button>
                  <Button
                    size="small"
                    icon={<ArrowRedoRegular />}
                    disabled={!history.canRedo}
                    onClick={history.onRedo}
                  >
                    {t(props.lang, 'meeting.redo')}
                  </Button>
                </>
              )}
              <Button size="small" icon={<DismissRegular />} onClick={win.close}>
                {t(props.lang, 'meeting.window.close')}
              </Button>
            </span>
          </MessageBarBody>
        </MessageBar>
      )}
      {on && win?.failure && (
        <MessageBar intent="warning" className={styles.notice} role="status">
          <MessageBarBody>
            {t(props.lang, 'meeting.window.blocked', {
              reason: win.failure.code === undefined ? win.failure.reason : String(win.failure.code),
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {on && props.allocation && (
        <PresentationView
          allocation={props.allocation}
          compare={props.compare}
          compareName={props.compareName}
          planSentence={sentence}
          lang={props.lang}
          onExit={exit}
          canDownload={props.canDownload ?? true}
          memo={{ keyInWords: sentence, source: props.source, date: new Date().toISOString().slice(0, 10) }}
          {...(onMemoCopied ? { onMemoCopied: (memo) => onMemoCopied(memo.html, memo.tsv) } : {})}
          whatIf={
            <WhatIfPanel
              plan={props.plan}
              onPlanChange={change}
              lang={props.lang}
              unitCount={unitCount}
              history={props.history}
              large
            />
          }
        />
      )}
    </div>
  );
}
