import { Dropdown, Field, makeStyles, Option } from '@fluentui/react-components';

/** One choice of a {@link LabeledDropdown}: the value stored and the text shown (and read out). */
export interface DropdownChoice<V extends string = string> {
  readonly value: V;
  readonly text: string;
}

const useStyles = makeStyles({
  dropdown: { minWidth: 0, width: '100%' },
});

/**
 * A Fluent Dropdown inside a labelled Field, as wide as the pane: the label names it for screen readers, the
 * selected choice's text is shown, and picking one calls `onSelect` with its value, typed as the choices' values
 * (so a dropdown of rounding units hands back a rounding unit, with no cast).
 */
export function LabeledDropdown<V extends string>(props: {
  label: string;
  choices: readonly DropdownChoice<V>[];
  /** The selected value; undefined shows `placeholder` (or nothing). */
  value: V | undefined;
  onSelect: (value: V) => void;
  placeholder?: string | undefined;
  /** Shown under the dropdown. */
  hint?: string | undefined;
  /** An error shown under the dropdown. */
  validation?: string | undefined;
}) {
  const styles = useStyles();
  const selected = props.choices.find((c) => c.value === props.value);
  return (
    <Field
      label={props.label}
      {...(props.hint === undefined ? {} : { hint: props.hint })}
      {...(props.validation === undefined ? {} : { validationMessage: props.validation })}
    >
      <Dropdown
        className={styles.dropdown}
        value={selected?.text ?? ''}
        selectedOptions={selected ? [selected.value] : []}
        {...(props.placeholder === undefined ? {} : { placeholder: props.placeholder })}
        onOptionSelect={(_, data) => {
          const choice = props.choices.find((c) => c.value === data.optionValue);
          if (choice) props.onSelect(choice.value);
        }}
      >
        {props.choices.map((c) => (
          <Option key={c.value} value={c.value} text={c.text}>
            {c.text}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
