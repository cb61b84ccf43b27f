import {
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { ResultTable } from './ResultTable';
import { ScenarioBar } from './ScenarioBar';
import { useSession } from './SessionContext';
import { type ResultRow } from './state/resultRows';
import { useStrings } from './StringsContext';
import { WhyDialog } from './WhyDialog';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Step 3: the result per unit, Δ against the compared scenario, "Varför?" per unit, and the meeting slot. */
export function PreviewStep({ meeting }: { meeting?: ReactNode }) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const { activeResult, compareResult, compare, active, diff, table } = useSession();
  const allocation = activeResult.allocation;
  const [why, setWhy] = useState<ResultRow | null>(null);
  const indicatorName = (id: string) => activeResult.plan?.indicators?.find((i) => i.id === id)?.name ?? id;
  return (
    <section className={styles.root} aria-labelledby="preview-heading">
      <Subtitle2 as="h2" id="preview-heading">
        {t('result.heading')}
      </Subtitle2>
      <ScenarioBar />
      {!table && (
        <MessageBar intent="info">
          <MessageBarBody>{t('session.noTable')}</MessageBarBody>
        </MessageBar>
      )}
      {table && !allocation && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <strong>{t('plan.problems')}</strong>
            <ul>
              {activeResult.problems.slice(0, 6).map((p, i) => (
                <li key={i}>{p.message[lang]}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {meeting}
      {allocation && (
        <div className={styles.block}>
          {compare && compareResult?.allocation && (
            <Caption1>{t('result.compareNote', { active: active.name, compare: compare.name })}</Caption1>
          )}
          {activeResult.inputs?.sources.map((s) =>
            s.kind === 'reference' ? (
              <Caption1 key={s.indicatorId} className={styles.muted}>
                {t('result.sourceNote', { name: indicatorName(s.indicatorId), note: s.note[lang] })}
              </Caption1>
            ) : null,
          )}
          <ResultTable allocation={allocation} diff={diff} onWhy={setWhy} />
        </div>
      )}
      {why && allocation && (
        <WhyDialog row={why} allocation={allocation} plan={activeResult.plan} onClose={() => setWhy(null)} />
      )}
    </section>
  );
}
