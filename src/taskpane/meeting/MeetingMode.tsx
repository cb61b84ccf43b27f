import { ToggleButton } from '@fluentui/react-components';
import { SlideTextRegular } from '@fluentui/react-icons';
import { useCallback, useRef, useState } from 'react';
import { type Allocation } from '../../domain/allocation/Allocation';
import { type PlanJson } from '../../domain/plan/planSchema';
import { type Lang } from '../../i18n/Lang';
import { t } from '../../i18n/strings';
import { describePlanSentence } from '../../output/describePlanSentence';
import { PresentationView } from './PresentationView';
import { WhatIfPanel, type WhatIfHistory } from './WhatIfPanel';
import { type KnobId } from './whatIfKnobs';

export interface MeetingModeProps {
  readonly lang: Lang;
  /** The active scenario's plan and result. */
  readonly plan: PlanJson;
  readonly allocation?: Allocation;
  /** The other scenario's result and name, for Δ per unit. */
  readonly compare?: Allocation;
  readonly compareName?: string;
  /** Plan edits from the what-if knobs; `coalesce` is set while a slider is dragged (one undo step per drag). */
  readonly onPlanChange: (next: PlanJson, coalesce: string | undefined) => void;
  readonly history?: WhatIfHistory;
  /** Source table for the memo's key/source line. */
  readonly source?: { readonly sheet: string; readonly range?: string };
}

declare global {
  interface Window {
    /** The last memo copied (read by the end-to-end test and the bench; never by the app). */
    __lansnyckelLastMemo?: { readonly html: string; readonly tsv: string };
  }
}

/** The "Presentationsläge" toggle and, when on, the presentation view with the what-if panel. */
export function MeetingMode(props: MeetingModeProps) {
  const [on, setOn] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const exit = useCallback(() => {
    setOn(false);
    toggle.current?.focus();
  }, []);
  const sentence = describePlanSentence(props.plan, props.lang);
  const onPlanChange = props.onPlanChange;
  const change = useCallback(
    (next: PlanJson, meta: { knob: KnobId; final: boolean }) =>
      onPlanChange(next, meta.final ? undefined : `what-if-${meta.knob}`),
    [onPlanChange],
  );
  return (
    <>
      <ToggleButton
        ref={toggle}
        icon={<SlideTextRegular />}
        checked={on}
        onClick={() => setOn((v) => !v)}
        disabled={!props.allocation}
      >
        {t(props.lang, 'meeting.present')}
      </ToggleButton>
      {on && props.allocation && (
        <PresentationView
          allocation={props.allocation}
          compare={props.compare}
          compareName={props.compareName}
          planSentence={sentence}
          lang={props.lang}
          onExit={exit}
          memo={{ keyInWords: sentence, source: props.source, date: new Date().toISOString().slice(0, 10) }}
          onMemoCopied={(memo) => {
            window.__lansnyckelLastMemo = memo;
          }}
          whatIf={
            <WhatIfPanel
              plan={props.plan}
              onPlanChange={change}
              lang={props.lang}
              unitCount={props.allocation.units.length}
              history={props.history}
              large
            />
          }
        />
      )}
    </>
  );
}
