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
import { useState } from 'react';
import { sum } from '../domain/money/arithmetic';
import { toNumber } from '../domain/money/toNumber';
import { formatKronor } from '../i18n/formatKronor';
import { buildSheetPlan } from '../output/buildSheetPlan';
import { type SheetPlan } from '../output/SheetPlan';
import { type WorkbookPort, type WriteSummary } from '../port/WorkbookPort';
import { useSession } from './SessionContext';
import { sheetPlanInput } from './state/sheetPlanInput';
import { useStrings } from './StringsContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  intro: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Step 4: write the active scenario's sheets; ask before replacing earlier output; link to what was written. */
export function WriteStep({ port, today }: { port: WorkbookPort; today: () => string }) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const session = useSession();
  const { activeResult, active, table, findings } = session;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<SheetPlan | null>(null);
  const [done, setDone] = useState<WriteSummary | null>(null);

  const write = async (plan: SheetPlan, replaceExisting: boolean) => {
    setBusy(true);
    setError(null);
    const result = await port.writePlan(plan, { replaceExisting });
    setBusy(false);
    if (result.ok) {
      setDone(result.value);
      void session.save();
    } else if (result.error.code === 'output-exists' && !replaceExisting) setConfirm(plan);
    else setError(t('write.error', { message: result.error.message[lang] }));
  };
  const start = async () => {
    if (!table) return;
    const sheets = await port.listSheets();
    if (!sheets.ok) return setError(t('write.error', { message: sheets.error.message[lang] }));
    const input = sheetPlanInput(
      activeResult,
      active.plan,
      table,
      findings,
      today(),
      lang,
      sheets.value.filter((s) => !s.isOutput).map((s) => s.name),
    );
    if (!input) return;
    let plan: SheetPlan;
    try {
      plan = buildSheetPlan(input);
    } catch (e) {
      // A bug in building the sheets must reach the user as a message, not vanish in a promise.
      return setError(t('write.error', { message: e instanceof Error ? e.message : String(e) }));
    }
    await write(plan, false);
  };
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
          onClick={() => void start()}
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
      {done && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <div>{t('write.done', { count: done.written.length })}</div>
            {done.replaced.length > 0 && (
              <div>{t('write.replaced', { sheets: done.replaced.join(', ') })}</div>
            )}
            <ul className={styles.list}>
              {done.written.map((w) => (
                <li key={w.sheet}>
                  <Link
                    as="button"
                    onClick={() => void port.selectRange(w.sheet, w.range.split(':')[0] ?? 'A1')}
                  >
                    {t('write.show', { sheet: w.sheet, range: w.range })}
                  </Link>
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <Dialog open={confirm !== null} onOpenChange={(_, d) => !d.open && setConfirm(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t('write.confirmTitle')}</DialogTitle>
            <DialogContent>{t('write.confirmText')}</DialogContent>
            <DialogActions>
              <Button onClick={() => setConfirm(null)}>{t('write.cancel')}</Button>
              <Button
                appearance="primary"
                onClick={() => {
                  const plan = confirm;
                  setConfirm(null);
                  if (plan) void write(plan, true);
                }}
              >
                {t('write.replace')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
