import { makeStyles, MessageBar, MessageBarBody, Select } from '@fluentui/react-components';
import { useCallback, useId, useMemo, type ReactNode } from 'react';
import { diffAllocations } from '../../domain/allocation/diffAllocations';
import { type PlanJson } from '../../domain/plan/planSchema';
import { describePlanSentence } from '../../output/describePlanSentence';
import { useStrings } from '../StringsContext';
import { PresentationView } from './PresentationView';
import { type PresentationCommand, type PresentationSnapshot } from './presentationProtocol';
import { WhatIfPanel, type WhatIfHistory } from './WhatIfPanel';
import { type KnobId } from './whatIfKnobs';

const useStyles = makeStyles({
  wait: { padding: '40px', fontSize: '28px' },
  scenario: { display: 'flex', alignItems: 'center', gap: '8px', '& select': { fontSize: 'inherit' } },
});

/** One snapshot on screen; every change goes back to the pane as a command. */
export function PresentationSnapshotView(props: {
  snapshot: PresentationSnapshot;
  command: (c: PresentationCommand) => void;
  /** Undo and redo, sent to the pane as commands. */
  history: WhatIfHistory;
  onLeave: () => void;
  canDownload: boolean;
}) {
  const { lang } = useStrings();
  const { snapshot, command, history } = props;
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
    <>
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
    </>
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
