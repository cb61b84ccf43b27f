import { quoteSheetName } from '../../../src/domain/a1/quoteSheetName';

describe('quoteSheetName', () => {
  it('returns the name in quotes with inner quotes doubled', () => {
    expect(quoteSheetName("Kommunernas 'medel'")).toBe("'Kommunernas ''medel'''");
    expect(quoteSheetName("Kommun's blad")).toBe("'Kommun''s blad'");
  });

  it('returns a plain name bare, as Excel writes it', () => {
    expect(quoteSheetName('Data')).toBe('Data');
  });

  describe('edge cases', () => {
    it('quotes a name that reads as a cell reference', () => {
      expect(quoteSheetName('AB12')).toBe("'AB12'");
      expect(quoteSheetName('R1C1')).toBe("'R1C1'");
    });

    it('quotes a name with spaces or letters outside A–Z', () => {
      expect(quoteSheetName('Fördelning – Nära vård')).toBe("'Fördelning – Nära vård'");
    });
  });
});
