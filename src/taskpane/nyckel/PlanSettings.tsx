import { Button, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { PLAN_PRESETS } from '../../domain/presets/planPresets';
import { LabeledDropdown } from '../LabeledDropdown';
import { useSessionState } from '../SessionContext';
import { usePlanCommand } from '../steps/useStepCommand';
import { useStrings } from '../StringsContext';
import { useNyckelStyles } from './nyckelStyles';

const UNITS = ['1', '100', '1000', '0.01'] as const;
const METHODS = ['largest-remainder', 'round-each', 'cumulative'] as const;

/** A preset chosen from the list and applied as the whole plan (undoable). */
export function PresetPicker() {
  const { t, lang } = useStrings();
  const styles = useNyckelStyles();
  const run = usePlanCommand();
  const [presetId, setPresetId] = useState('storleksklasser-befolkning');
  return (
    <div className={styles.block}>
      <LabeledDropdown
        label={t('plan.preset')}
        choices={PLAN_PRESETS.map((p) => ({ value: p.id, text: p.name[lang] }))}
        value={presetId}
        onSelect={setPresetId}
      />
      <div className={styles.toolbar}>
        <Button
          appearance="primary"
          onClick={() => {
            const preset = PLAN_PRESETS.find((p) => p.id === presetId);
            if (preset) run({ name: 'replacePlan', args: { plan: preset.build() } });
          }}
        >
          {t('plan.presetApply')}
        </Button>
      </div>
    </div>
  );
}

/** The plan's name and its rounding (unit and method). */
export function PlanSettings() {
  const { t } = useStrings();
  const styles = useNyckelStyles();
  const run = usePlanCommand();
  const plan = useSessionState().active.plan;
  return (
    <>
      <Field label={t('plan.name')}>
        <Input
          value={plan.name}
          onChange={(_, d) => run({ name: 'setPlanName', args: { name: d.value } }, 'name')}
        />
      </Field>
      <div className={styles.block} role="group" aria-labelledby="rounding-heading">
        <h3 className={styles.title} id="rounding-heading">
          {t('plan.rounding')}
        </h3>
        <LabeledDropdown
          label={t('plan.roundingUnit')}
          choices={UNITS.map((u) => ({ value: u, text: t(`plan.unit.${u}`) }))}
          value={plan.rounding?.unit ?? '1'}
          onSelect={(unit) => run({ name: 'setRounding', args: { unit } })}
        />
        <LabeledDropdown
          label={t('plan.method')}
          choices={METHODS.map((m) => ({ value: m, text: t(`plan.method.${m}`) }))}
          value={plan.rounding?.method ?? 'largest-remainder'}
          onSelect={(method) => run({ name: 'setRounding', args: { method } })}
        />
      </div>
    </>
  );
}
