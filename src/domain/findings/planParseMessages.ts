import { type z } from 'zod';
import { type LocalizedText } from './Finding';

/**
 * What `parsePlan` says about a plan it cannot read: too large, not JSON, a newer version, or a schema issue
 * (zod's issues, which speak English, said in Swedish too). Callers pass the path and the issue, never wording.
 */
export const PLAN_PARSE_MESSAGES = {
  /** The one frame every unreadable plan's text has: "Planen är ogiltig vid pots[0].frame: …". */
  invalid: (path: string, detail: LocalizedText): LocalizedText => ({
    sv: `Planen är ogiltig${path === '' ? '' : ` vid ${path}`}: ${detail.sv}.`,
    en: `The plan is invalid${path === '' ? '' : ` at ${path}`}: ${detail.en}.`,
  }),
  tooLarge: {
    sv: 'planen är för stor (över 1 MB)',
    en: 'the plan is too large (over 1 MB)',
  } as LocalizedText,
  invalidJson: (detail: string): LocalizedText => ({
    sv: `ogiltig JSON (${detail})`,
    en: `invalid JSON (${detail})`,
  }),
  newerVersion: (version: number, supported: number): LocalizedText => ({
    sv: `Planen har version ${version} och skapades av en nyare Länsnyckel; den här versionen läser version ${supported}.`,
    en: `The plan has version ${version}, made by a newer Länsnyckel; this version reads version ${supported}.`,
  }),
  /** A schema issue: zod's English text, and the Swedish a reader of the plan needs. */
  schemaIssue: (issue: z.core.$ZodIssue): LocalizedText => ({ sv: svIssue(issue), en: issue.message }),
} as const;

function svIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `fel typ (väntade ${SV_TYPE[issue.expected] ?? issue.expected})`;
    case 'unrecognized_keys':
      return `okänd nyckel: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'värdet har ingen tillåten form';
    case 'invalid_value':
      return `otillåtet värde (tillåtna: ${issue.values.map(String).join(', ')})`;
    case 'too_big':
      return 'för stort eller för många';
    case 'too_small':
      return 'för litet, för kort eller tomt';
    default:
      // The schema's own refinements speak English; a Swedish reader gets them in Swedish.
      return SV_CUSTOM[issue.message] ?? `ogiltigt värde (${issue.message})`;
  }
}

/** zod's type names as a Swedish reader says them. */
const SV_TYPE: Readonly<Record<string, string>> = {
  number: 'ett tal',
  string: 'en text',
  object: 'ett objekt',
  array: 'en lista',
  boolean: 'sant eller falskt',
  bigint: 'ett heltal',
  null: 'null',
  undefined: 'inget värde',
};

/** The schema's refinement messages (planSchema), in Swedish. */
const SV_CUSTOM: Readonly<Record<string, string>> = {
  'must be 0 or more': 'måste vara 0 eller mer',
  'must be between 0 and 100': 'måste vara mellan 0 och 100',
  'number out of range (write large amounts as strings)':
    'talet är för stort för att läsas exakt (skriv stora belopp som text, t.ex. "1 900 000 000 000 000")',
  'not a decimal number': 'inte ett decimaltal',
  'give either an amount or a cell, not both': 'ange antingen ett belopp eller en cell, inte båda',
  'too many units': 'för många mottagare',
};
