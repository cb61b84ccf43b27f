import {
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  webLightTheme,
} from '@fluentui/react-components';
import { useCallback, useEffect, useId, useState, type KeyboardEvent } from 'react';
import { type PlanJson } from '../../domain/plan/planSchema';
import { type Lang } from '../../i18n/Lang';
import { t } from '../../i18n/strings';
import { describePlanSentence } from '../../output/describePlanSentence';
import { runHistoryShortcut } from '../commands/historyCommands';
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
  const scenarioId = useId();

  useEffect(() => {
    const unsubscribe = channel.subscribe((text) => {
      const message = decodePaneMessage(text);
      if (message) setSnapshot(message.snapshot);
    });
    channel.send(encodeWindowMessage({ v: 1, type: 'ready' }));
    return unsubscribe;
  }, [channel]);

  useEffect(() => {
    document.title = t(lang, 'meeting.window.title');
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
  const onPlanChange = useCallback(
    (plan: PlanJson, meta: { knob: KnobId; final: boolean }) =>
      command({ kind: 'edit-plan', plan, ...(meta.final ? {} : { coalesce: `what-if-${meta.knob}` }) }),
    [command],
  );

  if (!snapshot)
    return (
      <FluentProvider theme={webLightTheme}>
        <p className={styles.wait} role="status">
          {t(lang, 'meeting.window.waiting')}
        </p>
      </FluentProvider>
    );

  const history = {
    canUndo: snapshot.canUndo,
    canRedo: snapshot.canRedo,
    onUndo: () => command({ kind: 'undo' }),
    onRedo: () => command({ kind: 'redo' }),
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) =>
    runHistoryShortcut(e, (a) => command({ kind: a.type }), history);
  const sentence = describePlanSentence(snapshot.plan, lang);
  const whatIf = (
    <WhatIfPanel
      plan={snapshot.plan}
      onPlanChange={onPlanChange}
      lang={lang}
      unitCount={snapshot.allocation?.units.length}
      history={history}
      large
    />
  );
  const scenarioSwitch =
    snapshot.scenarios.length > 1 ? (
      <div className={styles.scenario}>
        <label htmlFor={scenarioId}>{t(lang, 'meeting.window.scenario')}</label>
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
    ) : null;
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <div onKeyDown={onKeyDown} data-testid="presentation-window">
        {snapshot.allocation ? (
          <PresentationView
            allocation={snapshot.allocation}
            {...(snapshot.compare ? { compare: snapshot.compare } : {})}
            {...(snapshot.compareName !== undefined ? { compareName: snapshot.compareName } : {})}
            planSentence={sentence}
            lang={lang}
            onExit={leave}
            canDownload={props.canDownload ?? true}
            extraTools={scenarioSwitch}
            memo={{
              keyInWords: sentence,
              ...(snapshot.source ? { source: snapshot.source } : {}),
              date: new Date().toISOString().slice(0, 10),
            }}
            whatIf={whatIf}
          />
        ) : (
          <div className={styles.wait}>
            <MessageBar intent="error">
              <MessageBarBody>{t(lang, 'meeting.window.noResult')}</MessageBarBody>
            </MessageBar>
            {scenarioSwitch}
            {whatIf}
          </div>
        )}
      </div>
    </FluentProvider>
  );
}
