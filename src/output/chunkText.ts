import { ChunkSizeError } from './outputErrors';

/** Excel's limit on the characters in one cell. */
export const MAX_CELL_TEXT = 32767;

/**
 * Splits text into pieces of at most `size` UTF-16 units (default well under Excel's 32 767), never between
 * the two halves of a surrogate pair; joining the pieces gives the text back.
 */
export function chunkText(text: string, size = 32000): string[] {
  if (!Number.isInteger(size) || size < 2) throw new ChunkSizeError(size);
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    const code = text.charCodeAt(end - 1);
    // A high surrogate at the end would be cut from its low half: keep the pair together in the next chunk.
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end--;
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}
