import {
  Button,
  Caption1,
  Card,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { type Finding } from '../domain/findings/Finding';
import { formatNumber } from '../i18n/formatNumber';
import { groupFindings } from './groupFindings';
import { type SheetAnalysisState } from './state/sheetState';
import { TableSummary } from './TableSummary';
import { gridSize, usedRange } from './usedRange';
import { useStrings } from './StringsContext';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  head: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  size: { fontSize: tokens.fontSizeBase400, fontVariantNumeric: 'tabular-nums' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The active sheet: its used range, and its tables with findings. */
export function SheetDetails(props: {
  sheet: string;
  state: SheetAnalysisState;
  onRefresh: () => void;
  onShow: (finding: Finding) => void;
}) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const { grid, analysis, loading, error } = props.state;
  const groups = analysis ? groupFindings(analysis.tables, analysis.findings) : [];
  const size = grid && gridSize(grid);
  const range = grid && usedRange(grid);
  return (
    <Card className={styles.card} aria-busy={loading} aria-labelledby="sheet-details-name">
      <div className={styles.head}>
        <Subtitle2 as="h3" id="sheet-details-name">
          {props.sheet}
        </Subtitle2>
        <Button size="small" appearance="subtle" icon={<ArrowClockwiseRegular />} onClick={props.onRefresh}>
          {t('underlag.refresh')}
        </Button>
      </div>
      {loading && !grid && <Spinner size="tiny" label={t('underlag.loading')} />}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{t('error.port', { message: error.message[lang] })}</MessageBarBody>
        </MessageBar>
      )}
      {size && (
        <div aria-live="polite">
          {range === null ? (
            <Text>{t('underlag.empty')}</Text>
          ) : (
            <>
              <Text className={styles.size} data-testid="sheet-size">
                {t('underlag.size', { rows: formatNumber(size.rows), cols: formatNumber(size.cols) })}
              </Text>
              <br />
              <Caption1 className={styles.muted}>{t('underlag.usedRange', { range })}</Caption1>
            </>
          )}
        </div>
      )}
      {analysis && analysis.tables.length === 0 && <Text>{t('underlag.noTables')}</Text>}
      {analysis &&
        analysis.tables.map((table, i) => (
          <TableSummary key={table.range} table={table} findings={groups[i] ?? []} onShow={props.onShow} />
        ))}
    </Card>
  );
}
