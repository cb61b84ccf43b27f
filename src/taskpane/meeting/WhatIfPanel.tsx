import { Button, Field, makeStyles, mergeClasses, Select, tokens } from '@fluentui/react-components';
import { ArrowRedoRegular, ArrowUndoRegular } from '@fluentui/react-icons';
import { useId, useState, type KeyboardEvent } from 'react';
import { type Rational } from '../../domain/money/Rational';
import { toNumber } from '../../domain/money/toNumber';
import { type PlanJson } from '../../domain/plan/planSchema';
import { type Lang } from '../../i18n/Lang';
import { t } from '../../i18n/strings';
import { runHistoryShortcut } from '../commands/historyCommands';
import { potFrame, readKnobs, setKnob, type KnobId } from './whatIfKnobs';
import { WhatIfKnob as Knob } from './WhatIfKnob';

export { sliderStep } from './WhatIfKnob';

/** Undo/redo from the owner of the plan history (the session reducer). */
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
  readonly unitCount?: number | undefined;
  readonly history?: WhatIfHistory | undefined;
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
  const exactFrame = potFrame(plan, pot);
  const frame = exactFrame && toNumber(exactFrame);
  const units = Math.max(1, props.unitCount ?? 1);
  const headingId = useId();
  const change = (knob: KnobId, value: Rational, final: boolean) =>
    props.onPlanChange(setKnob(plan, pot, knob, value), { knob, final });
  const blendName = firstBlendIndicator(plan, pot);
  const maxAmount = frame ?? Math.max(knobs.setAside, knobs.floor, knobs.base, 1_000_000) * 4;
  const onKeyDown = (e: KeyboardEvent) => {
    const history = props.history;
    if (history)
      runHistoryShortcut(e, (a) => (a.type === 'undo' ? history.onUndo() : history.onRedo()), history);
  };
  return (
    <section
      className={mergeClasses(styles.root, props.large && styles.large)}
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
      data-testid="what-if"
    >
      <div className={styles.bar}>
        <h3 id={headingId} className={styles.heading}>
          {t(lang, 'meeting.whatIf')}
        </h3>
        {plan.pots.length > 1 && <PotSelect plan={plan} pot={pot} lang={lang} onPot={setPotIndex} />}
        {props.history && <HistoryButtons history={props.history} lang={lang} />}
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

/** The name of the indicator a blend key's first part reads (undefined when the pot's key is no blend). */
function firstBlendIndicator(plan: PlanJson, pot: number): string | undefined {
  const key = plan.pots[pot]?.steps.find((s) => s.kind === 'key');
  const keySpec = key?.kind === 'key' ? key.key : undefined;
  const firstPart = keySpec?.type === 'blend' ? keySpec.parts[0] : undefined;
  return firstPart
    ? (plan.indicators?.find((i) => i.id === firstPart.indicator)?.name ?? firstPart.indicator)
    : undefined;
}

function HistoryButtons(props: { history: WhatIfHistory; lang: Lang }) {
  const { history, lang } = props;
  return (
    <>
      <Button
        icon={<ArrowUndoRegular />}
        disabled={!history.canUndo}
        onClick={history.onUndo}
        aria-keyshortcuts="Control+Z"
      >
        {t(lang, 'meeting.undo')}
      </Button>
      <Button
        icon={<ArrowRedoRegular />}
        disabled={!history.canRedo}
        onClick={history.onRedo}
        aria-keyshortcuts="Control+Y"
      >
        {t(lang, 'meeting.redo')}
      </Button>
    </>
  );
}

function PotSelect(props: { plan: PlanJson; pot: number; lang: Lang; onPot: (pot: number) => void }) {
  const id = useId();
  return (
    <Field label={t(props.lang, 'meeting.pot')}>
      <Select id={id} value={String(props.pot)} onChange={(_, d) => props.onPot(Number(d.value))}>
        {props.plan.pots.map((p, i) => (
          <option key={p.id} value={i}>
            {p.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
