import {
  Badge,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { CONTRACT_CHECKS } from '../../port/contract/contractChecks';
import { runContractSuite, type ContractOutcome } from '../../port/contract/runContractSuite';
import { type WorkbookPort } from '../../port/WorkbookPort';
import { useStrings } from '../StringsContext';
import { checkTexts, selfTestReport } from './selfTestReport';
import { type SelfTestHost } from './SelfTestHost';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    paddingLeft: 0,
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  impact: { display: 'block', color: tokens.colorPaletteRedForeground1 },
  report: { width: '100%', marginTop: tokens.spacingVerticalS },
});

export interface SelfTestDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly port: WorkbookPort;
  readonly host: SelfTestHost;
  /** Today's date (ISO) for the report. */
  readonly today: () => string;
}

/**
 * Självtest: runs the WorkbookPort contract suite in this Excel (or the preview) on temporary sheets that are
 * always removed, and shows pass/fail per check with the environment, what will not work where a check fails, and
 * a "Kopiera rapporten" button.
 */
export function SelfTestDialog({ open, onClose, port, host, today }: SelfTestDialogProps) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const [copy, setCopy] = useState<'copied' | 'failed' | undefined>();
  const { outcomes, running, run } = useContractRun(port, host, () => setCopy(undefined));
  const total = CONTRACT_CHECKS.length;
  const done = !running && outcomes.length === total;
  const failed = outcomes.filter((o) => !o.ok).length;
  const report = done ? selfTestReport(lang, host.environment, outcomes, today()) : '';

  const copyReport = async () => {
    try {
      await navigator.clipboard.writeText(report);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <Dialog open={open} onOpenChange={(_e, data) => (data.open ? undefined : onClose())}>
      <DialogSurface aria-describedby="selftest-intro">
        <DialogBody>
          <DialogTitle>{t('selftest.title')}</DialogTitle>
          <DialogContent>
            <p id="selftest-intro">{t('selftest.intro')}</p>
            <Caption1 as="p" data-testid="selftest-environment">
              {t('selftest.environment', { ...host.environment })}
            </Caption1>
            {running && <p role="status">{t('selftest.running', { done: outcomes.length, total })}</p>}
            {done && (
              <MessageBar intent={failed === 0 ? 'success' : 'error'}>
                <MessageBarBody>
                  {failed === 0
                    ? t('selftest.summaryOk', { total })
                    : t('selftest.summaryFailed', { failed, total })}
                </MessageBarBody>
              </MessageBar>
            )}
            <OutcomeList outcomes={outcomes} />
            {copy && (
              <p role="status">{copy === 'copied' ? t('selftest.copied') : t('selftest.copyFailed')}</p>
            )}
            {done && (
              <Textarea
                className={styles.report}
                aria-label={t('selftest.reportLabel')}
                value={report}
                readOnly
                resize="vertical"
                rows={6}
              />
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={running} onClick={() => void run()}>
              {t('selftest.run')}
            </Button>
            <Button disabled={!done} onClick={() => void copyReport()}>
              {t('selftest.copy')}
            </Button>
            <Button onClick={onClose}>{t('selftest.close')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** Pass or fail per check, and what will not work where one failed. */
function OutcomeList({ outcomes }: { outcomes: readonly ContractOutcome[] }) {
  const { t } = useStrings();
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={t('selftest.title')}>
      {outcomes.map((o) => (
        <li key={o.id} className={styles.item} data-check={o.id} data-ok={o.ok}>
          <Badge appearance="filled" color={o.ok ? 'success' : 'danger'}>
            {o.ok ? t('selftest.pass') : t('selftest.fail')}
          </Badge>
          <span>
            {t(checkTexts(o.id).title)}
            {!o.ok && <span className={styles.impact}>{t(checkTexts(o.id).impact)}</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The contract suite run on temporary sheets (a fresh prefix each run), its outcomes arriving one by one. */
function useContractRun(port: WorkbookPort, host: SelfTestHost, onStart: () => void) {
  const [outcomes, setOutcomes] = useState<ContractOutcome[]>([]);
  const [running, setRunning] = useState(false);
  const run = async () => {
    setRunning(true);
    onStart();
    setOutcomes([]);
    const prefix = `LNT${Math.random().toString(36).slice(2, 6)}`;
    try {
      await runContractSuite(
        { port, fixture: host.fixture, prefix },
        { onResult: (o) => setOutcomes((previous) => [...previous, o]) },
      );
    } finally {
      setRunning(false);
    }
  };
  return { outcomes, running, run };
}
