/**
 * Whether Excel could turn this text into something else when it is assigned to a General cell: a formula
 * (=, +, -, @), an error value ("#N/A", "#REF!"), a number ("0980" loses its zero, "1 234", "12,5"), a date
 * ("1 mars", "2024-01-01") or a boolean. Such cells get number format "@" (Text) before their
 * value is written — the same thing a user does with Format Cells → Text — so Excel stores the text as typed.
 * Plain words are left General so that the sheet stays normal to edit.
 * @example textNeedsTextFormat('0980') //=> true
 * @example textNeedsTextFormat('Falun') //=> false
 */
export function textNeedsTextFormat(text: string): boolean {
  if (text === '') return false;
  // A leading apostrophe is written doubled in a General cell instead: Excel swallows one as its text prefix
  // (documented for General cells), which keeps the rest as text whatever it looks like.
  if (text.startsWith("'")) return false;
  if (/^[=+\-@#\t\r\n]/.test(text)) return true;
  if (/\d/.test(text)) return true;
  if (/^\s|\s$/.test(text)) return true;
  return /^(true|false|sant|falskt)$/i.test(text);
}
