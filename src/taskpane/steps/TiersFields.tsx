import { Button, Caption1 } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { ZERO } from '../../domain/money/arithmetic';
import { AmountField } from '../AmountField';
import { useStrings } from '../StringsContext';
import { IndicatorPicker } from './IndicatorPicker';
import { type StepPropsOf } from './StepProps';
import { useStepStyles } from './stepStyles';

/** A tier table: the indicator it reads and rows of "from this many, this amount". */
export function TiersFields(props: StepPropsOf<'tiers'>) {
  const { t } = useStrings();
  const styles = useStepStyles();
  const { step, at, run } = props;
  const unit =
    props.plan.indicators?.find((x) => x.id === step.indicator)?.name.toLowerCase() ?? t('step.tierCount');
  return (
    <div className={styles.rows}>
      <IndicatorPicker
        label={t('step.tierIndicator')}
        plan={props.plan}
        value={step.indicator}
        onPick={(indicator) => run({ name: 'setTierIndicator', args: { ...at, indicator } })}
      />
      {step.tiers.map((tier, row) => (
        <div className={styles.row} key={row}>
          <AmountField
            label={t('step.tierFrom', { unit })}
            count
            value={tier.from}
            onValue={(v) => run({ name: 'setTier', args: { ...at, row, field: 'from', value: v ?? ZERO } })}
          />
          <AmountField
            label={t('step.tierAmount')}
            value={tier.amount}
            onValue={(v) => run({ name: 'setTier', args: { ...at, row, field: 'amount', value: v ?? ZERO } })}
          />
          <Button
            aria-label={t('step.removeRow', { n: row + 1 })}
            icon={<DeleteRegular />}
            disabled={step.tiers.length <= 1}
            onClick={() => run({ name: 'removeTier', args: { ...at, row } })}
          />
        </div>
      ))}
      <div>
        <Button icon={<AddRegular />} onClick={() => run({ name: 'addTier', args: at })}>
          {t('step.addRow')}
        </Button>
      </div>
      {props.problem && <Caption1 role="alert">{props.problem}</Caption1>}
    </div>
  );
}
