import {
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  webLightTheme,
} from '@fluentui/react-components';
import { useCallback, useEffect, useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { diffAllocations } from '../../domain/allocation/diffAllocations';
import { type PlanJson } from '../../domain/plan/planSchema';
import { type Lang } from '../../i18n/Lang';
import { t as translate } from '../../i18n/strings';
import { describePlanSentence } from '../../output/describePlanSentence';
import { StringsProvider, useStrings } from '../StringsContext';
import { historyShortcut } from './historyShortcut';
import { PresentationView } from './PresentationView';
import {
  decodePaneMessage,
  encodeWindowMessage,
  type PresentationCommand,
  type PresentationSnapshot,
} from './presentationProtocol';
import { WhatIfPanel } from './WhatIfPanel';
import { type KnobId } from './whatIfKnobs';

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
  scenario: { display: 'flex', alignItems: 'center', gap: '8px', '& select': { fontSize: 'inherit' } },
});

/**
 * The presentation window: PresentationView over the pane's latest snapshot, with the what-if knobs, undo/redo
 * and a scenario switch sent back to the pane as commands. It holds no session of its own.
 */
export function PresentationWindow(props: PresentationWindowProps) {
  const styles = useStyles();
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

  useEffect(() => {
    document.title = translate(lang, 'meeting.window.title');
    document.documentElement.lang = lang;
  }, [lang]);

  const command = useCallback(
    (c: PresentationCommand) => channel.send(encodeWindowMessage({ v: 1, type: 'command', command: c })),
    [channel],
  );
  const leave = useCallback(() => {
    channel.send(encodeWindowMessage({ v: 1, type: 'closed' }));
    onLeave();
  }, [channel, onLeave]);

  if (!snapshot)
    return (
      <FluentProvider theme={webLightTheme}>
        <p className={styles.wait} role="status">
          {translate(lang, 'meeting.window.waiting')}
        </p>
      </FluentProvider>
    );
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <StringsProvider lang={lang}>
        <SnapshotView
          snapshot={snapshot}
          command={command}
          onLeave={leave}
          canDownload={props.canDownload ?? true}
        />
      </StringsProvider>
    </FluentProvider>
  );
}

/** One snapshot on screen; every change goes back to the pane as a command. */
function SnapshotView(props: {
  snapshot: PresentationSnapshot;
  command: (c: PresentationCommand) => void;
  onLeave: () => void;
  canDownload: boolean;
}) {
  const { lang } = useStrings();
  const { snapshot, command } = props;
  const { allocation, compare } = snapshot;
  // The window has no session: the snapshot's two results are its only source of Δ.
  const diff = useMemo(
    () => (allocation && compare ? diffAllocations(compare, allocation) : undefined),
    [allocation, compare],
  );
  const onPlanChange = useCallback(
    (plan: PlanJson, meta: { knob: KnobId; final: boolean }) =>
      command({ kind: 'edit-plan', plan, ...(meta.final ? {} : { coalesce: `what-if-${meta.knob}` }) }),
    [command],
  );
  const history = {
    canUndo: snapshot.canUndo,
    canRedo: snapshot.canRedo,
    onUndo: () => command({ kind: 'undo' }),
    onRedo: () => command({ kind: 'redo' }),
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.defaultPrevented) return;
    const c = historyShortcut(e);
    if (!c || !(c === 'undo' ? history.canUndo : history.canRedo)) return;
    e.preventDefault();
    command({ kind: c });
  };
  const sentence = describePlanSentence(snapshot.plan, lang);
  const whatIf = (
    <WhatIfPanel
      plan={snapshot.plan}
      onPlanChange={onPlanChange}
      lang={lang}
      {...(allocation ? { unitCount: allocation.units.length } : {})}
      history={history}
      large
    />
  );
  const scenarioSwitch = <ScenarioSwitch snapshot={snapshot} command={command} />;
  return (
    <div onKeyDown={onKeyDown} data-testid="presentation-window">
      {allocation ? (
        <PresentationView
          allocation={allocation}
          diff={diff}
          compareName={snapshot.compareName}
          planSentence={sentence}
          onExit={props.onLeave}
          canDownload={props.canDownload}
          extraTools={scenarioSwitch}
          memo={{
            keyInWords: sentence,
            ...(snapshot.source ? { source: snapshot.source } : {}),
            date: new Date().toISOString().slice(0, 10),
          }}
          whatIf={whatIf}
        />
      ) : (
        <NoResult>
          {scenarioSwitch}
          {whatIf}
        </NoResult>
      )}
    </div>
  );
}

function NoResult({ children }: { children: ReactNode }) {
  const { t } = useStrings();
  const styles = useStyles();
  return (
    <div className={styles.wait}>
      <MessageBar intent="error">
        <MessageBarBody>{t('meeting.window.noResult')}</MessageBarBody>
      </MessageBar>
      {children}
    </div>
  );
}

/** "Scenario: A | B", shown when the session has more than one. */
function ScenarioSwitch(props: {
  snapshot: PresentationSnapshot;
  command: (c: PresentationCommand) => void;
}) {
  const { t } = useStrings();
  const styles = useStyles();
  const scenarioId = useId();
  const { snapshot, command } = props;
  if (snapshot.scenarios.length <= 1) return null;
  return (
    <div className={styles.scenario}>
      <label htmlFor={scenarioId}>{t('meeting.window.scenario')}</label>
      <Select
        id={scenarioId}
        size="large"
        value={snapshot.activeId}
        onChange={(_, d) => command({ kind: 'switch-scenario', scenarioId: d.value })}
      >
        {snapshot.scenarios.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </Select>
    </div>
  );
}
