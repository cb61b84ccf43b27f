import { type PlanJson } from '../../domain/plan/planSchema';
import { LabeledDropdown } from '../LabeledDropdown';

/** A dropdown of the plan's indicators; an id the plan names but does not define is shown as written. */
export function IndicatorPicker(props: {
  label: string;
  plan: PlanJson;
  value: string;
  onPick: (id: string) => void;
}) {
  const indicators = props.plan.indicators ?? [];
  const known = indicators.some((i) => i.id === props.value);
  return (
    <LabeledDropdown
      label={props.label}
      choices={[
        ...indicators.map((i) => ({ value: i.id, text: i.name })),
        // Shown as written, so the problem the engine reports is visible.
        ...(known ? [] : [{ value: props.value, text: props.value }]),
      ]}
      value={props.value}
      onSelect={props.onPick}
    />
  );
}
