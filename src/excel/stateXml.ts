import { InvalidStateKeyError, NotAStatePartError } from './excelErrors';

/** Namespace of the custom XML part that holds one state key; one part per key keeps reads and writes small. */
export function stateNamespace(key: string): string {
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(key)) throw new InvalidStateKeyError(key);
  return `urn:lansnyckel:state:1:${key}`;
}

/**
 * The XML stored for a key: the JSON as escaped text of a namespaced root (required for getByNamespace), stamped
 * with when it was saved so that, when two parts of one key exist (overlapping saves, co-authors), the newest wins.
 */
export function encodeStateXml(key: string, json: string, savedAt?: string): string {
  const saved = savedAt === undefined ? '' : ` saved="${escapeXml(savedAt)}"`;
  return `<lansnyckelState xmlns="${stateNamespace(key)}"${saved}>${escapeXml(json)}</lansnyckelState>`;
}

/**
 * The `saved` stamp of a stored part ('' for parts written before stamps existed, which sort as oldest).
 * @example stateSavedAt('<lansnyckelState xmlns="…" saved="2026-01-01T00:00:00.000Z">{}</lansnyckelState>') //=> '2026-01-01T00:00:00.000Z'
 */
export function stateSavedAt(xml: string): string {
  const root = /<(?:[\w.-]+:)?lansnyckelState\b([^>]*)>/.exec(xml);
  return /\ssaved\s*=\s*["']([^"']*)["']/.exec(root?.[1] ?? '')?.[1] ?? '';
}

/**
 * The JSON back out of a stored part. Excel may hand the XML back re-serialised (a declaration, a prefix, other
 * entity forms), so this reads the root element's text content rather than matching our exact bytes.
 */
export function decodeStateXml(xml: string): string {
  const body = /<(?:[\w.-]+:)?lansnyckelState\b[^>]*?(?:\/>|>([\s\S]*)<\/(?:[\w.-]+:)?lansnyckelState>)/.exec(
    xml,
  );
  if (!body) throw new NotAStatePartError();
  return unescapeXml(body[1] ?? '');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

function unescapeXml(text: string): string {
  return text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_m, cdata: string) => escapeXml(cdata))
    .replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|quot|apos|amp);/g, (_m, entity: string) => {
      if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
      if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
      return NAMED_ENTITIES[entity] ?? _m;
    });
}
