import {
  Field,
  makeStyles,
  Slider,
  SpinButton,
  tokens,
  type SpinButtonOnChangeData,
} from '@fluentui/react-components';
import { useState } from 'react';
import { compare, rational } from '../../domain/money/arithmetic';
import { type Rational } from '../../domain/money/Rational';
import { parseKronor, parsePercent } from '../../domain/money/swedishNumber';
import { formatNumber } from '../../i18n/formatNumber';
import { type Lang } from '../../i18n/Lang';
import { t } from '../../i18n/strings';
import { type StringKey } from '../../i18n/sv';
import { knobValue } from './whatIfKnobs';

const useStyles = makeStyles({
  knob: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  // The slider takes its own line when the box leaves it too little room (a narrow pane).
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  slider: { flex: '1 1 160px', minWidth: '120px' },
  // ~100 step marks on the rail read as a dotted line on a projector: a plain rail instead.
  rail: { '::before': { backgroundImage: 'none' } },
  spin: { width: '9em', maxWidth: '100%' },
});

const HUNDRED = rational(100n);

export interface WhatIfKnobProps {
  readonly label: StringKey;
  readonly params?: Readonly<Record<string, string>>;
  readonly lang: Lang;
  /** The knob's position (the slider works in doubles; what is emitted is exact). */
  readonly value: number;
  readonly max: number;
  readonly step?: number;
  readonly percent?: boolean;
  /** The exact value chosen: a slider position or a typed text ("1,2 Mkr"), never below 0. */
  readonly onChange: (value: Rational, final: boolean) => void;
}

/** One what-if knob: a slider for rough moves and a box for exact values. */
export function WhatIfKnob(props: WhatIfKnobProps) {
  const styles = useStyles();
  const label = t(props.lang, props.label, props.params);
  const max = Math.max(props.max, props.value);
  const step = props.step ?? sliderStep(max);
  const [invalid, setInvalid] = useState(false);
  const onSpin = (_: unknown, data: SpinButtonOnChangeData) => {
    if (data.value !== undefined && data.value !== null) {
      setInvalid(false);
      props.onChange(knobValue(Math.max(0, data.value)), true);
      return;
    }
    const read = props.percent ? parsePercent : parseKronor;
    const parsed = data.displayValue === undefined ? undefined : read(data.displayValue);
    if (parsed && (!props.percent || compare(parsed, HUNDRED) <= 0)) {
      setInvalid(false);
      props.onChange(parsed, true);
    } else setInvalid(true);
  };
  return (
    <Field label={label} className={styles.knob} validationState={invalid ? 'error' : 'none'}>
      <div className={styles.row}>
        <Slider
          className={styles.slider}
          rail={{ className: styles.rail }}
          min={0}
          max={max}
          step={step}
          value={Math.min(props.value, max)}
          aria-label={t(props.lang, 'meeting.knob.slider', { label })}
          aria-valuetext={`${formatNumber(props.value)} ${props.percent ? '%' : 'kr'}`}
          onChange={(_, d) => props.onChange(knobValue(d.value), false)}
        />
        <SpinButton
          className={styles.spin}
          value={props.value}
          displayValue={formatNumber(props.value, props.percent && !Number.isInteger(props.value) ? 2 : 0)}
          min={0}
          {...(props.percent ? { max: 100 } : {})}
          step={step}
          onChange={onSpin}
          aria-label={label}
        />
      </div>
    </Field>
  );
}

/** About 100 slider positions on a round step (1, 2 or 5 × 10^n kr). */
export function sliderStep(max: number): number {
  if (max <= 100) return 1;
  const raw = max / 100;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? magnitude * 10;
}
