import JSZip from 'jszip';
import { ZipReadError } from '../../../src/cli/xlsxRead/readErrors';
import { readZipEntries } from '../../../src/cli/xlsxRead/readZipEntries';

async function zipOf(files: Record<string, string>, compression: 'STORE' | 'DEFLATE'): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer', compression, comment: 'skapad av ett test' });
}

describe('readZipEntries', () => {
  it.each(['STORE', 'DEFLATE'] as const)('reads %s entries by name', async (compression) => {
    const zip = readZipEntries(
      await zipOf({ 'xl/workbook.xml': '<workbook/>', 'a/ö.txt': 'Älvdalen' }, compression),
    );
    expect(zip.bytes('xl/workbook.xml')?.toString('utf8')).toBe('<workbook/>');
    expect(zip.bytes('a/ö.txt')?.toString('utf8')).toBe('Älvdalen');
    expect(zip.bytes('saknas.xml')).toBeUndefined();
  });

  it('declines a Zip64 entry (the caller then reads the archive with JSZip)', async () => {
    const bytes = await zipOf({ 'xl/workbook.xml': '<workbook/>' }, 'DEFLATE');
    const cd = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(0xffffffff, cd + 42);
    expect(() => readZipEntries(bytes)).toThrow('zip: Zip64 entry');
    expect(() => readZipEntries(bytes)).toThrow(ZipReadError);
  });

  it('declines bytes that are not a zip', () => {
    expect(() => readZipEntries(Buffer.from('Kommun;Folkmängd\nMora;20000\n'))).toThrow(
      'zip: no end of central directory',
    );
    expect(() => readZipEntries(Buffer.from('Kommun;Folkmängd\nMora;20000\n'))).toThrow(ZipReadError);
  });
});
