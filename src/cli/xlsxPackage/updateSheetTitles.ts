import {
  escapeXml,
  findElement,
  findElements,
  prefixFor,
  setAttribute,
  splice,
  unescapeXml,
} from './xmlMarkup';

const VT = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';

/**
 * docProps/app.xml with the worksheet titles brought up to date: `removed` taken out of and `added` appended to the
 * worksheet group (the first group of HeadingPairs, as Excel writes it: "Worksheets", "Kalkylblad"…), its count and
 * the TitlesOfParts size updated. Returns undefined — leave the part as it is — when the part does not have that
 * shape (no titles, or a first group whose titles are not all sheet names): it is only a summary for file
 * browsers, and Excel rewrites it on the next save.
 * @param sheetNames every sheet name of the workbook before the change
 */
export function updateSheetTitles(
  appXml: string,
  sheetNames: readonly string[],
  removed: readonly string[],
  added: readonly string[],
): string | undefined {
  const vt = prefixFor(appXml, VT);
  if (vt === undefined) return undefined;
  const headings = vectorIn(appXml, 'HeadingPairs', vt);
  const titles = vectorIn(appXml, 'TitlesOfParts', vt);
  if (!headings || !titles) return undefined;
  const firstCount = findElement(appXml, `${vt}i4`, headings.innerStart, headings.innerEnd);
  const lpstrs = findElements(appXml, `${vt}lpstr`, titles.innerStart, titles.innerEnd);
  const count = Number(firstCount?.inner);
  if (!firstCount || !Number.isInteger(count) || count > lpstrs.length) return undefined;
  const group = lpstrs.slice(0, count).map((e) => unescapeXml(e.inner ?? ''));
  if (!group.every((t) => sheetNames.includes(t))) return undefined;
  const gone = new Set(removed);
  const next = [...group.filter((t) => !gone.has(t)), ...added];
  const rest = lpstrs.slice(count).map((e) => appXml.slice(e.start, e.end));
  const inner = [...next.map((t) => `<${vt}lpstr>${escapeXml(t)}</${vt}lpstr>`), ...rest].join('');
  // Back to front: the titles vector comes after the headings in the part.
  let xml = splice(appXml, titles.innerStart, titles.innerEnd, inner);
  xml = splice(
    xml,
    titles.start,
    titles.start + titles.tag.length,
    setAttribute(titles.tag, 'size', String(lpstrs.length - count + next.length)),
  );
  return splice(
    xml,
    firstCount.innerStart,
    firstCount.innerStart + (firstCount.inner ?? '').length,
    String(next.length),
  );
}

interface Vector {
  readonly start: number;
  readonly tag: string;
  readonly innerStart: number;
  readonly innerEnd: number;
}

function vectorIn(xml: string, parent: string, vt: string): Vector | undefined {
  const p =
    findElement(xml, parent) ??
    findElement(
      xml,
      `${prefixFor(xml, 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties') ?? ''}${parent}`,
    );
  if (!p?.inner) return undefined;
  const v = findElement(xml, `${vt}vector`, p.innerStart, p.innerStart + p.inner.length);
  if (!v?.inner) return undefined;
  return { start: v.start, tag: v.tag, innerStart: v.innerStart, innerEnd: v.innerStart + v.inner.length };
}
