import { Dropdown, Field, makeStyles, Option } from '@fluentui/react-components';

/** One choice of a {@link LabeledDropdown}: the value stored and the text shown (and read out). */
export interface DropdownChoice {
  readonly value: string;
  readonly text: string;
}

const useStyles = makeStyles({
  dropdown: { minWidth: 0, width: '100%' },
});

/**
 * A Fluent Dropdown inside a labelled Field, as wide as the pane: the label names it for screen readers, the
 * selected choice's text is shown, and picking one calls `onSelect` with its value.
 */
export function LabeledDropdown(props: {
  label: string;
  choices: readonly DropdownChoice[];
  /** The selected value; undefined shows `placeholder` (or nothing). */
  value: string | undefined;
  onSelect: (value: string) => void;
  placeholder?: string;
  /** Shown under the dropdown. */
  hint?: string;
  /** An error shown under the dropdown. */
  validation?: string;
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
          if (data.optionValue !== undefined) props.onSelect(data.optionValue);
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
