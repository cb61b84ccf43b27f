import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { CopyRegular, DeleteRegular } from '@fluentui/react-icons';
import { LabeledDropdown } from './LabeledDropdown';
import { useSession } from './SessionContext';
import { useStrings } from './StringsContext';
import { sectionTitle } from './sectionTitle';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  title: sectionTitle,
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
      <LabeledDropdown
        label={t('scenario.active')}
        choices={state.scenarios.map((s) => ({ value: s.id, text: s.name }))}
        value={active.id}
        onSelect={(id) => dispatch({ type: 'set-active', scenarioId: id })}
      />
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
      <LabeledDropdown
        label={t('scenario.compare')}
        choices={[
          { value: '', text: t('scenario.compareNone') },
          ...others.map((s) => ({ value: s.id, text: s.name })),
        ]}
        value={compare?.id ?? ''}
        onSelect={(id) => dispatch({ type: 'set-compare', scenarioId: id === '' ? null : id })}
      />
    </div>
  );
}
