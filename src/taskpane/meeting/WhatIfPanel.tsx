import {
  Button,
  Field,
  makeStyles,
  Select,
  Slider,
  SpinButton,
  tokens,
  type SpinButtonOnChangeData,
} from '@fluentui/react-components';
import { ArrowRedoRegular, ArrowUndoRegular } from '@fluentui/react-icons';
import { useId, useState, type KeyboardEvent } from 'react';
import { parseKronor, parsePercent } from '../../domain/money/swedishNumber';
import { toNumber } from '../../domain/money/toNumber';
import { type PlanJson } from '../../domain/plan/planSchema';
import { formatNumber } from '../../i18n/formatNumber';
import { type Lang } from '../../i18n/Lang';
import { t } from '../../i18n/strings';
import { type StringKey } from '../../i18n/sv';
import { historyShortcut } from './historyShortcut';
import { potFrame, readKnobs, setKnob, type KnobId } from './whatIfKnobs';

/** Undo/redo from the owner of the plan history (the steps engineer's reducer). */
export interface WhatIfHistory {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
}

export interface WhatIfPanelProps {
  readonly plan: PlanJson;
  /** Every knob change, at once (a slider drag emits many; `final` is true on release / typed values). */
  readonly onPlanChange: (next: PlanJson, meta: { readonly knob: KnobId; readonly final: boolean }) => void;
  readonly lang: Lang;
  /** Units sharing the pot: bounds the floor and grundbelopp sliders (frame / units). */
  readonly unitCount?: number;
  readonly history?: WhatIfHistory;
  /** Labels, boxes and buttons in the surrounding type size (presentation mode) instead of Fluent's small one. */
  readonly large?: boolean;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  knobs: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  knob: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  // The slider takes its own line when the box leaves it too little room (a narrow pane).
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  slider: { flex: '1 1 160px', minWidth: '120px' },
  // ~100 step marks on the rail read as a dotted line on a projector: a plain rail instead.
  rail: { '::before': { backgroundImage: 'none' } },
  spin: { width: '9em', maxWidth: '100%' },
  // Fluent fixes the size of labels, inputs and buttons: take the surrounding (presentation) type size instead.
  large: {
    '& input, & label, & button.fui-Button': { fontSize: 'inherit' },
    '& button.fui-Button': { minHeight: '2em' },
  },
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
  heading: { margin: 0, fontSize: '1.1em' },
});

/**
 * "Tänk om …": sliders and exact number boxes for a pot's set-aside, floor, grundbelopp and blend weight. Each
 * change emits the next plan at once; Ctrl+Z / Ctrl+Y call the history's undo/redo when given.
 */
export function WhatIfPanel(props: WhatIfPanelProps) {
  const styles = useStyles();
  const { plan, lang } = props;
  const [potIndex, setPotIndex] = useState(0);
  const pot = Math.min(potIndex, plan.pots.length - 1);
  const knobs = readKnobs(plan, pot);
  const frame = potFrame(plan, pot);
  const units = Math.max(1, props.unitCount ?? 1);
  const headingId = useId();
  const potId = useId();
  const change = (knob: KnobId, value: number, final: boolean) =>
    props.onPlanChange(setKnob(plan, pot, knob, value), { knob, final });
  const key = plan.pots[pot]?.steps.find((s) => s.kind === 'key');
  const keySpec = key?.kind === 'key' ? key.key : undefined;
  const firstPart = keySpec?.type === 'blend' ? keySpec.parts[0] : undefined;
  const blendName = firstPart
    ? (plan.indicators?.find((i) => i.id === firstPart.indicator)?.name ?? firstPart.indicator)
    : undefined;
  const maxAmount = frame ?? Math.max(knobs.setAside, knobs.floor, knobs.base, 1_000_000) * 4;
  const onKeyDown = (e: KeyboardEvent) => {
    const history = props.history;
    const command = history ? historyShortcut(e) : undefined;
    if (!history || !command || !(command === 'undo' ? history.canUndo : history.canRedo)) return;
    e.preventDefault();
    if (command === 'undo') history.onUndo();
    else history.onRedo();
  };
  return (
    <section
      className={[styles.root, props.large ? styles.large : ''].join(' ')}
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
      data-testid="what-if"
    >
      <div className={styles.bar}>
        <h3 id={headingId} className={styles.heading}>
          {t(lang, 'meeting.whatIf')}
        </h3>
        {plan.pots.length > 1 && (
          <Field label={t(lang, 'meeting.pot')}>
            <Select id={potId} value={String(pot)} onChange={(_, d) => setPotIndex(Number(d.value))}>
              {plan.pots.map((p, i) => (
                <option key={p.id} value={i}>
                  {p.name}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {props.history && (
          <>
            <Button
              icon={<ArrowUndoRegular />}
              disabled={!props.history.canUndo}
              onClick={props.history.onUndo}
              aria-keyshortcuts="Control+Z"
            >
              {t(lang, 'meeting.undo')}
            </Button>
            <Button
              icon={<ArrowRedoRegular />}
              disabled={!props.history.canRedo}
              onClick={props.history.onRedo}
              aria-keyshortcuts="Control+Y"
            >
              {t(lang, 'meeting.redo')}
            </Button>
          </>
        )}
      </div>
      {frame === undefined && <p>{t(lang, 'meeting.knob.frameFromCell')}</p>}
      <div className={styles.knobs}>
        <Knob
          label="meeting.knob.setAside"
          lang={lang}
          value={knobs.setAside}
          max={maxAmount}
          onChange={(v, f) => change('setAside', v, f)}
        />
        <Knob
          label="meeting.knob.floor"
          lang={lang}
          value={knobs.floor}
          max={Math.floor(maxAmount / units)}
          onChange={(v, f) => change('floor', v, f)}
        />
        <Knob
          label="meeting.knob.base"
          lang={lang}
          value={knobs.base}
          max={Math.floor(maxAmount / units)}
          onChange={(v, f) => change('base', v, f)}
        />
        {knobs.blendWeight !== undefined && blendName !== undefined ? (
          <Knob
            label="meeting.knob.blendWeight"
            params={{ indicator: blendName }}
            lang={lang}
            value={knobs.blendWeight}
            max={100}
            step={1}
            percent
            onChange={(v, f) => change('blendWeight', v, f)}
          />
        ) : null}
      </div>
    </section>
  );
}

interface KnobProps {
  readonly label: StringKey;
  readonly params?: Readonly<Record<string, string>>;
  readonly lang: Lang;
  readonly value: number;
  readonly max: number;
  readonly step?: number;
  readonly percent?: boolean;
  readonly onChange: (value: number, final: boolean) => void;
}

function Knob(props: KnobProps) {
  const styles = useStyles();
  const label = t(props.lang, props.label, props.params);
  const max = Math.max(props.max, props.value);
  const step = props.step ?? sliderStep(max);
  const [invalid, setInvalid] = useState(false);
  const onSpin = (_: unknown, data: SpinButtonOnChangeData) => {
    if (data.value !== undefined && data.value !== null) {
      setInvalid(false);
      props.onChange(Math.max(0, data.value), true);
      return;
    }
    const read = props.percent ? parsePercent : parseKronor;
    const parsed = data.displayValue === undefined ? undefined : read(data.displayValue);
    const value = parsed ? toNumber(parsed) : NaN;
    if (Number.isFinite(value) && (!props.percent || value <= 100)) {
      setInvalid(false);
      props.onChange(value, true);
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
          onChange={(_, d) => props.onChange(d.value, false)}
        />
        <SpinButton
          className={styles.spin}
          value={props.value}
          displayValue={formatNumber(props.value, props.percent && !Number.isInteger(props.value) ? 2 : 0)}
          min={0}
          max={props.percent ? 100 : undefined}
          step={step}
          onChange={onSpin}
          aria-label={label}
        />
      </div>
    </Field>
  );
}

// "1,2 Mkr" and "300 tkr" typed into a box mean kronor.
/** About 100 slider positions on a round step (1, 2 or 5 × 10^n kr). */
export function sliderStep(max: number): number {
  if (max <= 100) return 1;
  const raw = max / 100;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? magnitude * 10;
}
