import { makeStyles, mergeClasses, Tab, TabList, tokens } from '@fluentui/react-components';
import { STEPS, type StepId } from './StepId';
import { useStrings } from './StringsContext';

const useStyles = makeStyles({
  list: { display: 'flex', justifyContent: 'space-between' },
  tab: {
    justifyContent: 'center',
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  stack: {
    width: 'max-content',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalXXS,
  },
  number: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: '22px',
    height: '22px',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  numberSelected: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  label: { fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
});

/** The four steps, always visible; arrow keys move between them (Fluent TabList). */
export function StepNav({ step, onStep }: { step: StepId; onStep: (step: StepId) => void }) {
  const { t } = useStrings();
  const styles = useStyles();
  return (
    <TabList
      className={styles.list}
      selectedValue={step}
      onTabSelect={(_, data) => onStep(data.value as StepId)}
      aria-label={t('steps.label')}
    >
      {STEPS.map((s, i) => (
        <Tab key={s.id} value={s.id} id={`step-${s.id}`} className={styles.tab} aria-controls="step-panel">
          <span className={styles.stack}>
            <span
              className={mergeClasses(styles.number, step === s.id && styles.numberSelected)}
              aria-hidden="true"
            >
              {i + 1}
            </span>
            <span className={styles.label}>{t(s.label)}</span>
          </span>
        </Tab>
      ))}
    </TabList>
  );
}
