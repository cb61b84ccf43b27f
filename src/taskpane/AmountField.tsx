import { Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { compare, rational } from '../domain/money/arithmetic';
import { parseDecimal } from '../domain/money/parseDecimal';
import { type Rational } from '../domain/money/Rational';
import { parseKronor, parsePercent } from '../domain/money/swedishNumber';
import { toNumber } from '../domain/money/toNumber';
import { formatKronor } from '../i18n/formatKronor';
import { formatNumber } from '../i18n/formatNumber';
import { amountJson } from './commands/planPaths';
import { useStrings } from './StringsContext';

export { amountJson } from './commands/planPaths';

const HUNDRED = rational(100n);

/** A plan amount as JSON holds it (number or decimal string) in sv-SE display form: "1 900 000". */
export function amountText(value: string | number | undefined): string {
  if (value === undefined) return '';
  const r = parseDecimal(String(value));
  if (!r) return String(value);
  const n = toNumber(r);
  return formatNumber(n, Number.isInteger(n) ? 0 : 2);
}

/**
 * An amount (or, with `count`, a number of the indicator) input that accepts Swedish formats ("1 900 000",
 * "1900000", "1,9 Mkr") through the one Swedish-number parser, reports a bad text inline and calls `onValue`
 * only with the exact amounts it understood (undefined: an optional field emptied).
 */
export function AmountField(props: {
  label: string;
  value: string | number | undefined;
  onValue: (value: Rational | undefined) => void;
  optional?: boolean;
  percent?: boolean;
  /** A count of the indicator (invånare), not kronor: no "= … kr" hint. */
  count?: boolean;
  validation?: string | undefined;
}) {
  const { t } = useStrings();
  const [text, setText] = useState(amountText(props.value));
  const [bad, setBad] = useState(false);
  // Follow changes from elsewhere (undo, presets, what-if) unless the user is mid-way through a bad text.
  const [shown, setShown] = useState(props.value);
  if (shown !== props.value) {
    setShown(props.value);
    if (!bad) setText(amountText(props.value));
  }
  const read = (s: string) => {
    const r = props.percent ? parsePercent(s) : parseKronor(s);
    return r && props.percent && compare(r, HUNDRED) > 0 ? undefined : r;
  };
  const parsed = props.percent ? parsePercent(text) : parseKronor(text);
  const outOfRange = props.percent && parsed !== undefined && compare(parsed, HUNDRED) > 0;
  const message = bad
    ? t(props.percent ? 'percent.invalid' : props.count ? 'count.invalid' : 'amount.invalid')
    : props.validation;
  const hint =
    !message && parsed && !props.percent && !props.count
      ? t('amount.shown', { amount: formatKronor(toNumber(parsed)) })
      : undefined;
  return (
    <Field
      label={props.label}
      validationState={message ? 'error' : 'none'}
      {...(message === undefined ? {} : { validationMessage: message })}
      {...(hint === undefined ? {} : { hint })}
    >
      <Input
        value={text}
        inputMode="decimal"
        onChange={(_, data) => {
          setText(data.value);
          const r = read(data.value);
          if (data.value.trim() === '' && props.optional) {
            setBad(false);
            props.onValue(undefined);
          } else if (!r) setBad(true);
          else {
            setBad(false);
            props.onValue(r);
          }
        }}
        onBlur={() => {
          if (!bad && !outOfRange) setText(amountText(parsed ? amountJson(parsed) : undefined));
        }}
      />
    </Field>
  );
}
