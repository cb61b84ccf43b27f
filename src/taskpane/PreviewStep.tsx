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
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState, type ReactNode } from 'react';
import { type Allocation } from '../domain/allocation/Allocation';
import { type Plan } from '../domain/plan/planSchema';
import { type Rational } from '../domain/money/Rational';
import { formatNumber } from '../i18n/formatNumber';
import { type Lang } from '../i18n/Lang';
import { ScenarioBar } from './ScenarioBar';
import { useSession } from './SessionContext';
import { memoNumberText } from '../output/memoNumberText';
import {
  amountDecimals,
  type ResultRow,
  resultRows,
  resultSumRow,
  type ResultSortKey,
  sortRows,
} from './state/resultRows';
import { traceText } from './state/traceText';
import { useStrings } from './StringsContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  table: { minWidth: '100%', width: 'max-content' },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  // The unit stays in view while a narrow pane scrolls the amounts sideways.
  name: {
    whiteSpace: 'nowrap',
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    // A line where the scrolled amounts pass under it, so a cut-off number never reads as whole.
    boxShadow: `inset -1px 0 0 ${tokens.colorNeutralStroke1}`,
  },
  sum: { fontWeight: tokens.fontWeightSemibold },
  down: { color: tokens.colorPaletteRedForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Step 3: the result per unit, Δ against the compared scenario, "Varför?" per unit, and the meeting slot. */
export function PreviewStep({ meeting }: { meeting?: ReactNode }) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const { activeResult, compareResult, compare, active, diff, table } = useSession();
  const allocation = activeResult.allocation;
  const [sort, setSort] = useState<{ key: ResultSortKey; direction: 'ascending' | 'descending' } | null>(
    null,
  );
  const [why, setWhy] = useState<ResultRow | null>(null);
  const rows = useMemo(() => (allocation ? resultRows(allocation, diff) : []), [allocation, diff]);
  const shown = sort ? sortRows(rows, sort.key, sort.direction) : rows;
  const sum = useMemo(() => resultSumRow(rows, allocation?.pots.length ?? 0), [rows, allocation]);
  const decimals = allocation ? amountDecimals(allocation) : 0;
  const amount = (value: Rational) => memoNumberText(value, decimals);
  const header = (key: ResultSortKey, label: string, numeric = true) => (
    <TableHeaderCell
      key={key}
      className={numeric ? styles.num : styles.name}
      sortable
      sortDirection={sort?.key === key ? sort.direction : undefined}
      onClick={() =>
        setSort((s) => ({
          key,
          direction: s?.key === key && s.direction === 'ascending' ? 'descending' : 'ascending',
        }))
      }
    >
      {label}
    </TableHeaderCell>
  );
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
          {activeResult.inputs?.sources
            .filter((s) => s.kind === 'reference')
            .map((s) => (
              <Caption1 key={s.indicatorId} className={styles.muted}>
                {t('result.sourceNote', {
                  name:
                    activeResult.plan?.indicators?.find((i) => i.id === s.indicatorId)?.name ?? s.indicatorId,
                  note: s.kind === 'reference' ? s.note[lang] : '',
                })}
              </Caption1>
            ))}
          <div className={styles.scroll} tabIndex={0} role="region" aria-label={t('result.table')}>
            <Table
              className={styles.table}
              size="small"
              aria-label={t('result.table')}
              data-testid="result-table"
            >
              <TableHeader>
                <TableRow>
                  {header('unit', t('result.unit'), false)}
                  {allocation.pots.map((p, i) => header(`pot:${i}`, p.potName))}
                  {header('total', t('result.total'))}
                  {diff && header('delta', t('result.delta'))}
                  {diff && header('deltaPercent', t('result.deltaPercent'))}
                  <TableHeaderCell>
                    <span className={styles.muted}>{t('result.why')}</span>
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {shown.map((r) => (
                  <TableRow key={r.unit.id}>
                    <TableCell className={styles.name}>{r.unit.name.trim()}</TableCell>
                    {r.exact.pots.map((v, i) => (
                      <TableCell key={i} className={styles.num}>
                        {amount(v)}
                      </TableCell>
                    ))}
                    <TableCell className={styles.num}>{amount(r.exact.total)}</TableCell>
                    {diff && (
                      <TableCell className={`${styles.num} ${(r.delta ?? 0) < 0 ? styles.down : ''}`}>
                        {r.exact.delta === undefined
                          ? '–'
                          : signed(amount(r.exact.delta), r.exact.delta.num > 0n)}
                      </TableCell>
                    )}
                    {diff && (
                      <TableCell className={styles.num}>
                        {r.deltaPercent === undefined
                          ? '–'
                          : signed(formatNumber(r.deltaPercent, 2), r.deltaPercent > 0)}
                      </TableCell>
                    )}
                    <TableCell>
                      <Button
                        size="small"
                        appearance="subtle"
                        aria-label={t('result.whyLabel', { unit: r.unit.name.trim() })}
                        onClick={() => setWhy(r)}
                      >
                        {t('result.why')}
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
                <TableRow className={styles.sum}>
                  <TableCell className={styles.name}>{t('result.sum')}</TableCell>
                  {allocation.pots.map((p, i) => (
                    <TableCell key={p.potId} className={styles.num}>
                      {amount(sum.pots[i]!)}
                    </TableCell>
                  ))}
                  <TableCell className={styles.num} data-testid="result-sum">
                    {amount(sum.total)}
                  </TableCell>
                  {diff && (
                    <TableCell className={styles.num}>
                      {sum.delta === undefined ? '–' : signed(amount(sum.delta), sum.delta.num > 0n)}
                    </TableCell>
                  )}
                  {diff && <TableCell />}
                  <TableCell />
                </TableRow>
              </TableBody>
            </Table>
          </div>
        </div>
      )}
      {why && allocation && (
        <WhyDialog
          row={why}
          allocation={allocation}
          plan={activeResult.plan}
          lang={lang}
          onClose={() => setWhy(null)}
        />
      )}
    </section>
  );
}

function WhyDialog(props: {
  row: ResultRow;
  allocation: Allocation;
  plan?: Plan;
  lang: Lang;
  onClose: () => void;
}) {
  const { t } = useStrings();
  const name = props.row.unit.name.trim();
  return (
    <Dialog open onOpenChange={(_, d) => !d.open && props.onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('result.whyTitle', { unit: name })}</DialogTitle>
          <DialogContent>
            {props.allocation.pots.map((pot, p) => (
              <div key={pot.potId}>
                <strong>{pot.potName}</strong>
                <Body1 as="p" block data-testid="why-text">
                  {traceText(
                    {
                      unit: props.row.unit,
                      pot,
                      trace: pot.trace[props.row.index]!,
                      amount: pot.amounts[props.row.index]!,
                      ...keyName(props.plan, p, t),
                    },
                    props.lang,
                  )}
                </Body1>
              </div>
            ))}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onClose}>
              {t('result.close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function keyName(
  plan: Plan | undefined,
  potIndex: number,
  t: ReturnType<typeof useStrings>['t'],
): { keyName?: string } {
  const step = plan?.pots[potIndex]?.steps.find((s) => s.kind === 'key');
  if (step?.kind !== 'key') return {};
  if (step.key.type === 'equal') return {};
  if (step.key.type === 'blend') return { keyName: t('result.blendWords') };
  const id = step.key.indicator;
  const name = plan?.indicators?.find((i) => i.id === id)?.name ?? id;
  return { keyName: t('result.keyWords', { name: name.toLocaleLowerCase('sv-SE') }) };
}

function signed(text: string, positive: boolean): string {
  return positive ? `+${text}` : text;
}
