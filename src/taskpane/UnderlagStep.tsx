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
import { type AnalyzeSheet } from './AnalyzeSheet';
import { SheetDetails } from './SheetDetails';
import { useSession } from './SessionContext';
import { SheetList } from './SheetList';
import { TableChooser } from './TableChooser';
import { useSheetAnalysis } from './useSheetAnalysis';
import { useSheetList } from './useSheetList';
import { useStrings } from './StringsContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  intro: { color: tokens.colorNeutralForeground2 },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  sectionTitle: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    textTransform: 'uppercase',
    letterSpacing: '0.04em',
    margin: 0,
  },
});

/** Step 1: the workbook's sheets, the active sheet's size, and its tables with findings. */
export function UnderlagStep({ port, analyze }: { port: WorkbookPort; analyze: AnalyzeSheet }) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const list = useSheetList(port);
  const [version, setVersion] = useState(0);
  const analysis = useSheetAnalysis(port, list.active, analyze, version);
  const [portError, setPortError] = useState<string | null>(null);
  const workbook = useSession().workbook;
  // When listing fails, the table chooser says so already: say it once.
  const listError = list.error && list.error.message.sv !== workbook.error?.message.sv ? list.error : null;

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
      {(listError || portError) && (
        <MessageBar intent="error">
          <MessageBarBody>
            {t('error.port', { message: portError ?? listError!.message[lang] })}
          </MessageBarBody>
        </MessageBar>
      )}
      <TableChooser onShow={(target) => void show(target)} />
      <div className={styles.block}>
        <h3 className={styles.sectionTitle}>{t('underlag.sheets')}</h3>
        {list.loading ? (
          <Spinner size="tiny" label={t('underlag.loading')} />
        ) : (
          <SheetList
            sheets={list.sheets}
            active={list.active}
            onPick={(sheet) => void show({ sheet, address: 'A1' })}
          />
        )}
      </div>
      {list.active !== null && (
        <SheetDetails
          sheet={list.active}
          state={analysis}
          onRefresh={() => {
            setVersion((v) => v + 1);
            workbook.reload();
          }}
          onShow={showFinding}
        />
      )}
    </section>
  );
}
