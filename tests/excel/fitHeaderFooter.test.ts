import { fitHeaderFooter } from '../../src/excel/fitHeaderFooter';

describe('fitHeaderFooter', () => {
  it('returns a text of up to 255 characters unchanged', () => {
    expect(fitHeaderFooter('Länsnyckel – &D')).toBe('Länsnyckel – &D');
    expect(fitHeaderFooter('a'.repeat(255))).toBe('a'.repeat(255));
  });

  it('cuts a longer text to 254 characters and an ellipsis', () => {
    expect(fitHeaderFooter('a'.repeat(300))).toBe(`${'a'.repeat(254)}…`);
  });

  describe('edge cases', () => {
    it('does not leave a lone "&" at the cut (it would start a code)', () => {
      // 253 letters then "&&": the cut at 254 keeps one "&" of the pair, which must go.
      expect(fitHeaderFooter(`${'a'.repeat(253)}&&tail${'b'.repeat(10)}`)).toBe(`${'a'.repeat(253)}…`);
    });

    it('does not split a surrogate pair', () => {
      const text = `${'a'.repeat(253)}😀${'b'.repeat(10)}`;
      expect(fitHeaderFooter(text)).toBe(`${'a'.repeat(253)}…`);
    });
  });
});
