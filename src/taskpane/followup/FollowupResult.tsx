import {
  Badge,
  Button,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useCallback } from 'react';
import { type Finding } from '../../domain/findings/Finding';
import { type FollowupResult as Result, type FollowupStatus } from '../../domain/followup/Followup';
import { sub } from '../../domain/money/arithmetic';
import { toNumber } from '../../domain/money/toNumber';
import { formatKronor } from '../../i18n/formatKronor';
import { followupMemo } from '../../output/followupMemo';
import { type FollowupTexts } from '../../output/followupTexts';
import { type WorkbookPort } from '../../port/WorkbookPort';
import { FindingItem } from '../FindingItem';
import { BarChart } from '../meeting/BarChart';
import { CopyForMemoButton } from '../meeting/CopyForMemoButton';
import { useStrings } from '../StringsContext';
import { type FollowupWritten } from './useFollowup';

const STATUS_COLOR: Record<FollowupStatus, 'success' | 'danger' | 'warning' | 'informative'> = {
  ok: 'success',
  deviation: 'danger',
  missing: 'warning',
  unexpected: 'danger',
};

const useStyles = makeStyles({
  // Columns sized by their content, so a long status ("ej tilldelad") is not cut off in a narrow pane.
  table: { tableLayout: 'auto' },
  // Narrow cell padding so four columns fit a 320 px pane.
  cell: { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  amount: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  // A status that does not fit wraps inside its badge instead of spilling out of it.
  status: { height: 'auto', minHeight: '20px', whiteSpace: 'normal', textAlign: 'center' },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface FollowupResultProps {
  readonly port: WorkbookPort;
  readonly result: Result;
  readonly findings: readonly Finding[];
  readonly texts: FollowupTexts;
  readonly written: FollowupWritten;
  readonly onWrite: () => void;
}

/** The reconciled report: status per unit, every finding, förbrukat − tilldelat as a chart, write and copy. */
export function FollowupResult({ port, result, findings, texts, written, onWrite }: FollowupResultProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const show = useCallback(
    (f: Finding) => {
      const cell = f.cells[0];
      if (cell !== undefined) void port.selectRange(f.sheet, cell);
    },
    [port],
  );
  return (
    <>
      <Subtitle2 as="h3">{t('followup.units')}</Subtitle2>
      <StatusTable result={result} />
      <Subtitle2 as="h3">{t('followup.findings', { count: String(findings.length) })}</Subtitle2>
      {findings.length === 0 ? (
        <Text>{t('followup.noFindings')}</Text>
      ) : (
        <div className={styles.list}>
          {findings.map((f, i) => (
            <FindingItem key={`${f.code}-${f.sheet}-${f.cells[0] ?? i}`} finding={f} onShow={show} />
          ))}
        </div>
      )}
      <BarChart
        title={t('followup.chart')}
        mode="delta"
        items={result.lines.map((l, i) => ({
          id: `${l.unit}-${i}`,
          label: l.unit,
          value: toNumber(sub(l.used ?? l.allocated, l.allocated)),
        }))}
      />
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onWrite}>
          {t('followup.write')}
        </Button>
        <CopyForMemoButton getMemo={() => followupMemo(result, texts)} />
      </div>
      {written && (
        <MessageBar intent={written.ok ? 'success' : 'error'}>
          <MessageBarBody>{written.text}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/** Tilldelat, förbrukat and status per unit. */
function StatusTable({ result }: { result: Result }) {
  const { t } = useStrings();
  const styles = useStyles();
  const amountCell = mergeClasses(styles.cell, styles.amount);
  return (
    <Table size="small" className={styles.table} aria-label={t('followup.units')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.cell}>{t('followup.col.unit')}</TableHeaderCell>
          <TableHeaderCell className={amountCell}>{t('followup.col.allocated')}</TableHeaderCell>
          <TableHeaderCell className={amountCell}>{t('followup.col.used')}</TableHeaderCell>
          <TableHeaderCell className={styles.cell}>{t('followup.col.status')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {result.lines.map((l, i) => (
          <TableRow key={`${l.unit}-${l.pot ?? ''}-${i}`}>
            <TableCell className={styles.cell}>{l.unit}</TableCell>
            <TableCell className={amountCell}>
              {formatKronor(toNumber(l.allocated), { unit: false })}
            </TableCell>
            <TableCell className={amountCell}>
              {l.used === undefined ? '–' : formatKronor(toNumber(l.used), { unit: false })}
            </TableCell>
            <TableCell className={styles.cell}>
              <Badge appearance="tint" color={STATUS_COLOR[l.status]} className={styles.status}>
                {t(`followup.status.${l.status}`)}
              </Badge>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
