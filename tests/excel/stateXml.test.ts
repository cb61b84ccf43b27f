import { decodeStateXml, encodeStateXml, stateNamespace } from '../../src/excel/stateXml';

describe('decodeStateXml', () => {
  it('returns the JSON that encodeStateXml stored, whatever characters it holds', () => {
    const json = JSON.stringify({ a: '<b> & "c" \'d\' ]]> Å' });
    expect(decodeStateXml(encodeStateXml('plans', json))).toBe(json);
  });

  it('returns the text of a part Excel re-serialised with a declaration, a prefix and numeric entities', () => {
    const xml = `<?xml version="1.0"?><ns0:lansnyckelState xmlns:ns0="${stateNamespace('plans')}">{&#34;a&#x22;:1}</ns0:lansnyckelState>`;
    expect(decodeStateXml(xml)).toBe('{"a":1}');
  });

  it('throws on a part that is not ours, and stateNamespace throws on a bad key', () => {
    expect(() => decodeStateXml('<other/>')).toThrow(SyntaxError);
    expect(() => stateNamespace('a b')).toThrow(RangeError);
  });
});
