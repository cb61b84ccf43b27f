import {
  makeStyles,
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { type Allocation } from '../domain/allocation/Allocation';
import { type UnitDiff } from '../domain/allocation/diffAllocations';
import { type Rational } from '../domain/money/Rational';
import { memoNumberText } from '../output/memoNumberText';
import { SumRow, UnitRow } from './ResultTableRows';
import { amountDecimals, type ResultRow, resultRows, type ResultSortKey, sortRows } from './state/resultRows';
import { useStrings } from './StringsContext';

type Sort = { readonly key: ResultSortKey; readonly direction: 'ascending' | 'descending' };

const useStyles = makeStyles({
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

/** The table's classes, shared with its rows. */
export type ResultTableStyles = ReturnType<typeof useStyles>;

export interface ResultTableProps {
  readonly allocation: Allocation;
  /** Δ per unit against the compared scenario; the Δ columns show only with it. */
  readonly diff: readonly UnitDiff[] | undefined;
  readonly onWhy: (row: ResultRow) => void;
}

/** Förhandsgranska's table: amounts per pot and in total, Δ kr and Δ %, sortable, with an exact sum row. */
export function ResultTable({ allocation, diff, onWhy }: ResultTableProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const [sort, setSort] = useState<Sort | null>(null);
  const rows = useMemo(() => resultRows(allocation, diff), [allocation, diff]);
  const shown = sort ? sortRows(rows, sort.key, sort.direction) : rows;
  const decimals = amountDecimals(allocation);
  const amount = (value: Rational) => memoNumberText(value, decimals);
  const header = (key: ResultSortKey, label: string, numeric = true) => (
    <TableHeaderCell
      key={key}
      className={numeric ? styles.num : styles.name}
      sortable
      {...(sort?.key === key ? { sortDirection: sort.direction } : {})}
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
    <div className={styles.scroll} tabIndex={0} role="region" aria-label={t('result.table')}>
      <Table className={styles.table} size="small" aria-label={t('result.table')} data-testid="result-table">
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
            <UnitRow
              key={r.unit.id}
              row={r}
              withDelta={diff !== undefined}
              amount={amount}
              onWhy={onWhy}
              styles={styles}
            />
          ))}
          <SumRow
            rows={rows}
            allocation={allocation}
            withDelta={diff !== undefined}
            amount={amount}
            styles={styles}
          />
        </TableBody>
      </Table>
    </div>
  );
}
