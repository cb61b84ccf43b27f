import { decodeCsvBytes } from '../../src/workbook/decodeCsvBytes';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

describe('decodeCsvBytes', () => {
  it('returns UTF-8 without a BOM as UTF-8', () => {
    const r = decodeCsvBytes(new TextEncoder().encode('Kommun;Bef\nUpplands Väsby;48000'));
    expect(r).toEqual({ text: 'Kommun;Bef\nUpplands Väsby;48000', encoding: 'utf-8', bom: false });
  });

  it('returns UTF-8 with its BOM dropped', () => {
    const r = decodeCsvBytes(bytes(0xef, 0xbb, 0xbf, ...ascii('Mora;1')));
    expect(r).toEqual({ text: 'Mora;1', encoding: 'utf-8', bom: true });
  });

  it('returns Windows-1252 for bytes that are not UTF-8 ("V\\xe4sby")', () => {
    // "Upplands Väsby" as Excel on a Swedish PC saves it: ä = 0xE4.
    const r = decodeCsvBytes(bytes(...ascii('Upplands V'), 0xe4, ...ascii('sby;48000')));
    expect(r).toEqual({ text: 'Upplands Väsby;48000', encoding: 'windows-1252', bom: false });
  });

  it('returns the Windows-1252 characters of 0x80–0x9F, not C1 controls (€ 0x80, – 0x96, ” 0x94)', () => {
    const r = decodeCsvBytes(bytes(0x80, 0x20, 0x96, 0x20, 0x94, 0xd6));
    expect(r.text).toBe('\u20ac \u2013 \u201dÖ');
    expect(r.encoding).toBe('windows-1252');
  });

  it('returns UTF-16LE with a BOM (Excel "Unicode-text")', () => {
    const r = decodeCsvBytes(bytes(0xff, 0xfe, 0x56, 0, 0xe4, 0, 0x09, 0, 0x31, 0));
    expect(r).toEqual({ text: 'Vä\t1', encoding: 'utf-16le', bom: true });
  });

  it('returns UTF-16BE with a BOM', () => {
    const r = decodeCsvBytes(bytes(0xfe, 0xff, 0, 0x56, 0, 0xe4));
    expect(r).toEqual({ text: 'Vä', encoding: 'utf-16be', bom: true });
  });

  it('returns UTF-16LE without a BOM from its zero high bytes', () => {
    const text = 'Kommun\tBefolkning\r\nMora\t20470\r\n';
    const le = [...text].flatMap((c) => [c.charCodeAt(0), 0]);
    expect(decodeCsvBytes(bytes(...le))).toEqual({ text, encoding: 'utf-16le', bom: false });
  });

  describe('edge cases', () => {
    it('returns an empty UTF-8 text for no bytes', () => {
      expect(decodeCsvBytes(bytes())).toEqual({ text: '', encoding: 'utf-8', bom: false });
    });

    it('returns Windows-1252 across chunk boundaries without losing a byte', () => {
      const long = Array.from({ length: 20_000 }, (_, i) => (i % 100 === 99 ? 0xe5 : 0x61));
      const r = decodeCsvBytes(bytes(...long));
      expect(r.text).toHaveLength(20_000);
      expect(r.text.split('å')).toHaveLength(201);
    });
  });
});
