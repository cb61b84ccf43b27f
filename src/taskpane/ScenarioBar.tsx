import { Button, Dropdown, Field, Input, makeStyles, Option, tokens } from '@fluentui/react-components';
import { CopyRegular, DeleteRegular } from '@fluentui/react-icons';
import { useSession } from './SessionContext';
import { useStrings } from './StringsContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  dropdown: { minWidth: 0, width: '100%' },
  title: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    textTransform: 'uppercase',
    letterSpacing: '0.04em',
    margin: 0,
  },
});

/** A/B: which scenario is edited, its name, duplicate/remove, and which one it is compared with. */
export function ScenarioBar() {
  const { t } = useStrings();
  const styles = useStyles();
  const { state, active, compare, dispatch } = useSession();
  const others = state.scenarios.filter((s) => s.id !== active.id);
  return (
    <div className={styles.root} role="group" aria-labelledby="scenario-heading">
      <h3 className={styles.title} id="scenario-heading">
        {t('scenario.heading')}
      </h3>
      <Field label={t('scenario.active')}>
        <Dropdown
          className={styles.dropdown}
          value={active.name}
          selectedOptions={[active.id]}
          onOptionSelect={(_, d) => dispatch({ type: 'set-active', scenarioId: d.optionValue! })}
        >
          {state.scenarios.map((s) => (
            <Option key={s.id} value={s.id} text={s.name}>
              {s.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t('scenario.rename')}>
        <Input
          value={active.name}
          onChange={(_, d) => dispatch({ type: 'rename-scenario', scenarioId: active.id, name: d.value })}
        />
      </Field>
      <div className={styles.toolbar}>
        <Button
          icon={<CopyRegular />}
          onClick={() =>
            dispatch({ type: 'duplicate-scenario', name: t('scenario.copyName', { name: active.name }) })
          }
        >
          {t('scenario.duplicate')}
        </Button>
        <Button
          icon={<DeleteRegular />}
          disabled={state.scenarios.length <= 1}
          onClick={() => dispatch({ type: 'remove-scenario', scenarioId: active.id })}
        >
          {t('scenario.remove')}
        </Button>
      </div>
      <Field label={t('scenario.compare')}>
        <Dropdown
          className={styles.dropdown}
          value={compare?.name ?? t('scenario.compareNone')}
          selectedOptions={[compare?.id ?? '']}
          onOptionSelect={(_, d) =>
            dispatch({ type: 'set-compare', scenarioId: d.optionValue ? d.optionValue : null })
          }
        >
          <Option value="" text={t('scenario.compareNone')}>
            {t('scenario.compareNone')}
          </Option>
          {others.map((s) => (
            <Option key={s.id} value={s.id} text={s.name}>
              {s.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </div>
  );
}
