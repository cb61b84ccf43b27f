import { type StringKey } from '../i18n/sv';

/** The four steps of DESIGN §3.5, in order. */
export type StepId = 'underlag' | 'nyckel' | 'preview' | 'write';

export const STEPS: readonly { readonly id: StepId; readonly label: StringKey }[] = [
  { id: 'underlag', label: 'step.underlag' },
  { id: 'nyckel', label: 'step.nyckel' },
  { id: 'preview', label: 'step.preview' },
  { id: 'write', label: 'step.write' },
];
