import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { type Finding } from '../domain/findings/Finding';
import { formatKronor } from '../i18n/formatKronor';
import { SeverityBadge } from './SeverityBadge';
import { useStrings } from './StringsContext';

const useStyles = makeStyles({
  button: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'start',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    fontWeight: tokens.fontWeightRegular,
  },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  meta: { color: tokens.colorNeutralForeground3, fontVariantNumeric: 'tabular-nums' },
});

/** One finding; activating it selects its cell in the workbook. */
export function FindingItem({ finding, onShow }: { finding: Finding; onShow: (finding: Finding) => void }) {
  const { lang, t } = useStrings();
  const styles = useStyles();
  const cell = finding.cells[0];
  return (
    <Button
      appearance="subtle"
      className={styles.button}
      onClick={() => onShow(finding)}
      disabled={cell === undefined}
      aria-description={
        cell === undefined ? undefined : t('underlag.showCell', { cell: `${finding.sheet}!${cell}` })
      }
    >
      <SeverityBadge severity={finding.severity} />
      <span className={styles.body}>
        <span>{finding.message[lang]}</span>
        <Caption1 className={styles.meta}>
          {[cell, finding.delta === undefined ? undefined : `Δ ${formatKronor(finding.delta)}`]
            .filter(Boolean)
            .join(' · ')}
        </Caption1>
      </span>
    </Button>
  );
}
