import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** One element of the manifest with its attributes, text and element children, in document order. */
export interface XmlElement {
  /** Local name (namespace prefix removed): "Image" for "bt:Image". */
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly text: string;
  readonly children: readonly XmlElement[];
  /** Slash path from the root, with 1-based positions among same-named siblings: /OfficeApp/Hosts[1]/Host[1]. */
  readonly path: string;
}

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };

/** Parses manifest XML into XmlElements; throws a SyntaxError naming the line when it is not well-formed. */
export function parseManifest(xml: string): XmlElement {
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) {
    throw new SyntaxError(`Not well-formed XML (line ${wellFormed.err.line}): ${wellFormed.err.msg}`);
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
  });
  const nodes = parser.parse(xml) as Ordered[];
  const roots = toElements(nodes, '');
  if (roots.length !== 1) throw new SyntaxError('The manifest must have exactly one root element');
  return roots[0]!;
}

function toElements(nodes: readonly Ordered[], parentPath: string): XmlElement[] {
  const seen = new Map<string, number>();
  const out: XmlElement[] = [];
  for (const node of nodes) {
    const tag = Object.keys(node).find((k) => k !== ':@');
    if (!tag || tag.startsWith('#') || tag.startsWith('?')) continue;
    const name = tag.includes(':') ? tag.slice(tag.indexOf(':') + 1) : tag;
    const position = (seen.get(name) ?? 0) + 1;
    seen.set(name, position);
    const path = `${parentPath}/${name}[${position}]`;
    const content = node[tag] as Ordered[];
    const text = content
      .filter((c) => '#text' in c)
      .map((c) => String(c['#text']))
      .join('');
    out.push({ name, attributes: node[':@'] ?? {}, text, children: toElements(content, path), path });
  }
  return out;
}
