import { Button, Caption1 } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { ZERO } from '../../domain/money/arithmetic';
import { AmountField } from '../AmountField';
import { KEY_TYPES } from '../commands/keyCommands';
import { type KeyJson } from '../commands/planPaths';
import { LabeledDropdown } from '../LabeledDropdown';
import { blendWeightSum } from '../state/blendWeightSum';
import { useStrings } from '../StringsContext';
import { IndicatorPicker } from './IndicatorPicker';
import { type StepPropsOf } from './StepProps';
import { useStepStyles } from './stepStyles';

/** The key: its type (one indicator, a blend, equal shares) and, for a blend, its weighted parts. */
export function KeyFields(props: StepPropsOf<'key'>) {
  const { t } = useStrings();
  const styles = useStepStyles();
  const { step, at, run } = props;
  const key = step.key;
  return (
    <div className={styles.rows}>
      <LabeledDropdown
        label={t('step.keyType')}
        choices={KEY_TYPES.map((x) => ({ value: x, text: t(`step.keyType.${x}`) }))}
        value={key.type}
        onSelect={(type) => run({ name: 'setKeyType', args: { ...at, type } })}
      />
      {key.type === 'indicator' && (
        <IndicatorPicker
          label={t('step.keyIndicator')}
          plan={props.plan}
          value={key.indicator}
          onPick={(indicator) => run({ name: 'setKeyIndicator', args: { ...at, indicator } })}
        />
      )}
      {key.type === 'blend' && <BlendParts {...props} blend={key} />}
    </div>
  );
}

function BlendParts(props: StepPropsOf<'key'> & { blend: Extract<KeyJson, { type: 'blend' }> }) {
  const { t } = useStrings();
  const styles = useStepStyles();
  const { at, run } = props;
  const parts = props.blend.parts;
  const weights = blendWeightSum(parts.map((p) => p.weight));
  return (
    <>
      {parts.map((part, i) => (
        <div className={styles.row} key={i}>
          <IndicatorPicker
            label={t('step.keyIndicator')}
            plan={props.plan}
            value={part.indicator}
            onPick={(indicator) => run({ name: 'setBlendIndicator', args: { ...at, part: i, indicator } })}
          />
          <AmountField
            label={t('step.weight')}
            percent
            value={part.weight}
            onValue={(v) => run({ name: 'setBlendWeight', args: { ...at, part: i, weight: v ?? ZERO } })}
          />
          <Button
            aria-label={t('step.removeRow', { n: i + 1 })}
            icon={<DeleteRegular />}
            disabled={parts.length <= 1}
            onClick={() => run({ name: 'removeBlendPart', args: { ...at, part: i } })}
          />
        </div>
      ))}
      <div>
        <Button icon={<AddRegular />} onClick={() => run({ name: 'addBlendPart', args: at })}>
          {t('step.addRow')}
        </Button>
      </div>
      {!weights.complete ? (
        <Caption1 role="alert">{t('step.weightSumWrong', { sum: weights.text })}</Caption1>
      ) : (
        <Caption1 {...(props.problem ? { role: 'alert' } : {})}>
          {t('step.weightSum', { sum: weights.text })}
          {props.problem ? ` – ${props.problem}` : ''}
        </Caption1>
      )}
    </>
  );
}
