import { type LocalizedText } from '../domain/findings/Finding';

/**
 * What the preview's small formula reader says in a cell's error tooltip when it cannot evaluate a formula the way
 * Excel would (a spill without room, an argument it cannot read). The formulas' own refusals come from
 * `functions/formulaMessages.ts`; the preview shows the Swedish, as Excel in sv-SE does.
 */
export const PREVIEW_FORMULA_MESSAGES = {
  spill: (range: string): LocalizedText => ({
    sv: `spillområdet ${range} är inte tomt`,
    en: `the spill range ${range} is not empty`,
  }),
  badArgument: (arg: string): LocalizedText => ({
    sv: `förhandsvisningen kan inte läsa argumentet ”${arg}”`,
    en: `the preview cannot read the argument “${arg}”`,
  }),
  otherSheet: (arg: string): LocalizedText => ({
    sv: `förhandsvisningen läser bara celler på samma blad (${arg})`,
    en: `the preview reads only cells on the same sheet (${arg})`,
  }),
  dependsOnFormula: (ref: string): LocalizedText => ({
    sv: `${ref} beror på en annan KONTROLL-formel`,
    en: `${ref} depends on another KONTROLL formula`,
  }),
} as const;
