import { Field, Input } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { parseDecimal } from '../domain/money/parseDecimal';
import { type Rational } from '../domain/money/Rational';
import { parseKronor, parsePercent } from '../domain/money/swedishNumber';
import { toDecimalString } from '../domain/money/toDecimalString';
import { toNumber } from '../domain/money/toNumber';
import { formatKronor } from '../i18n/formatKronor';
import { formatNumber } from '../i18n/formatNumber';
import { useStrings } from './StringsContext';

/** A plan amount as JSON holds it (number or decimal string) in sv-SE display form: "1 900 000". */
export function amountText(value: string | number | undefined): string {
  if (value === undefined) return '';
  const r = typeof value === 'number' ? parseDecimal(String(value)) : parseDecimal(value);
  if (!r) return String(value);
  const n = toNumber(r);
  return formatNumber(n, Number.isInteger(n) ? 0 : 2);
}

/** The exact decimal string a plan stores for an amount ("1900000", "12.5"). */
export function amountJson(r: Rational): string {
  return toDecimalString(r, 2).replace(/\.?0+$/, '') || '0';
}

/**
 * An amount (or, with `count`, a number of the indicator) input that accepts Swedish formats ("1 900 000", "1900000", "1,9 Mkr"), reports a bad text inline
 * and calls `onValue` only with amounts it understood.
 */
export function AmountField(props: {
  label: string;
  value: string | number | undefined;
  onValue: (json: string | undefined) => void;
  optional?: boolean;
  percent?: boolean;
  /** A count of the indicator (invånare), not kronor: no "= … kr" hint. */
  count?: boolean;
  validation?: string;
}) {
  const { t } = useStrings();
  const [text, setText] = useState(amountText(props.value));
  const [bad, setBad] = useState(false);
  // Follow changes from elsewhere (undo, presets, what-if) unless the user is mid-way through a bad text.
  useEffect(() => {
    if (!bad) setText(amountText(props.value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.value]);
  const read = props.percent ? parsePercent : parseKronor;
  const parsed = read(text);
  const outOfRange = props.percent && parsed !== undefined && toNumber(parsed) > 100;
  const message = bad
    ? t(props.percent ? 'percent.invalid' : props.count ? 'count.invalid' : 'amount.invalid')
    : props.validation;
  return (
    <Field
      label={props.label}
      validationState={message ? 'error' : 'none'}
      validationMessage={message}
      hint={
        !message && parsed && !props.percent && !props.count
          ? t('amount.shown', { amount: formatKronor(toNumber(parsed)) })
          : undefined
      }
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
          } else if (!r || (props.percent && toNumber(r) > 100)) setBad(true);
          else {
            setBad(false);
            props.onValue(amountJson(r));
          }
        }}
        onBlur={() => {
          if (!bad && !outOfRange) setText(amountText(parsed ? amountJson(parsed) : undefined));
        }}
      />
    </Field>
  );
}
