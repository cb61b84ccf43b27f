import { Button, Caption1 } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { ZERO } from '../../domain/money/arithmetic';
import { AmountField } from '../AmountField';
import { LabeledDropdown } from '../LabeledDropdown';
import { useStrings } from '../StringsContext';
import { type StepPropsOf } from './StepProps';
import { useStepStyles } from './stepStyles';

/** Fixed amounts: one row per unit that gets one, and a dropdown to add a unit. */
export function FixedFields(props: StepPropsOf<'fixed'>) {
  const { t } = useStrings();
  const styles = useStepStyles();
  const { step, at, run } = props;
  const free = props.units.filter((u) => !(u.id in step.amounts));
  return (
    <div className={styles.rows}>
      {Object.entries(step.amounts).map(([unit, amount], i) => (
        <div className={styles.row} key={unit}>
          <Caption1>{props.units.find((u) => u.id === unit)?.name ?? unit}</Caption1>
          <AmountField
            label={t('step.amount')}
            value={amount}
            onValue={(v) => run({ name: 'setFixedAmount', args: { ...at, unit, amount: v ?? ZERO } })}
          />
          <Button
            aria-label={t('step.removeRow', { n: i + 1 })}
            icon={<DeleteRegular />}
            onClick={() => run({ name: 'removeFixedAmount', args: { ...at, unit } })}
          />
        </div>
      ))}
      <LabeledDropdown
        label={t('step.fixedUnit')}
        placeholder={t('step.addRow')}
        choices={free.map((u) => ({ value: u.id, text: u.name }))}
        value={undefined}
        onSelect={(unit) => run({ name: 'setFixedAmount', args: { ...at, unit, amount: ZERO } })}
      />
      {props.problem && <Caption1 role="alert">{props.problem}</Caption1>}
    </div>
  );
}
