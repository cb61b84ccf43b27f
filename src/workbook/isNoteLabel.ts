import { normalizeLabel } from '../domain/units/normalizeLabel';

const NOTE_LABEL =
  /^(källa|källor|anm|anmärkning|anmärkningar|not|noter|fotnot|fotnoter|kommentar|kommentarer|förklaring|teckenförklaring|symbolförklaring|definition|definitioner|senast uppdaterad|uppdaterad|publicerad|publiceringsdatum|uttagsdatum|uppgift saknas|uppgiften saknas|source|sources|note|notes|footnote)(\b|$|[\s.:,;)–-])|^(\.\.|…|\*+|\d{1,2}\)|\(\d{1,2}\)|[a-z]\))(\s|$)/u;

/**
 * Whether a row label starts a note under (or over) a table: "Källa: SCB", "Anm.", "Not:", "Fotnot", "1) …",
 * "* …", ".. = uppgift saknas", "Senast uppdaterad 2024-03-01". Such a row is text about the table, never a unit
 * or a total, even with a number (a year, a date) beside it.
 * @example isNoteLabel('Källa: SCB, befolkningsstatistik') //=> true
 * @example isNoteLabel('Norberg') //=> false
 */
export function isNoteLabel(label: string): boolean {
  return NOTE_LABEL.test(normalizeLabel(label));
}
