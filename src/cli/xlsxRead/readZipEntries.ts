import { inflateRawSync } from 'node:zlib';
import { ZipReadError } from './readErrors';

/** The parts of a zip archive by entry name, each inflated only when asked for. */
export interface ZipEntries {
  /** The entry's bytes, or undefined when the archive has no such entry. */
  bytes(name: string): Buffer | undefined;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/**
 * Reads a zip's central directory and inflates entries with Node's native zlib (JSZip inflates in JavaScript, ten
 * times slower on a 25 MB sheet part). Stored (0) and deflated (8) entries only; anything else – Zip64, another
 * method, a damaged directory – throws, and the caller falls back to JSZip.
 * @example readZipEntries(readFileSync('bok.xlsx')).bytes('xl/workbook.xml')?.toString('utf8')
 */
export function readZipEntries(zip: Buffer): ZipEntries {
  const end = findEndOfCentralDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, { method: number; size: number; offset: number }>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL_DIRECTORY_ENTRY) throw new ZipReadError('bad central directory');
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const offset = zip.readUInt32LE(at + 42);
    if (size === 0xffffffff || offset === 0xffffffff) throw new ZipReadError('Zip64 entry');
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    entries.set(name, { method, size, offset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return {
    bytes(name) {
      const entry = entries.get(name);
      if (!entry) return undefined;
      if (zip.readUInt32LE(entry.offset) !== LOCAL_HEADER)
        throw new ZipReadError(`bad local header for ${name}`);
      const start =
        entry.offset + 30 + zip.readUInt16LE(entry.offset + 26) + zip.readUInt16LE(entry.offset + 28);
      const data = zip.subarray(start, start + entry.size);
      if (entry.method === 0) return data;
      if (entry.method === 8) return inflateRawSync(data);
      throw new ZipReadError(`compression method ${entry.method} in ${name}`);
    },
  };
}

function findEndOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65 535 bytes, at the very end.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new ZipReadError('no end of central directory');
}
