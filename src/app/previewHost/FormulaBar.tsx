import { makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../../taskpane/StringsContext';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'stretch',
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase300,
  },
  nameBox: {
    minWidth: '96px',
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusSmall,
    fontVariantNumeric: 'tabular-nums',
    display: 'flex',
    alignItems: 'center',
  },
  fx: { color: tokens.colorNeutralForeground3, fontStyle: 'italic', display: 'flex', alignItems: 'center' },
  content: {
    flexGrow: 1,
    paddingLeft: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusSmall,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    display: 'flex',
    alignItems: 'center',
    minHeight: '24px',
  },
});

/** Name box and formula bar: the selected address and what its top-left cell holds. */
export function FormulaBar({ address, content }: { address: string; content: string }) {
  const { t } = useStrings();
  const styles = useStyles();
  return (
    <div className={styles.bar}>
      <output className={styles.nameBox} aria-label={t('preview.selection', { address })}>
        {address}
      </output>
      <span className={styles.fx} aria-hidden="true">
        fx
      </span>
      <output className={styles.content} data-testid="formula-bar">
        {content}
      </output>
    </div>
  );
}
