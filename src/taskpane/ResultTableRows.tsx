import { Button, mergeClasses, TableCell, TableRow } from '@fluentui/react-components';
import { useMemo } from 'react';
import { type Allocation } from '../domain/allocation/Allocation';
import { type Rational } from '../domain/money/Rational';
import { formatNumber } from '../i18n/formatNumber';
import { type ResultTableStyles } from './ResultTable';
import { type ResultRow, resultSumRow } from './state/resultRows';
import { useStrings } from './StringsContext';

interface RowProps {
  readonly withDelta: boolean;
  readonly amount: (value: Rational) => string;
  readonly styles: ResultTableStyles;
}

/** One unit: amounts per pot and in total, Δ kr (red when negative) and Δ %, and its "Varför?". */
export function UnitRow({
  row: r,
  withDelta,
  amount,
  onWhy,
  styles,
}: RowProps & { row: ResultRow; onWhy: (row: ResultRow) => void }) {
  const { t } = useStrings();
  return (
    <TableRow>
      <TableCell className={styles.name}>{r.unit.name.trim()}</TableCell>
      {r.exact.pots.map((v, i) => (
        <TableCell key={i} className={styles.num}>
          {amount(v)}
        </TableCell>
      ))}
      <TableCell className={styles.num}>{amount(r.exact.total)}</TableCell>
      {withDelta && (
        <TableCell className={mergeClasses(styles.num, (r.delta ?? 0) < 0 && styles.down)}>
          {r.exact.delta === undefined ? '–' : signed(amount(r.exact.delta), r.exact.delta.num > 0n)}
        </TableCell>
      )}
      {withDelta && (
        <TableCell className={styles.num}>
          {r.deltaPercent === undefined ? '–' : signed(formatNumber(r.deltaPercent, 2), r.deltaPercent > 0)}
        </TableCell>
      )}
      <TableCell>
        <Button
          size="small"
          appearance="subtle"
          aria-label={t('result.whyLabel', { unit: r.unit.name.trim() })}
          onClick={() => onWhy(r)}
        >
          {t('result.why')}
        </Button>
      </TableCell>
    </TableRow>
  );
}

/** The exact sum row: Σ per pot, in total and of Δ, whatever the sorting. */
export function SumRow({
  rows,
  allocation,
  withDelta,
  amount,
  styles,
}: RowProps & { rows: readonly ResultRow[]; allocation: Allocation }) {
  const { t } = useStrings();
  const sum = useMemo(() => resultSumRow(rows, allocation.pots.length), [rows, allocation]);
  return (
    <TableRow className={styles.sum}>
      <TableCell className={styles.name}>{t('result.sum')}</TableCell>
      {allocation.pots.map((p, i) => {
        const potSum = sum.pots[i];
        return (
          <TableCell key={p.potId} className={styles.num}>
            {potSum === undefined ? '' : amount(potSum)}
          </TableCell>
        );
      })}
      <TableCell className={styles.num} data-testid="result-sum">
        {amount(sum.total)}
      </TableCell>
      {withDelta && (
        <TableCell className={styles.num}>
          {sum.delta === undefined ? '–' : signed(amount(sum.delta), sum.delta.num > 0n)}
        </TableCell>
      )}
      {withDelta && <TableCell />}
      <TableCell />
    </TableRow>
  );
}

function signed(text: string, positive: boolean): string {
  return positive ? `+${text}` : text;
}
