import { MalformedPartError } from './packageErrors';
/**
 * Minimal, position-keeping access to the markup of an OOXML part: find elements by qualified name, read and set
 * attributes, splice text. The user's parts are edited in place (never parsed and re-serialised), so everything
 * we do not touch stays byte-identical.
 */

/** One element found in a part: where it starts and ends, its attributes, and its inner markup (if not empty). */
export interface XmlElement {
  readonly start: number;
  readonly end: number;
  /** The start tag, e.g. `<sheet name="Blad1" sheetId="1" r:id="rId1"/>`. */
  readonly tag: string;
  readonly attrs: ReadonlyMap<string, string>;
  /** Markup between start and end tag; undefined for a self-closing element. */
  readonly inner?: string;
  /** Offset of the inner markup in the part. */
  readonly innerStart: number;
}

const ATTRS = String.raw`(?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*`;
const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * Every element named `qname` (with its prefix, if any) in `xml`, in document order. Elements of the same name do
 * not nest in the parts we read (sheet, definedName, Relationship, Override, xf, font…).
 * @example findElements('<a><b x="1"/></a>', 'b')[0].attrs.get('x') //=> '1'
 */
export function findElements(xml: string, qname: string, from = 0, to = xml.length): XmlElement[] {
  const name = qname.replace(/[.]/g, '\\.');
  const open = new RegExp(`<${name}(${ATTRS})(/?)>`, 'g');
  open.lastIndex = from;
  const found: XmlElement[] = [];
  for (let m = open.exec(xml); m && m.index < to; m = open.exec(xml)) {
    const tag = m[0];
    const attrs = parseAttributes(m[1] ?? '');
    const innerStart = m.index + tag.length;
    if (m[2] === '/') {
      found.push({ start: m.index, end: innerStart, tag, attrs, innerStart });
      continue;
    }
    const close = xml.indexOf(`</${qname}>`, innerStart);
    if (close < 0) throw new MalformedPartError(`unclosed <${qname}> at ${m.index}`);
    const end = close + qname.length + 3;
    found.push({ start: m.index, end, tag, attrs, inner: xml.slice(innerStart, close), innerStart });
    open.lastIndex = end;
  }
  return found;
}

/** The first element named `qname`, or undefined. */
export function findElement(xml: string, qname: string, from = 0, to = xml.length): XmlElement | undefined {
  return findElements(xml, qname, from, to)[0];
}

/** Attribute values of a start tag's attribute text, entities decoded. */
export function parseAttributes(text: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const [, name = '', double, single] of text.matchAll(ATTR))
    attrs.set(name, unescapeXml(double ?? single ?? ''));
  return attrs;
}

/**
 * A start tag with one attribute set (replaced in place if present, else appended before the closing `>`).
 * @example setAttribute('<calcPr calcId="1"/>', 'fullCalcOnLoad', '1') //=> '<calcPr calcId="1" fullCalcOnLoad="1"/>'
 */
export function setAttribute(tag: string, name: string, value: string): string {
  const escaped = escapeXml(value);
  const existing = new RegExp(`(\\s${name.replace(/[.]/g, '\\.')}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (existing.test(tag)) return tag.replace(existing, `$1"${escaped}"`);
  const close = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close)} ${name}="${escaped}"${tag.slice(close)}`;
}

/** A start tag without the named attribute. */
export function removeAttribute(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name.replace(/[.]/g, '\\.')}\\s*=\\s*(?:"[^"]*"|'[^']*')`), '');
}

/** Replaces [start, end) of `text` by `insert`. */
export function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

/**
 * The namespace prefix (with its colon, or '') the root element of a part uses for `namespace`, e.g. 'r:' for the
 * relationships namespace in workbook.xml, '' when it is the default namespace.
 */
export function prefixFor(xml: string, namespace: string): string | undefined {
  const root = /<(?!\?|!)[^>]*>/.exec(xml)?.[0] ?? '';
  for (const [name, value] of parseAttributes(root)) {
    if (value !== namespace) continue;
    if (name === 'xmlns') return '';
    if (name.startsWith('xmlns:')) return `${name.slice(6)}:`;
  }
  return undefined;
}

/** Text as XML character data or attribute value. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** XML character data or attribute value as text (the five named entities and numeric references). */
export function unescapeXml(text: string): string {
  // Most cells hold no entity: skip the regex for them (the .xlsx reader calls this once per cell).
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return XML_ENTITIES[e] ?? `&${e};`;
  });
}

/** The five predefined XML entities. */
const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
