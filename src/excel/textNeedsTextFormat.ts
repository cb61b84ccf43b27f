/**
 * Whether Excel could turn this text into something else when it is assigned to a General cell: a formula
 * (=, +, -, @), a number ("0980" loses its zero, "1 234", "12,5"), a date ("1 mars", "2024-01-01"), a boolean,
 * or a quote prefix (a leading apostrophe is swallowed). Such cells get number format "@" (Text) before their
 * value is written — the same thing a user does with Format Cells → Text — so Excel stores the text as typed.
 * Plain words are left General so that the sheet stays normal to edit.
 * @example textNeedsTextFormat('0980') //=> true
 * @example textNeedsTextFormat('Falun') //=> false
 */
export function textNeedsTextFormat(text: string): boolean {
  if (text === '') return false;
  if (/^[=+\-@'\t\r\n]/.test(text)) return true;
  if (/\d/.test(text)) return true;
  if (/^\s|\s$/.test(text)) return true;
  return /^(true|false|sant|falskt)$/i.test(text);
}
