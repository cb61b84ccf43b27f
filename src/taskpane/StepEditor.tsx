import { Button, Caption1, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { type PlanJson } from '../domain/plan/planSchema';
import { AmountField } from './AmountField';
import { LabeledDropdown } from './LabeledDropdown';
import { blendWeightSum } from './state/blendWeightSum';
import { type StepJson } from './state/planEdits';
import { useStrings } from './StringsContext';

const useStyles = makeStyles({
  rows: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr) auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
  },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** The fields of one plan step; `problem` is the engine's message for this step, shown inline. */
export function StepEditor(props: {
  step: StepJson;
  plan: PlanJson;
  units: readonly { id: string; name: string }[];
  problem?: string;
  onStep: (step: StepJson) => void;
}) {
  const { t } = useStrings();
  const styles = useStyles();
  const { step, onStep } = props;
  const indicators = props.plan.indicators ?? [];
  const indicatorPicker = (label: string, value: string, onPick: (id: string) => void) => (
    <LabeledDropdown
      label={label}
      choices={[
        ...indicators.map((i) => ({ value: i.id, text: i.name })),
        // An id the plan names but does not define is shown as written, so the problem is visible.
        ...(indicators.some((i) => i.id === value) ? [] : [{ value, text: value }]),
      ]}
      value={value}
      onSelect={onPick}
    />
  );
  switch (step.kind) {
    case 'set-aside':
    case 'set-aside-percent':
      return (
        <>
          <Field label={t('step.setAsideName')}>
            <Input value={step.name} onChange={(_, d) => onStep({ ...step, name: d.value })} />
          </Field>
          {step.kind === 'set-aside' ? (
            <AmountField
              label={t('step.amount')}
              value={step.amount}
              validation={props.problem}
              onValue={(v) => onStep({ ...step, amount: v ?? '0' })}
            />
          ) : (
            <AmountField
              label={t('step.percent')}
              percent
              value={step.percent}
              validation={props.problem}
              onValue={(v) => onStep({ ...step, percent: v ?? '0' })}
            />
          )}
        </>
      );
    case 'base':
      return (
        <AmountField
          label={t('step.baseAmount')}
          value={step.amount}
          validation={props.problem}
          onValue={(v) => onStep({ ...step, amount: v ?? '0' })}
        />
      );
    case 'limits':
      return (
        <>
          <AmountField
            label={t('step.floor')}
            optional
            value={step.floor}
            validation={props.problem}
            onValue={(v) => onStep(withOptional(step, 'floor', v))}
          />
          <AmountField
            label={t('step.cap')}
            optional
            value={step.cap}
            onValue={(v) => onStep(withOptional(step, 'cap', v))}
          />
          <Caption1 className={styles.hint}>{t('step.floorHint')}</Caption1>
        </>
      );
    case 'tiers':
      return (
        <div className={styles.rows}>
          {indicatorPicker(t('step.tierIndicator'), step.indicator, (id) =>
            onStep({ ...step, indicator: id }),
          )}
          {step.tiers.map((tier, i) => (
            <div className={styles.row} key={i}>
              <AmountField
                label={t('step.tierFrom', {
                  unit:
                    indicators.find((x) => x.id === step.indicator)?.name.toLowerCase() ??
                    t('step.tierCount'),
                })}
                count
                value={tier.from}
                onValue={(v) =>
                  onStep({
                    ...step,
                    tiers: step.tiers.map((x, j) => (j === i ? { ...x, from: v ?? '0' } : x)),
                  })
                }
              />
              <AmountField
                label={t('step.tierAmount')}
                value={tier.amount}
                onValue={(v) =>
                  onStep({
                    ...step,
                    tiers: step.tiers.map((x, j) => (j === i ? { ...x, amount: v ?? '0' } : x)),
                  })
                }
              />
              <Button
                aria-label={t('step.removeRow', { n: i + 1 })}
                icon={<DeleteRegular />}
                disabled={step.tiers.length <= 1}
                onClick={() => onStep({ ...step, tiers: step.tiers.filter((_, j) => j !== i) })}
              />
            </div>
          ))}
          <div>
            <Button
              icon={<AddRegular />}
              onClick={() => onStep({ ...step, tiers: [...step.tiers, { from: '0', amount: '0' }] })}
            >
              {t('step.addRow')}
            </Button>
          </div>
          {props.problem && <Caption1 role="alert">{props.problem}</Caption1>}
        </div>
      );
    case 'fixed': {
      const entries = Object.entries(step.amounts);
      const free = props.units.filter((u) => !(u.id in step.amounts));
      return (
        <div className={styles.rows}>
          {entries.map(([id, amount], i) => (
            <div className={styles.row} key={id}>
              <Caption1>{props.units.find((u) => u.id === id)?.name ?? id}</Caption1>
              <AmountField
                label={t('step.amount')}
                value={amount}
                onValue={(v) => onStep({ ...step, amounts: { ...step.amounts, [id]: v ?? '0' } })}
              />
              <Button
                aria-label={t('step.removeRow', { n: i + 1 })}
                icon={<DeleteRegular />}
                onClick={() =>
                  onStep({ ...step, amounts: Object.fromEntries(entries.filter(([k]) => k !== id)) })
                }
              />
            </div>
          ))}
          <LabeledDropdown
            label={t('step.fixedUnit')}
            placeholder={t('step.addRow')}
            choices={free.map((u) => ({ value: u.id, text: u.name }))}
            value={undefined}
            onSelect={(id) => onStep({ ...step, amounts: { ...step.amounts, [id]: '0' } })}
          />
          {props.problem && <Caption1 role="alert">{props.problem}</Caption1>}
        </div>
      );
    }
    case 'key': {
      const key = step.key;
      const types = ['indicator', 'blend', 'equal'] as const;
      const weights = key.type === 'blend' ? blendWeightSum(key.parts.map((p) => p.weight)) : undefined;
      return (
        <div className={styles.rows}>
          <LabeledDropdown
            label={t('step.keyType')}
            choices={types.map((x) => ({ value: x, text: t(`step.keyType.${x}`) }))}
            value={key.type}
            onSelect={(x) => onStep({ kind: 'key', key: keyOfType(x as (typeof types)[number], indicators) })}
          />
          {key.type === 'indicator' &&
            indicatorPicker(t('step.keyIndicator'), key.indicator, (id) =>
              onStep({ kind: 'key', key: { type: 'indicator', indicator: id } }),
            )}
          {key.type === 'blend' && (
            <>
              {key.parts.map((part, i) => (
                <div className={styles.row} key={i}>
                  {indicatorPicker(t('step.keyIndicator'), part.indicator, (id) =>
                    onStep({
                      kind: 'key',
                      key: {
                        type: 'blend',
                        parts: key.parts.map((x, j) => (j === i ? { ...x, indicator: id } : x)),
                      },
                    }),
                  )}
                  <AmountField
                    label={t('step.weight')}
                    percent
                    value={part.weight}
                    onValue={(v) =>
                      onStep({
                        kind: 'key',
                        key: {
                          type: 'blend',
                          parts: key.parts.map((x, j) => (j === i ? { ...x, weight: v ?? '0' } : x)),
                        },
                      })
                    }
                  />
                  <Button
                    aria-label={t('step.removeRow', { n: i + 1 })}
                    icon={<DeleteRegular />}
                    disabled={key.parts.length <= 1}
                    onClick={() =>
                      onStep({
                        kind: 'key',
                        key: { type: 'blend', parts: key.parts.filter((_, j) => j !== i) },
                      })
                    }
                  />
                </div>
              ))}
              <div>
                <Button
                  icon={<AddRegular />}
                  onClick={() =>
                    onStep({
                      kind: 'key',
                      key: {
                        type: 'blend',
                        parts: [...key.parts, { indicator: indicators[0]?.id ?? 'population', weight: '0' }],
                      },
                    })
                  }
                >
                  {t('step.addRow')}
                </Button>
              </div>
              {weights && !weights.complete ? (
                <Caption1 role="alert">{t('step.weightSumWrong', { sum: weights.text })}</Caption1>
              ) : (
                <Caption1 role={props.problem ? 'alert' : undefined}>
                  {t('step.weightSum', { sum: weights?.text ?? '0' })}
                  {props.problem ? ` – ${props.problem}` : ''}
                </Caption1>
              )}
            </>
          )}
        </div>
      );
    }
  }
}

function withOptional<S extends StepJson & { kind: 'limits' }>(
  step: S,
  key: 'floor' | 'cap',
  value: string | undefined,
): S {
  const { [key]: _drop, ...rest } = step;
  return (value === undefined ? rest : { ...rest, [key]: value }) as S;
}

function keyOfType(
  type: 'indicator' | 'blend' | 'equal',
  indicators: NonNullable<PlanJson['indicators']>,
): Extract<StepJson, { kind: 'key' }>['key'] {
  const first = indicators[0]?.id ?? 'population';
  if (type === 'indicator') return { type, indicator: first };
  if (type === 'blend')
    return {
      type,
      parts: [
        { indicator: first, weight: '50' },
        { indicator: indicators[1]?.id ?? first, weight: '50' },
      ],
    };
  return { type };
}
