import { Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { type Finding } from '../domain/findings/Finding';
import { type TableModel } from '../domain/table/TableModel';
import { FindingItem } from './FindingItem';
import { useStrings } from './StringsContext';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** A detected table: where it is, what it holds, and its findings (click one to see the cell). */
export function TableSummary(props: {
  table: TableModel;
  findings: readonly Finding[];
  onShow: (finding: Finding) => void;
}) {
  const { t } = useStrings();
  const styles = useStyles();
  const { table, findings } = props;
  return (
    <section className={styles.root} aria-label={t('underlag.table', { range: table.range })}>
      <Subtitle2 as="h3">{table.title ?? t('underlag.table', { range: table.range })}</Subtitle2>
      <Caption1 className={styles.muted}>
        {t('underlag.table', { range: table.range })} ·{' '}
        {t('underlag.tableUnits', { units: table.rows.length, columns: table.columns.length })}
      </Caption1>
      {findings.length === 0 ? (
        <Caption1>{t(table.totalRow ? 'underlag.noFindings' : 'underlag.noFindingsNoTotal')}</Caption1>
      ) : (
        <ul className={styles.list} aria-label={t('underlag.findingsCount', { count: findings.length })}>
          {findings.map((finding, i) => (
            <li key={`${finding.code}-${finding.cells.join()}-${i}`}>
              <FindingItem finding={finding} onShow={props.onShow} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
