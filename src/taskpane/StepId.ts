import { type StringKey } from '../i18n/sv';

/** The pane's four steps, in order: Underlag, Nyckel, Förhandsgranska, Skriv. */
export type StepId = 'underlag' | 'nyckel' | 'preview' | 'write';

export const STEPS: readonly { readonly id: StepId; readonly label: StringKey }[] = [
  { id: 'underlag', label: 'step.underlag' },
  { id: 'nyckel', label: 'step.nyckel' },
  { id: 'preview', label: 'step.preview' },
  { id: 'write', label: 'step.write' },
];
