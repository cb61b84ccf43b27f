import { posix } from 'node:path';
import { escapeXml, findElements, splice } from './xmlMarkup';
import { MalformedPartError } from './packageErrors';

/** Content types we read or write. */
export const CONTENT_TYPE = {
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  macroWorkbook: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
} as const;

/** The content type of a part per `[Content_Types].xml` (its Override, else the Default of its extension). */
export function contentTypeOf(contentTypesXml: string, part: string): string | undefined {
  const name = `/${part}`.toLowerCase();
  const override = findElements(contentTypesXml, 'Override').find(
    (e) => (e.attrs.get('PartName') ?? '').toLowerCase() === name,
  );
  if (override) return override.attrs.get('ContentType');
  const ext = posix.extname(part).slice(1).toLowerCase();
  return findElements(contentTypesXml, 'Default')
    .find((e) => (e.attrs.get('Extension') ?? '').toLowerCase() === ext)
    ?.attrs.get('ContentType');
}

/** `[Content_Types].xml` with the Overrides of `parts` removed (the rest untouched). */
export function removeOverrides(contentTypesXml: string, parts: readonly string[]): string {
  const names = new Set(parts.map((p) => `/${p}`.toLowerCase()));
  let xml = contentTypesXml;
  for (const e of findElements(contentTypesXml, 'Override').reverse()) {
    if (names.has((e.attrs.get('PartName') ?? '').toLowerCase())) xml = splice(xml, e.start, e.end, '');
  }
  return xml;
}

/** `[Content_Types].xml` with Overrides appended before `</Types>`. */
export function appendOverrides(
  contentTypesXml: string,
  overrides: readonly { readonly part: string; readonly contentType: string }[],
): string {
  const close = contentTypesXml.lastIndexOf('</Types>');
  if (close < 0) throw new MalformedPartError('not a content types part');
  const added = overrides
    .map((o) => `<Override PartName="/${escapeXml(o.part)}" ContentType="${o.contentType}"/>`)
    .join('');
  return splice(contentTypesXml, close, close, added);
}
