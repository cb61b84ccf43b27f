import { type LocalizedText } from '../domain/findings/Finding';

/** Excel's longest sheet name, in characters. */
export const MAX_SHEET_NAME_LENGTH = 31;

const FORBIDDEN = /[[\]:*?/\\]/;

/**
 * How sheet names are compared, as Excel compares them: case-insensitively (Swedish letters included). Every
 * writer (Excel, preview, ExcelJS) compares names through this one key.
 * @example sheetNameKey('Kontroller') === sheetNameKey('KONTROLLER') //=> true
 */
export function sheetNameKey(name: string): string {
  return name.toLocaleLowerCase('sv-SE');
}

/**
 * Why Excel would refuse `name` as a sheet name, or undefined when it accepts it: 1–31 characters, none of
 * []:*?/\, no leading or trailing apostrophe, not "History" (reserved by Excel).
 * @example validateSheetName('Fördelning') //=> undefined
 * @example validateSheetName('A/B')?.sv //=> 'Bladnamnet ”A/B” går inte att använda (högst 31 tecken, inte []:*?/\\, unikt).'
 */
export function validateSheetName(name: string): LocalizedText | undefined {
  const valid =
    name.length > 0 &&
    name.length <= MAX_SHEET_NAME_LENGTH &&
    !FORBIDDEN.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    sheetNameKey(name) !== 'history';
  return valid ? undefined : WRITE_MESSAGES.badSheetName(name);
}

/** A sheet already in the workbook that the plan may touch: by name, and whether it is the add-in's output. */
export interface ExistingSheet {
  readonly name: string;
  /** Carries the add-in's output marker. */
  readonly ours: boolean;
}

/** What a writer does with a sheet plan, given the workbook's sheets. */
export type WriteDecision =
  | { readonly kind: 'write'; readonly replaces: readonly string[] }
  | {
      readonly kind: 'refuse';
      readonly code: 'bad-sheet-name' | 'name-collision' | 'output-exists';
      readonly message: LocalizedText;
    };

/**
 * The one write policy: a plan whose names Excel refuses (or repeats) is refused; a user's sheet (no marker) with
 * an output name is never written over; the add-in's earlier output is replaced only when the user has confirmed.
 * `existing` lists the workbook's sheets that share a name with the plan, plus any earlier output of the same
 * plan (under whatever name).
 * @example decideWrite([{ name: 'Kontroller', ours: false }], { sheets: [{ name: 'Kontroller' }] }, true).kind //=> 'refuse'
 */
export function decideWrite(
  existing: readonly ExistingSheet[],
  plan: { readonly sheets: readonly { readonly name: string }[] },
  confirmed: boolean,
): WriteDecision {
  const seen = new Set<string>();
  for (const { name } of plan.sheets) {
    const bad = validateSheetName(name);
    if (bad || seen.has(sheetNameKey(name)))
      return { kind: 'refuse', code: 'bad-sheet-name', message: bad ?? WRITE_MESSAGES.badSheetName(name) };
    seen.add(sheetNameKey(name));
  }
  const users = existing.filter((s) => !s.ours && seen.has(sheetNameKey(s.name))).map((s) => s.name);
  if (users.length > 0)
    return { kind: 'refuse', code: 'name-collision', message: WRITE_MESSAGES.nameCollision(users) };
  const ours = existing.filter((s) => s.ours).map((s) => s.name);
  if (ours.length > 0 && !confirmed)
    return { kind: 'refuse', code: 'output-exists', message: WRITE_MESSAGES.outputExists(ours) };
  return { kind: 'write', replaces: ours };
}

/** The write policy's messages, one set for every writer. */
export const WRITE_MESSAGES = {
  badSheetName: (sheet: string): LocalizedText => ({
    sv: `Bladnamnet ”${sheet}” går inte att använda (högst 31 tecken, inte []:*?/\\, unikt).`,
    en: `The sheet name “${sheet}” cannot be used (at most 31 characters, none of []:*?/\\, unique).`,
  }),
  nameCollision: (sheets: readonly string[]): LocalizedText => ({
    sv: `Bladet ${sheets.join(', ')} är ditt eget (saknar Länsnyckels märkning) och har samma namn som ett resultatblad. Byt namn på det; inget skrevs.`,
    en: `Sheet ${sheets.join(', ')} is your own (it has no Länsnyckel marker) and has the name of an output sheet. Rename it; nothing was written.`,
  }),
  outputExists: (sheets: readonly string[]): LocalizedText => ({
    sv: `Resultatbladen ${sheets.join(', ')} finns redan. Bekräfta att de ska ersättas.`,
    en: `The output sheets ${sheets.join(', ')} already exist. Confirm that they should be replaced.`,
  }),
};
