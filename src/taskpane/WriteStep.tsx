import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { DocumentTableArrowRightRegular } from '@fluentui/react-icons';
import { sum } from '../domain/money/arithmetic';
import { toNumber } from '../domain/money/toNumber';
import { formatKronor } from '../i18n/formatKronor';
import { type WorkbookPort, type WriteSummary } from '../port/WorkbookPort';
import { useSession } from './SessionContext';
import { useStrings } from './StringsContext';
import { useWriteSheets, type WriteSheets } from './useWriteSheets';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  intro: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Step 4: write the active scenario's sheets; ask before replacing earlier output; link to what was written. */
export function WriteStep({ port, today }: { port: WorkbookPort; today: () => string }) {
  const { t } = useStrings();
  const styles = useStyles();
  const { activeResult, active, table } = useSession();
  const writing = useWriteSheets(port, today);
  const { busy, error, done } = writing;
  const allocation = activeResult.allocation;

  return (
    <section className={styles.root} aria-labelledby="write-heading">
      <div className={styles.block}>
        <Subtitle2 as="h2" id="write-heading">
          {t('write.heading')}
        </Subtitle2>
        <Body1 className={styles.intro}>{t('write.intro')}</Body1>
      </div>
      {table && allocation ? (
        <Caption1>
          {t('write.what', {
            plan: active.plan.name,
            sheet: table.sheet,
            range: table.range,
            units: allocation.units.length,
            amount: formatKronor(toNumber(sum(allocation.totals))),
          })}
        </Caption1>
      ) : (
        <MessageBar intent="info">
          <MessageBarBody>{table ? t('write.nothing') : t('session.noTable')}</MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button
          appearance="primary"
          icon={<DocumentTableArrowRightRegular />}
          disabled={!table || !allocation || busy}
          onClick={() => void writing.start()}
        >
          {t('write.button')}
        </Button>
      </div>
      {busy && <Spinner size="tiny" label={t('write.writing')} />}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {done && <WrittenSheets done={done} port={port} listClass={styles.list} />}
      <ConfirmReplace writing={writing} />
    </section>
  );
}

/** What was written (and replaced), each sheet a link that selects it. */
function WrittenSheets({
  done,
  port,
  listClass,
}: {
  done: WriteSummary;
  port: WorkbookPort;
  listClass: string;
}) {
  const { t } = useStrings();
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <div>{t('write.done', { count: done.written.length })}</div>
        {done.replaced.length > 0 && <div>{t('write.replaced', { sheets: done.replaced.join(', ') })}</div>}
        <ul className={listClass}>
          {done.written.map((w) => (
            <li key={w.sheet}>
              <Link as="button" onClick={() => void port.selectRange(w.sheet, w.range.split(':')[0] ?? 'A1')}>
                {t('write.show', { sheet: w.sheet, range: w.range })}
              </Link>
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/** "Ersätta tidigare resultat?": asked before earlier output is replaced. */
function ConfirmReplace({ writing }: { writing: WriteSheets }) {
  const { t } = useStrings();
  return (
    <Dialog open={writing.confirm !== null} onOpenChange={(_, d) => !d.open && writing.cancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('write.confirmTitle')}</DialogTitle>
          <DialogContent>{t('write.confirmText')}</DialogContent>
          <DialogActions>
            <Button onClick={writing.cancel}>{t('write.cancel')}</Button>
            <Button appearance="primary" onClick={writing.replace}>
              {t('write.replace')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
