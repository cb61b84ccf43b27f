import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { type WorkbookPort } from '../../port/WorkbookPort';
import { LabeledDropdown } from '../LabeledDropdown';
import { useStrings } from '../StringsContext';
import { FollowupResult } from './FollowupResult';
import { useFollowup } from './useFollowup';

export { FOLLOWUP_STATE_KEY } from './followupChoice';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2 },
});

/**
 * The Uppföljning mode: choose the allocation (our Fördelning sheet or any table with amounts) and the kommuners'
 * report, see each kommun's status and every finding (activating one selects its cell), copy for a memo, see
 * förbrukat − tilldelat per kommun, and write the Återredovisning sheet. The choice is saved in the workbook.
 */
export function FollowupPane({ port, today }: { port: WorkbookPort; today: () => string }) {
  const { t } = useStrings();
  const styles = useStyles();
  const { candidates, allocation, report, ambiguous, picked, outcome, texts, written, choose, write } =
    useFollowup(port, today);
  if (!candidates) return <Spinner label={t('followup.loading')} />;
  return (
    <section className={styles.root} aria-labelledby="followup-heading">
      <Title3 as="h2" id="followup-heading">
        {t('followup.heading')}
      </Title3>
      <Text className={styles.intro}>{t('followup.intro')}</Text>
      {candidates.allocations.length === 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t('followup.noAllocation')}</MessageBarBody>
        </MessageBar>
      ) : (
        <LabeledDropdown
          label={t('followup.allocation')}
          choices={candidates.allocations.map((a) => ({
            value: a.id,
            text: a.own ? t('followup.own', { id: a.id }) : a.id,
          }))}
          value={allocation?.id}
          onSelect={(value) => choose({ allocation: value })}
        />
      )}
      {candidates.reports.length === 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t('followup.noReport')}</MessageBarBody>
        </MessageBar>
      ) : (
        <LabeledDropdown
          label={t('followup.report')}
          choices={candidates.reports.map((r) => ({ value: r.id, text: r.id }))}
          value={report?.id}
          onSelect={(value) => choose({ report: value }, true)}
        />
      )}
      {outcome && !outcome.ok && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('followup.ambiguous')}</MessageBarBody>
        </MessageBar>
      )}
      {ambiguous.map(({ role, columns }) => (
        <LabeledDropdown
          key={role}
          label={t('followup.chooseColumn', { role: t(`followup.role.${role}` as const) })}
          choices={columns.map((c) => ({ value: c.letter, text: `${c.letter}: ${c.header}` }))}
          value={picked?.[role]}
          onSelect={(value) => choose({ columns: { ...picked, [role]: value } })}
        />
      ))}
      {outcome?.ok && (
        <FollowupResult
          port={port}
          result={outcome.result}
          findings={outcome.findings}
          texts={texts}
          written={written}
          onWrite={() => void write()}
        />
      )}
    </section>
  );
}
