import {
  Body1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { type Finding } from '../domain/findings/Finding';
import { type WorkbookPort } from '../port/WorkbookPort';
import { SheetDetails } from './SheetDetails';
import { useSessionState } from './SessionContext';
import { SheetList } from './SheetList';
import { TableChooser } from './TableChooser';
import { useStrings } from './StringsContext';
import { sectionTitle } from './sectionTitle';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  intro: { color: tokens.colorNeutralForeground2 },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  sectionTitle: sectionTitle,
});

/**
 * Step 1: the workbook's sheets, the active sheet's size, and its tables with findings, all from the session's one
 * reading of the workbook (a listing error is shown once, by the table chooser).
 */
export function UnderlagStep({ port }: { port: WorkbookPort }) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const workbook = useSessionState().workbook;
  const [portError, setPortError] = useState<string | null>(null);

  const show = useCallback(
    async (target: { sheet: string; address: string }) => {
      const result = await port.selectRange(target.sheet, target.address);
      setPortError(result.ok ? null : result.error.message[lang]);
    },
    [port, lang],
  );
  const showFinding = (finding: Finding) =>
    void show({ sheet: finding.sheet, address: finding.cells[0] ?? 'A1' });

  return (
    <section className={styles.root} aria-labelledby="underlag-heading">
      <div className={styles.block}>
        <Subtitle2 as="h2" id="underlag-heading">
          {t('underlag.heading')}
        </Subtitle2>
        <Body1 className={styles.intro}>{t('underlag.intro')}</Body1>
      </div>
      {portError !== null && (
        <MessageBar intent="error">
          <MessageBarBody>{t('error.port', { message: portError })}</MessageBarBody>
        </MessageBar>
      )}
      <TableChooser onShow={(target) => void show(target)} />
      <div className={styles.block}>
        <h3 className={styles.sectionTitle}>{t('underlag.sheets')}</h3>
        {workbook.loading && workbook.sheets.length === 0 ? (
          <Spinner size="tiny" label={t('underlag.loading')} />
        ) : (
          <SheetList
            sheets={workbook.sheets}
            active={workbook.active}
            onPick={(sheet) => void show({ sheet, address: 'A1' })}
          />
        )}
      </div>
      {workbook.active !== null && (
        <SheetDetails
          sheet={workbook.active}
          state={workbook.sheet(workbook.active)}
          onRefresh={workbook.reload}
          onShow={showFinding}
        />
      )}
    </section>
  );
}
