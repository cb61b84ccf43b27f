import { unescapeXml } from '../xlsxPackage/xmlMarkup';
/** What {@link scanXml} reports, in document order. Element names come without their namespace prefix. */
export interface XmlHandler {
  open(name: string, attributes: Readonly<Record<string, string>>, selfClosing: boolean): void;
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
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) break;
    if (lt > i && handler.wantsText()) handler.text(unescapeXml(normalizeLineEnds(xml.slice(i, lt))));
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x2f /* / */) {
      const gt = xml.indexOf('>', lt);
      if (gt < 0) throw new Error('xml: unterminated end tag');
      handler.close(localName(xml.slice(lt + 2, gt).trim()));
      i = gt + 1;
      continue;
    }
    if (next === 0x21 /* ! */) {
      if (xml.startsWith('<![CDATA[', lt)) {
        const endCdata = xml.indexOf(']]>', lt);
        if (endCdata < 0) throw new Error('xml: unterminated CDATA');
        if (handler.wantsText()) handler.text(xml.slice(lt + 9, endCdata));
        i = endCdata + 3;
      } else if (xml.startsWith('<!--', lt)) {
        const endComment = xml.indexOf('-->', lt);
        if (endComment < 0) throw new Error('xml: unterminated comment');
        i = endComment + 3;
      } else {
        i = skipTag(xml, lt);
      }
      continue;
    }
    if (next === 0x3f /* ? */) {
      const endPi = xml.indexOf('?>', lt);
      if (endPi < 0) throw new Error('xml: unterminated processing instruction');
      i = endPi + 2;
      continue;
    }
    const gt = skipTag(xml, lt) - 1;
    const selfClosing = xml.charCodeAt(gt - 1) === 0x2f;
    const inner = xml.slice(lt + 1, selfClosing ? gt - 1 : gt);
    let nameEnd = 0;
    while (nameEnd < inner.length && !isSpace(inner.charCodeAt(nameEnd))) nameEnd++;
    handler.open(localName(inner.slice(0, nameEnd)), parseAttributes(inner, nameEnd), selfClosing);
    if (selfClosing) handler.close(localName(inner.slice(0, nameEnd)));
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
  throw new Error('xml: unterminated tag');
}

function parseAttributes(inner: string, from: number): Record<string, string> {
  const attributes: Record<string, string> = {};
  let j = from;
  const n = inner.length;
  while (j < n) {
    while (j < n && isSpace(inner.charCodeAt(j))) j++;
    const eq = inner.indexOf('=', j);
    if (eq < 0) break;
    const name = inner.slice(j, eq).trim();
    let q = eq + 1;
    while (q < n && isSpace(inner.charCodeAt(q))) q++;
    const quote = inner[q];
    if (quote !== '"' && quote !== "'") throw new Error('xml: unquoted attribute');
    const close = inner.indexOf(quote, q + 1);
    if (close < 0) throw new Error('xml: unterminated attribute');
    attributes[name] = unescapeXml(inner.slice(q + 1, close));
    j = close + 1;
  }
  return attributes;
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
