import { type StepJson } from '../commands/planPaths';
import { BaseFields, LimitsFields, SetAsideFields } from './AmountSteps';
import { FixedFields } from './FixedFields';
import { KeyFields } from './KeyFields';
import { type StepProps } from './StepProps';
import { TiersFields } from './TiersFields';

/**
 * The fields of one plan step. Each field dispatches a named plan command (commands/), so the editor writes no
 * plan updates itself; `problem` is the engine's message for this step, shown inline.
 */
export function StepEditor(props: StepProps<StepJson>) {
  const { step } = props;
  switch (step.kind) {
    case 'set-aside':
    case 'set-aside-percent':
      return <SetAsideFields {...props} step={step} />;
    case 'base':
      return <BaseFields {...props} step={step} />;
    case 'limits':
      return <LimitsFields {...props} step={step} />;
    case 'tiers':
      return <TiersFields {...props} step={step} />;
    case 'fixed':
      return <FixedFields {...props} step={step} />;
    case 'key':
      return <KeyFields {...props} step={step} />;
  }
}
