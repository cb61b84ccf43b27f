import { findElement, findElements, prefixFor, setAttribute, splice, type XmlElement } from './xmlMarkup';
import { MalformedPartError } from './packageErrors';
import { defined } from '../../domain/errors';

export const SPREADSHEETML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** The user's styles part with ours appended, and where our style indices went. */
export interface AppendedStyles {
  readonly xml: string;
  /** Our cell format index (cellXfs) → the merged part's index. */
  readonly xf: (index: number) => number;
  /** Our differential format index (dxfs, for conditional formats) → the merged part's index. */
  readonly dxf: (index: number) => number;
}

/** The order of styleSheet's children (CT_Stylesheet), for inserting a section the user's part lacks. */
const ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
] as const;
type Section = (typeof ORDER)[number];

/** First custom number format id (ids below are built in). */
const FIRST_CUSTOM_NUMFMT = 164;

/**
 * Appends the formats of `ours` (a styles part written by ExcelJS for our sheets only) to the user's styles part:
 * fonts, fills, borders, cell formats and differential formats go after the user's, custom number formats get ids
 * the user's part does not use. Every index the user's cells use keeps its meaning. A format the user's part
 * already holds with the same markup (ours from an earlier run, or a plain one) is re-used, so re-runs do not
 * grow the part. Our format 0 (the default) maps to the user's format 0, so our plain cells look like theirs.
 */
export function appendStyles(user: string, ours: string): AppendedStyles {
  const p = prefixFor(user, SPREADSHEETML) ?? '';
  const { ids: numFmtId, added: addedNumFmts } = mapNumberFormats(user, p, ours);
  const additions = new Map<Section, string[]>();
  /** Our items of a section → their indices in the merged part (re-using identical items of the user's). */
  const merge = (section: Section, markup: readonly string[]): number[] => {
    const existing = itemsOf(user, p, section, ITEM[section]).map((e) => user.slice(e.start, e.end));
    const added: string[] = [];
    const indices = markup.map((m) => {
      const same = existing.indexOf(m);
      if (same >= 0) return same;
      const again = added.indexOf(m);
      if (again >= 0) return existing.length + again;
      added.push(m);
      return existing.length + added.length - 1;
    });
    additions.set(section, added);
    return indices;
  };
  const ourMarkup = (section: Section) =>
    itemsOf(ours, '', section, ITEM[section]).map((e) => prefixed(ours.slice(e.start, e.end), p));
  const fonts = merge('fonts', ourMarkup('fonts'));
  const fills = merge('fills', ourMarkup('fills'));
  const borders = merge('borders', ourMarkup('borders'));
  const xfs = merge(
    'cellXfs',
    itemsOf(ours, '', 'cellXfs', 'xf').map((e) => {
      let tag = e.tag;
      const remap = (attr: string, to: (i: number) => number) => {
        const v = e.attrs.get(attr);
        if (v !== undefined) tag = setAttribute(tag, attr, String(to(Number(v))));
      };
      remap('fontId', (i) => indexIn(fonts, i, 'font'));
      remap('fillId', (i) => indexIn(fills, i, 'fill'));
      remap('borderId', (i) => indexIn(borders, i, 'border'));
      remap('numFmtId', (i) => numFmtId.get(i) ?? i);
      // Our cell formats derive from the user's Normal style.
      tag = setAttribute(tag, 'xfId', '0');
      return prefixed(tag + ours.slice(e.start + e.tag.length, e.end), p);
    }),
  );
  const dxfs = merge('dxfs', ourMarkup('dxfs'));
  additions.set(
    'numFmts',
    addedNumFmts.map((tag) => prefixed(tag, p)),
  );
  let xml = user;
  // Back to front, so the offsets of sections not yet edited stay valid.
  for (const section of [...ORDER].reverse()) {
    const items = additions.get(section) ?? [];
    if (items.length > 0) xml = appendToSection(xml, p, section, items);
  }
  return {
    xml,
    xf: (i) => (i === 0 ? 0 : indexIn(xfs, i, 'cell format')),
    dxf: (i) => indexIn(dxfs, i, 'differential format'),
  };
}

function itemsOf(xml: string, p: string, section: Section, item: string): XmlElement[] {
  const s = findElement(xml, `${p}${section}`);
  if (!s || s.inner === undefined) return [];
  return findElements(xml, `${p}${item}`, s.innerStart, s.innerStart + s.inner.length);
}

/**
 * Our custom number format ids → ids in the merged part (the user's id when the same code exists), and the
 * `<numFmt>` tags to add for the others.
 */
function mapNumberFormats(
  user: string,
  p: string,
  ours: string,
): { readonly ids: Map<number, number>; readonly added: string[] } {
  const userFormats = itemsOf(user, p, 'numFmts', 'numFmt').map((e) => ({
    id: Number(e.attrs.get('numFmtId')),
    code: e.attrs.get('formatCode'),
  }));
  let next = Math.max(FIRST_CUSTOM_NUMFMT - 1, ...userFormats.map((f) => f.id)) + 1;
  const ids = new Map<number, number>();
  const added: string[] = [];
  for (const e of itemsOf(ours, '', 'numFmts', 'numFmt')) {
    const id = Number(e.attrs.get('numFmtId'));
    if (id < FIRST_CUSTOM_NUMFMT) continue;
    const same = userFormats.find((f) => f.code === e.attrs.get('formatCode'));
    if (same) {
      ids.set(id, same.id);
      continue;
    }
    ids.set(id, next);
    added.push(setAttribute(e.tag, 'numFmtId', String(next++)));
  }
  return { ids, added };
}

/** Appends items to a section (updating its count), creating the section in schema order when it is missing. */
function appendToSection(xml: string, p: string, section: Section, items: readonly string[]): string {
  const s = findElement(xml, `${p}${section}`);
  if (s) {
    const inner = s.inner ?? '';
    const count = itemsOf(xml, p, section, ITEM[section]).length + items.length;
    const open = setAttribute(s.tag.replace(/\/>$/, '>'), 'count', String(count));
    return splice(xml, s.start, s.end, `${open}${inner}${items.join('')}</${p}${section}>`);
  }
  const created = `<${p}${section} count="${items.length}">${items.join('')}</${p}${section}>`;
  const later = ORDER.slice(ORDER.indexOf(section) + 1)
    .map((name) => findElement(xml, `${p}${name}`))
    .find((e) => e !== undefined);
  const at = later ? later.start : xml.lastIndexOf(`</${p}styleSheet>`);
  if (at < 0) throw new MalformedPartError('not a styles part');
  return splice(xml, at, at, created);
}

const ITEM: Record<Section, string> = {
  numFmts: 'numFmt',
  fonts: 'font',
  fills: 'fill',
  borders: 'border',
  cellStyleXfs: 'xf',
  cellXfs: 'xf',
  cellStyles: 'cellStyle',
  dxfs: 'dxf',
  tableStyles: 'tableStyle',
  colors: 'colors',
  extLst: 'ext',
};

/** Markup written in the default namespace, given the user's prefix for SpreadsheetML (usually none). */
function prefixed(markup: string, p: string): string {
  return p === '' ? markup : markup.replace(/<(\/?)(?![\w.-]+:)([\w.-]+)/g, `<$1${p}$2`);
}

/** Where our style item `i` landed in the merged list; every item of ours was merged, so a miss is a bug. */
function indexIn(merged: readonly number[], i: number, what: string): number {
  return defined(merged[i], `merged ${what} ${i}`);
}
