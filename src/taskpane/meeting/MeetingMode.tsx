import { Button, makeStyles, ToggleButton, tokens } from '@fluentui/react-components';
import { SlideTextRegular, WindowNewRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useCallback, useRef, useState, type KeyboardEvent } from 'react';
import { type Allocation } from '../../domain/allocation/Allocation';
import { type UnitDiff } from '../../domain/allocation/diffAllocations';
import { type PlanJson } from '../../domain/plan/planSchema';
import { describePlanSentence } from '../../output/describePlanSentence';
import { runHistoryShortcut } from '../commands/historyCommands';
import { useStrings } from '../StringsContext';
import { PresentationWindowNotice } from './PresentationWindowNotice';
import { WhatIfPanel, type WhatIfHistory } from './WhatIfPanel';
import { type KnobId } from './whatIfKnobs';
import { type PresentationWindowControl } from './usePresentationWindow';

// Presentation mode is opened for a meeting, not on every pane load: its view (table, chart, copy for memo) loads
// then.
const PresentationView = lazy(() =>
  import('./PresentationView').then((m) => ({ default: m.PresentationView })),
);

export interface MeetingModeProps {
  /** The active scenario's plan and result. */
  readonly plan: PlanJson;
  readonly allocation?: Allocation;
  /** Δ per unit against the other scenario (the session's diff), and that scenario's name. */
  readonly diff?: readonly UnitDiff[];
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
});

/**
 * The "Presentationsläge" toggle and, when on, the presentation view with the what-if panel. Ctrl+Z / Ctrl+Y
 * (Cmd on a Mac) anywhere inside undo and redo the what-if changes through the session's history.
 */
export function MeetingMode(props: MeetingModeProps) {
  const { t } = useStrings();
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
  // The toggle is the bar's first button: focus returns there when the view closes.
  const bar = useRef<HTMLDivElement>(null);
  const exit = useCallback(() => {
    setOn(false);
    bar.current?.querySelector('button')?.focus();
  }, []);
  const history = props.history;
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // The what-if panel handles its own shortcut first (and prevents the default); this covers the rest.
    if (history)
      runHistoryShortcut(e, (a) => (a.type === 'undo' ? history.onUndo() : history.onRedo()), history);
  };
  return (
    <div onKeyDown={onKeyDown} data-testid="meeting-mode">
      <div className={styles.bar} ref={bar}>
        <ToggleButton
          icon={<SlideTextRegular />}
          checked={on || windowOpen}
          onClick={onToggle}
          disabled={!props.allocation}
        >
          {t('meeting.present')}
        </ToggleButton>
        {win && !props.presentInWindow && (
          <Button
            icon={<WindowNewRegular />}
            onClick={() => void openWindow()}
            disabled={!props.allocation || windowOpen}
          >
            {t('meeting.window.open')}
          </Button>
        )}
      </div>
      {win && <PresentationWindowNotice win={win} inPane={on} history={history} />}
      {on && props.allocation && (
        <Suspense fallback={null}>
          <InPanePresentation {...props} allocation={props.allocation} onExit={exit} />
        </Suspense>
      )}
    </div>
  );
}

/** The presentation view inside the pane, with the what-if panel above its table. */
function InPanePresentation(props: MeetingModeProps & { allocation: Allocation; onExit: () => void }) {
  const { lang } = useStrings();
  const { history, onMemoCopied, onPlanChange } = props;
  const sentence = describePlanSentence(props.plan, lang);
  const change = useCallback(
    (next: PlanJson, meta: { knob: KnobId; final: boolean }) =>
      onPlanChange(next, meta.final ? undefined : `what-if-${meta.knob}`),
    [onPlanChange],
  );
  return (
    <PresentationView
      allocation={props.allocation}
      diff={props.diff}
      compareName={props.compareName}
      planSentence={sentence}
      onExit={props.onExit}
      canDownload={props.canDownload ?? true}
      memo={{
        keyInWords: sentence,
        ...(props.source ? { source: props.source } : {}),
        date: new Date().toISOString().slice(0, 10),
      }}
      {...(onMemoCopied ? { onMemoCopied: (memo) => onMemoCopied(memo.html, memo.tsv) } : {})}
      whatIf={
        <WhatIfPanel
          plan={props.plan}
          onPlanChange={change}
          lang={lang}
          unitCount={props.allocation.units.length}
          {...(history ? { history } : {})}
          large
        />
      }
    />
  );
}
