import JSZip from 'jszip';
import { posix } from 'node:path';
import { MissingPartError } from './packageErrors';

/**
 * An OOXML package (a .xlsx/.xlsm zip) held in memory. Parts we never set are written back with their original
 * bytes (JSZip re-uses an untouched entry's compressed data); part names are zip entry names without a leading '/'.
 */
export class OoxmlPackage {
  private constructor(private readonly zip: JSZip) {}

  /** Opens a package; throws (JSZip's error) when the bytes are not a zip. */
  static async open(bytes: Uint8Array): Promise<OoxmlPackage> {
    return new OoxmlPackage(await JSZip.loadAsync(bytes));
  }

  /** Every part name (directory entries excluded). */
  partNames(): string[] {
    return Object.values(this.zip.files)
      .filter((f) => !f.dir)
      .map((f) => f.name);
  }

  has(part: string): boolean {
    const file = this.zip.file(part);
    return file !== null && !file.dir;
  }

  /** A part's text (UTF-8); throws when the part is missing. */
  async text(part: string): Promise<string> {
    const file = this.zip.file(part);
    if (!file) throw new MissingPartError(part);
    return file.async('string');
  }

  /** A part's text, or undefined when it does not exist. */
  async textIfPresent(part: string): Promise<string | undefined> {
    return this.has(part) ? this.text(part) : undefined;
  }

  set(part: string, content: string | Uint8Array): void {
    this.zip.file(part, content, { createFolders: false });
  }

  remove(part: string): void {
    this.zip.remove(part);
  }

  /** The package as zip bytes. */
  async toBuffer(): Promise<Buffer> {
    return this.zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  }
}

/**
 * The relationships part of a part.
 * @example relsPathOf('xl/workbook.xml') //=> 'xl/_rels/workbook.xml.rels'
 */
export function relsPathOf(part: string): string {
  const dir = posix.dirname(part);
  return `${dir === '.' ? '' : `${dir}/`}_rels/${posix.basename(part)}.rels`;
}

/**
 * The part a relationship's Target points at, from the part that owns the relationship.
 * @example resolveTarget('xl/workbook.xml', 'worksheets/sheet1.xml') //=> 'xl/worksheets/sheet1.xml'
 */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith('/')) return posix.normalize(target.slice(1));
  return posix.normalize(posix.join(posix.dirname(source), target));
}

/**
 * The Target to write for a part, relative to the part that owns the relationship.
 * @example relativeTarget('xl/workbook.xml', 'xl/worksheets/sheet4.xml') //=> 'worksheets/sheet4.xml'
 */
export function relativeTarget(source: string, part: string): string {
  return posix.relative(posix.dirname(source), part);
}
