import { makeStyles, tokens } from '@fluentui/react-components';

/** The row layout the step editors share: label/field, field, remove button. */
export const useStepStyles = makeStyles({
  rows: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr) auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
  },
  hint: { color: tokens.colorNeutralForeground3 },
});
