import { Body1, Button, MessageBar, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import { ArrowRedoRegular, ArrowUndoRegular } from '@fluentui/react-icons';
import { IndicatorColumns } from './nyckel/IndicatorColumns';
import { useNyckelStyles } from './nyckel/nyckelStyles';
import { PlanFiles } from './nyckel/PlanFiles';
import { placed } from './nyckel/planProblems';
import { PlanSettings, PresetPicker } from './nyckel/PlanSettings';
import { PotCard } from './nyckel/PotCard';
import { ResultSummary } from './nyckel/ResultSummary';
import { useSession } from './SessionContext';
import { useStrings } from './StringsContext';

/** Step 2: the plan editor. Every edit is a plan command through the session (undo/redo); the result updates at once. */
export function NyckelStep() {
  const { t, lang } = useStrings();
  const styles = useNyckelStyles();
  const session = useSession();
  const { active, activeResult } = session;
  const plan = active.plan;
  const unplaced = activeResult.problems.filter((p) => !placed(p, plan));
  return (
    <section className={styles.root} aria-labelledby="nyckel-heading">
      <div className={styles.block}>
        <Subtitle2 as="h2" id="nyckel-heading">
          {t('plan.heading')}
        </Subtitle2>
        <Body1 className={styles.intro}>{t('plan.intro')}</Body1>
        <div className={styles.toolbar}>
          <Button icon={<ArrowUndoRegular />} disabled={!session.canUndo} onClick={session.undo}>
            {t('session.undo')}
          </Button>
          <Button icon={<ArrowRedoRegular />} disabled={!session.canRedo} onClick={session.redo}>
            {t('session.redo')}
          </Button>
        </div>
      </div>
      {!session.table && (
        <MessageBar intent="info">
          <MessageBarBody>{t('session.noTable')}</MessageBarBody>
        </MessageBar>
      )}
      <PresetPicker />
      <ResultSummary />
      {unplaced.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <strong>{t('plan.problems')}</strong>
            <ul>
              {unplaced.slice(0, 6).map((p, i) => (
                <li key={i}>{p.message[lang]}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <PlanSettings />
      <IndicatorColumns />
      {plan.pots.map((pot, p) => (
        <PotCard key={pot.id} pot={pot} index={p} />
      ))}
      <PlanFiles />
    </section>
  );
}
