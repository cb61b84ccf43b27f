/** The text encodings a CSV saved by Excel (or a government export) arrives in. */
export type CsvEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/** CSV bytes as text, and how they were read. */
export interface DecodedCsv {
  readonly text: string;
  readonly encoding: CsvEncoding;
  /** True when the file started with a byte order mark (dropped from `text`). */
  readonly bom: boolean;
}

/** Human names of the encodings, for the report line ("Teckenkodning: Windows-1252"). */
export const CSV_ENCODING_NAMES: Readonly<Record<CsvEncoding, string>> = {
  'utf-8': 'UTF-8',
  'windows-1252': 'Windows-1252',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
};

/**
 * Decodes the bytes of a CSV file the way Excel wrote them: a byte order mark decides (UTF-8 `EF BB BF`, UTF-16LE
 * `FF FE` — Excel's "Unicode-text" —, UTF-16BE `FE FF`); without one, bytes that are valid UTF-8 are UTF-8, UTF-16LE
 * without a mark is recognised by its zero high bytes, and anything else is Windows-1252 ("CSV (semikolonavgränsad)"
 * from Excel on a Swedish PC). Never yields U+FFFD for a Windows-1252 file.
 * @example decodeCsvBytes(Uint8Array.of(0x56, 0xe4, 0x73, 0x62, 0x79)) //=> { text: 'Väsby', encoding: 'windows-1252', bom: false }
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decoded(bytes.subarray(3), 'utf-8', true);
  if (startsWith(bytes, [0xff, 0xfe])) return decoded(bytes.subarray(2), 'utf-16le', true);
  if (startsWith(bytes, [0xfe, 0xff])) return decoded(bytes.subarray(2), 'utf-16be', true);
  if (looksLikeUtf16le(bytes)) return decoded(bytes, 'utf-16le', false);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom: false };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', bom: false };
  }
}

function decoded(bytes: Uint8Array, encoding: CsvEncoding, bom: boolean): DecodedCsv {
  return { text: new TextDecoder(encoding).decode(bytes), encoding, bom };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** Text in Latin script as UTF-16LE has a zero in (nearly) every odd byte and almost never in an even one. */
function looksLikeUtf16le(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return false;
  let oddZero = 0;
  let evenZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  return oddZero >= pairs * 0.6 && evenZero <= pairs * 0.05;
}

/**
 * Windows-1252 by table. Node's TextDecoder('windows-1252') (Node 20, small and full ICU alike) decodes 0x80–0x9F
 * as C1 controls like ISO-8859-1, so "–" (0x96) and "€" (0x80) would come out as invisible control characters.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) =>
      b >= 0x80 && b <= 0x9f ? (C1_TO_UNICODE[b - 0x80] ?? b) : b,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

// 0x80–0x9F in Windows-1252 (WHATWG Encoding Standard index); the five unassigned bytes keep their C1 code point.
const C1_TO_UNICODE: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122,
  0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];
