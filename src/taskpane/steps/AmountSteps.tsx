import { Caption1, Field, Input } from '@fluentui/react-components';
import { ZERO } from '../../domain/money/arithmetic';
import { type Rational } from '../../domain/money/Rational';
import { AmountField } from '../AmountField';
import { useStrings } from '../StringsContext';
import { type StepProps, type StepPropsOf } from './StepProps';
import { type StepOf } from '../commands/planPaths';
import { useStepStyles } from './stepStyles';

/** A set-aside: its name and an amount in kronor or a percentage of the frame. */
export function SetAsideFields(props: StepProps<StepOf<'set-aside'> | StepOf<'set-aside-percent'>>) {
  const { t } = useStrings();
  const { at, run } = props;
  return (
    <>
      <Field label={t('step.setAsideName')}>
        <Input
          value={props.step.name}
          onChange={(_, d) => run({ name: 'setSetAsideName', args: { ...at, name: d.value } })}
        />
      </Field>
      {props.step.kind === 'set-aside' ? (
        <AmountField
          label={t('step.amount')}
          value={props.step.amount}
          validation={props.problem}
          onValue={(v) => run({ name: 'setStepAmount', args: { ...at, amount: v ?? ZERO } })}
        />
      ) : (
        <AmountField
          label={t('step.percent')}
          percent
          value={props.step.percent}
          validation={props.problem}
          onValue={(v) => run({ name: 'setSetAsidePercent', args: { ...at, percent: v ?? ZERO } })}
        />
      )}
    </>
  );
}

/** A grundbelopp: the same amount to every unit. */
export function BaseFields(props: StepPropsOf<'base'>) {
  const { t } = useStrings();
  return (
    <AmountField
      label={t('step.baseAmount')}
      value={props.step.amount}
      validation={props.problem}
      onValue={(v) => props.run({ name: 'setStepAmount', args: { ...props.at, amount: v ?? ZERO } })}
    />
  );
}

/** A floor and a cap per unit, both optional. */
export function LimitsFields(props: StepPropsOf<'limits'>) {
  const { t } = useStrings();
  const styles = useStepStyles();
  const set = (limit: 'floor' | 'cap') => (amount: Rational | undefined) =>
    props.run({ name: 'setLimit', args: { ...props.at, limit, amount } });
  return (
    <>
      <AmountField
        label={t('step.floor')}
        optional
        value={props.step.floor}
        validation={props.problem}
        onValue={set('floor')}
      />
      <AmountField label={t('step.cap')} optional value={props.step.cap} onValue={set('cap')} />
      <Caption1 className={styles.hint}>{t('step.floorHint')}</Caption1>
    </>
  );
}
