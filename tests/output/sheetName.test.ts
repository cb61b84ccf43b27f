import { sanitizeSheetName, uniqueSheetName } from '../../src/output/sheetName';

describe('sanitizeSheetName', () => {
  it('returns the name with []:*?/\\ replaced and at most 31 characters', () => {
    expect(sanitizeSheetName('Fördelning [2021]: a/b\\c*d?')).toBe('Fördelning -2021-- a-b-c-d-');
    expect(sanitizeSheetName('Fördelning – Vårdens medarbetare 2020')).toBe(
      'Fördelning – Vårdens medarbetar',
    );
  });

  it('returns a name without leading or trailing apostrophes and control characters', () => {
    expect(sanitizeSheetName("'Plan\tA'")).toBe('Plan A');
  });

  it('returns "Blad" for a name that is empty after cleaning', () => {
    expect(sanitizeSheetName("  ''  ")).toBe('Blad');
  });

  it('does not split a surrogate pair when truncating', () => {
    const name = sanitizeSheetName('a'.repeat(30) + '😀😀');
    expect(name).toBe('a'.repeat(30) + '😀');
  });
});

describe('uniqueSheetName', () => {
  it('returns the name itself when free', () => {
    expect(uniqueSheetName('Kontroller', ['Blad1'])).toBe('Kontroller');
  });

  it('returns a numbered name when taken, comparing case-insensitively', () => {
    expect(uniqueSheetName('Kontroller', ['KONTROLLER', 'Kontroller (2)'])).toBe('Kontroller (3)');
  });

  it('returns a numbered name that still fits in 31 characters', () => {
    const taken = ['Fördelning – Vårdens medarbetar'];
    const name = uniqueSheetName('Fördelning – Vårdens medarbetare 2020', taken);
    expect(name).toBe('Fördelning – Vårdens medarb (2)');
    expect(name.length).toBe(31);
  });
});
