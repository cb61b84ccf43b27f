/** What a file's first bytes say it is, for the formats the CLI refuses with their own message. */
export type SniffedFormat = 'xls' | 'encrypted' | 'ods' | 'zip' | 'other';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ODS_MIMETYPE = 'mimetypeapplication/vnd.oasis.opendocument.spreadsheet';
// Directory entry names in an OLE2 compound file are UTF-16LE; an encrypted OOXML package has these streams.
const ENCRYPTION_STREAMS = ['EncryptionInfo', 'EncryptedPackage'].map((name) => Buffer.from(name, 'utf16le'));

/**
 * Recognises, from the file's bytes, an Excel 97–2003 workbook (.xls, BIFF in an OLE2 compound file), a
 * password-protected .xlsx (OOXML encryption: an OLE2 file with an `EncryptionInfo`/`EncryptedPackage` stream),
 * an OpenDocument spreadsheet (.ods: a zip whose first entry `mimetype` says so) and any other zip (.xlsx).
 * @example sniffFileFormat(readFileSync('gammal.xls')) //=> 'xls'
 */
export function sniffFileFormat(bytes: Buffer): SniffedFormat {
  if (OLE2.every((b, i) => bytes[i] === b)) {
    return ENCRYPTION_STREAMS.some((name) => bytes.includes(name)) ? 'encrypted' : 'xls';
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    // The ODF spec stores `mimetype` first and uncompressed, so its name and content sit in the first bytes.
    return bytes.subarray(0, 200).toString('latin1').includes(ODS_MIMETYPE) ? 'ods' : 'zip';
  }
  return 'other';
}
