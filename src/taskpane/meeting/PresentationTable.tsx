import { makeStyles, mergeClasses } from '@fluentui/react-components';
import { sign } from '../../domain/money/arithmetic';
import { type Rational } from '../../domain/money/Rational';
import { formatNumber } from '../../i18n/formatNumber';
import { memoNumberText } from '../../output/memoNumberText';
import { type ResultAmounts, type ResultRow } from '../state/resultRows';
import { useStrings } from '../StringsContext';
import { PROJECTOR } from './projectorPalette';

export interface PresentationTableProps {
  readonly id: string;
  readonly rows: readonly ResultRow[];
  readonly sum: ResultAmounts;
  readonly decimals: number;
  /** Show Δ kr and Δ % against the scenario named `compareName`. */
  readonly withDelta: boolean;
  readonly compareName: string;
}

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', fontVariantNumeric: 'tabular-nums', lineHeight: 1.25 },
  caption: { textAlign: 'left', fontWeight: 700, paddingBottom: '8px' },
  th: { textAlign: 'left', borderBottom: `3px solid ${PROJECTOR.ink}`, padding: '4px 10px' },
  num: { textAlign: 'right', whiteSpace: 'nowrap', padding: '3px 10px' },
  name: { textAlign: 'left', fontWeight: 400, padding: '3px 10px' },
  row: { borderBottom: `1px solid #6E6E6E` },
  foot: { fontWeight: 700, borderTop: `3px solid ${PROJECTOR.ink}` },
  sumLabel: { fontWeight: 700 },
  up: { color: PROJECTOR.up, fontWeight: 600 },
  down: { color: PROJECTOR.down, fontWeight: 600 },
});

type Styles = ReturnType<typeof useStyles>;

/** The presentation's table: amount per unit and, against the other scenario, Δ kr and Δ % signed; a sum row. */
export function PresentationTable({
  id,
  rows,
  sum,
  decimals,
  withDelta,
  compareName,
}: PresentationTableProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const numHeader = mergeClasses(styles.th, styles.num);
  return (
    <table id={id} className={styles.table} data-testid="presentation-table">
      <caption className={styles.caption}>
        {withDelta ? t('meeting.compareWith', { name: compareName }) : t('meeting.table')}
      </caption>
      <thead>
        <tr>
          <th scope="col" className={styles.th}>
            {t('meeting.col.name')}
          </th>
          <th scope="col" className={numHeader}>
            {t('meeting.col.amount')}
          </th>
          {withDelta && (
            <th scope="col" className={numHeader}>
              {t('meeting.col.delta')}
            </th>
          )}
          {withDelta && (
            <th scope="col" className={numHeader}>
              {t('meeting.col.deltaPercent')}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.unit.id} className={styles.row}>
            <th scope="row" className={styles.name}>
              {r.unit.name.trim()}
            </th>
            <td className={styles.num}>{memoNumberText(r.exact.total, decimals)}</td>
            {withDelta && (
              <td className={mergeClasses(styles.num, signClass(r.delta, styles))}>
                {deltaText(r.exact.delta, decimals)}
              </td>
            )}
            {withDelta && (
              <td className={mergeClasses(styles.num, signClass(r.deltaPercent, styles))}>
                {r.deltaPercent === undefined ? '–' : percentText(r.deltaPercent)}
              </td>
            )}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className={styles.foot}>
          <th scope="row" className={mergeClasses(styles.name, styles.sumLabel)}>
            {t('meeting.sum')}
          </th>
          <td className={styles.num} data-testid="presentation-total">
            {memoNumberText(sum.total, decimals)}
          </td>
          {withDelta && (
            <td className={mergeClasses(styles.num, signClass(sum.delta && sign(sum.delta), styles))}>
              {deltaText(sum.delta, decimals)}
            </td>
          )}
          {withDelta && <td className={styles.num} />}
        </tr>
      </tfoot>
    </table>
  );
}

/** "+1 234" / "−1 234" / "±0", exact (the sign never by color alone); "–" where there is no Δ. */
function deltaText(value: Rational | undefined, decimals: number): string {
  if (value === undefined) return '–';
  const s = sign(value);
  const text = memoNumberText(value, decimals);
  return s > 0 ? `+${text}` : s === 0 ? '±0' : text;
}

function percentText(p: number): string {
  const text = formatNumber(p, 1);
  return p > 0 && text !== '0,0' ? `+${text}` : text;
}

function signClass(value: number | undefined, styles: Styles): string | undefined {
  if (value === undefined || value === 0) return undefined;
  return value > 0 ? styles.up : styles.down;
}
