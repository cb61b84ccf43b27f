import { escapeXml, findElements, splice } from './xmlMarkup';
import { MalformedPartError } from './packageErrors';

/** One `<Relationship>` of a .rels part. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/** Relationship types we read or write (transitional OOXML). */
export const REL = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  table: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  calcChain: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain',
  hyperlink: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink',
  extendedProperties:
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties',
} as const;

/** The relationships of a .rels part. */
export function readRelationships(relsXml: string): Relationship[] {
  return findElements(relsXml, 'Relationship').map((e) => ({
    id: e.attrs.get('Id') ?? '',
    type: e.attrs.get('Type') ?? '',
    target: e.attrs.get('Target') ?? '',
    external: e.attrs.get('TargetMode') === 'External',
  }));
}

/** A .rels part with the relationships whose Id is in `ids` removed (the rest untouched). */
export function removeRelationships(relsXml: string, ids: ReadonlySet<string>): string {
  let xml = relsXml;
  for (const e of findElements(relsXml, 'Relationship').reverse()) {
    if (ids.has(e.attrs.get('Id') ?? '')) xml = splice(xml, e.start, e.end, '');
  }
  return xml;
}

/** A .rels part with internal relationships appended before `</Relationships>`. */
export function appendRelationships(
  relsXml: string,
  rels: readonly Omit<Relationship, 'external'>[],
): string {
  const close = relsXml.lastIndexOf('</Relationships>');
  if (close < 0) throw new MalformedPartError('not a relationships part');
  const added = rels
    .map((r) => `<Relationship Id="${escapeXml(r.id)}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`)
    .join('');
  return splice(relsXml, close, close, added);
}

/** A relationships part holding exactly `rels`. */
export function relationshipsPart(rels: readonly Omit<Relationship, 'external'>[]): string {
  return appendRelationships(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>',
    rels,
  );
}

/**
 * An Id not yet used in `rels` (rId1, rId2, … after the highest), one per call on the returned function.
 * @example freeRelationshipIds([{ id: 'rId3', … }])() //=> 'rId4'
 */
export function freeRelationshipIds(rels: readonly Relationship[]): () => string {
  const used = new Set(rels.map((r) => r.id));
  let n = Math.max(0, ...rels.map((r) => Number(/^rId(\d+)$/.exec(r.id)?.[1] ?? 0)));
  return () => {
    do n++;
    while (used.has(`rId${n}`));
    used.add(`rId${n}`);
    return `rId${n}`;
  };
}
