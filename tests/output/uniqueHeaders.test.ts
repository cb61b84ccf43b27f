import { uniqueHeaders } from '../../src/output/uniqueHeaders';

describe('uniqueHeaders', () => {
  it('returns headers made unique case-insensitively and blanks named by position', () => {
    expect(uniqueHeaders(['Kod', 'Totalt', 'totalt', ' ', 'Totalt'])).toEqual([
      'Kod',
      'Totalt',
      'totalt (2)',
      'Kolumn 4',
      'Totalt (3)',
    ]);
  });
});
