import { unescapeXml } from '../xlsxPackage/xmlMarkup';
import { MalformedXmlError } from './readErrors';
/**
 * The attributes of the start tag being reported, read in place from the XML: valid only during that `open` call
 * (the scanner reuses it for the next tag), so a sheet of 600 000 cells builds no object per tag.
 */
export interface XmlAttributes {
  /** The attribute's value, entities decoded; the last one when a name repeats; undefined when absent. */
  get(name: string): string | undefined;
  /** Every attribute by its qualified name, decoded (for a caller that looks for a suffix such as ":id"). */
  all(): Record<string, string>;
}

/** What {@link scanXml} reports, in document order. Element names come without their namespace prefix. */
export interface XmlHandler {
  open(name: string, attributes: XmlAttributes, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data between two tags, entities decoded; called only while `wantsText()` is true. */
  text(text: string): void;
  wantsText(): boolean;
}

/**
 * A minimal streaming reader of the XML in a spreadsheet package part: start and end tags with their attributes
 * and the text between them (entities and CDATA decoded, line ends normalised; comments, processing instructions and DOCTYPE skipped).
 * Several times faster than a general SAX parser on a sheet of 600 000 cells, because it only splits at '<' and
 * builds strings for the text the caller asks for.
 * @example scanXml('<c r="A1"><v>5</v></c>', handler) // open c {r:'A1'}, open v, text '5', close v, close c
 */
export function scanXml(xml: string, handler: XmlHandler): void {
  const attributes = new TagAttributes(xml);
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) break;
    if (lt > i && handler.wantsText()) handler.text(unescapeXml(normalizeLineEnds(xml.slice(i, lt))));
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x2f /* / */) {
      const gt = xml.indexOf('>', lt);
      if (gt < 0) throw new MalformedXmlError('unterminated end tag');
      handler.close(localName(xml.slice(lt + 2, gt).trim()));
      i = gt + 1;
      continue;
    }
    if (next === 0x21 /* ! */) {
      if (xml.startsWith('<![CDATA[', lt)) {
        const endCdata = xml.indexOf(']]>', lt);
        if (endCdata < 0) throw new MalformedXmlError('unterminated CDATA');
        if (handler.wantsText()) handler.text(xml.slice(lt + 9, endCdata));
        i = endCdata + 3;
      } else if (xml.startsWith('<!--', lt)) {
        const endComment = xml.indexOf('-->', lt);
        if (endComment < 0) throw new MalformedXmlError('unterminated comment');
        i = endComment + 3;
      } else {
        i = skipTag(xml, lt);
      }
      continue;
    }
    if (next === 0x3f /* ? */) {
      const endPi = xml.indexOf('?>', lt);
      if (endPi < 0) throw new MalformedXmlError('unterminated processing instruction');
      i = endPi + 2;
      continue;
    }
    const gt = skipTag(xml, lt) - 1;
    const selfClosing = xml.charCodeAt(gt - 1) === 0x2f;
    const end = selfClosing ? gt - 1 : gt;
    let nameEnd = lt + 1;
    while (nameEnd < end && !isSpace(xml.charCodeAt(nameEnd))) nameEnd++;
    const name = localName(xml.slice(lt + 1, nameEnd));
    attributes.read(nameEnd, end);
    handler.open(name, attributes, selfClosing);
    if (selfClosing) handler.close(name);
    i = gt + 1;
  }
}

/** The index just past the '>' that ends the tag starting at `lt` ('>' inside quoted attribute values skipped). */
function skipTag(xml: string, lt: number): number {
  let quote = 0;
  for (let j = lt + 1; j < xml.length; j++) {
    const c = xml.charCodeAt(j);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return j + 1;
  }
  throw new MalformedXmlError('unterminated tag');
}

/**
 * A start tag's attributes as spans of the XML (name start, name end, value start, value end), found when the tag
 * is read (so a malformed attribute throws then, used or not) and decoded only when asked for.
 */
class TagAttributes implements XmlAttributes {
  #spans = new Int32Array(32);
  #count = 0;

  constructor(private readonly xml: string) {}

  /** Finds the attributes between `from` and `to` (the tag's name end and its closing `>` or `/>`). */
  read(from: number, to: number): void {
    const xml = this.xml;
    this.#count = 0;
    let j = from;
    while (j < to) {
      while (j < to && isSpace(xml.charCodeAt(j))) j++;
      const eq = xml.indexOf('=', j);
      if (eq < 0 || eq >= to) break;
      let nameStart = j;
      let nameEnd = eq;
      while (nameStart < nameEnd && isTrimmed(xml.charCodeAt(nameStart))) nameStart++;
      while (nameEnd > nameStart && isTrimmed(xml.charCodeAt(nameEnd - 1))) nameEnd--;
      let q = eq + 1;
      while (q < to && isSpace(xml.charCodeAt(q))) q++;
      const quote = q < to ? xml.charCodeAt(q) : -1;
      if (quote !== 0x22 && quote !== 0x27) throw new MalformedXmlError('unquoted attribute');
      const close = xml.indexOf(quote === 0x22 ? '"' : "'", q + 1);
      if (close < 0 || close >= to) throw new MalformedXmlError('unterminated attribute');
      this.#push(nameStart, nameEnd, q + 1, close);
      j = close + 1;
    }
  }

  get(name: string): string | undefined {
    const spans = this.#spans;
    for (let k = this.#count - 1; k >= 0; k--) {
      const start = spans[4 * k] ?? 0;
      if ((spans[4 * k + 1] ?? 0) - start === name.length && this.xml.startsWith(name, start)) {
        return unescapeXml(this.xml.slice(spans[4 * k + 2], spans[4 * k + 3]));
      }
    }
    return undefined;
  }

  all(): Record<string, string> {
    const out: Record<string, string> = {};
    const spans = this.#spans;
    for (let k = 0; k < this.#count; k++) {
      out[this.xml.slice(spans[4 * k], spans[4 * k + 1])] = unescapeXml(
        this.xml.slice(spans[4 * k + 2], spans[4 * k + 3]),
      );
    }
    return out;
  }

  #push(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number): void {
    if (4 * this.#count + 4 > this.#spans.length) {
      const grown = new Int32Array(this.#spans.length * 2);
      grown.set(this.#spans);
      this.#spans = grown;
    }
    const k = 4 * this.#count++;
    this.#spans[k] = nameStart;
    this.#spans[k + 1] = nameEnd;
    this.#spans[k + 2] = valueStart;
    this.#spans[k + 3] = valueEnd;
  }
}

/** What String.prototype.trim removes, for the characters an attribute name can be padded with. */
function isTrimmed(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c > 0x7f && /\s/u.test(String.fromCharCode(c)));
}

/** XML's end-of-line handling: CR LF and a lone CR are read as LF (a real CR is written "_x000D_" or "&#13;"). */
function normalizeLineEnds(text: string): string {
  return text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n');
}

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
