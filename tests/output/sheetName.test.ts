import { sanitizeSheetName, uniqueSheetName } from '../../src/output/sheetName';

describe('sanitizeSheetName', () => {
  it('returns the name with []:*?/\\ replaced and at most 31 characters', () => {
    expect(sanitizeSheetName('Fördelning [2021]: a/b\\c*d?')).toBe('Fördelning -2021-- a-b-c-d-');
  });

  it('returns a long name cut at a word boundary and marked with an ellipsis', () => {
    expect(sanitizeSheetName('Fördelning – Vårdens medarbetare 2020')).toBe(
      'Fördelning – Vårdens medarbeta…',
    );
    expect(sanitizeSheetName('Fördelning – Befolkning dec 2019')).toBe('Fördelning – Befolkning dec…');
  });

  it('returns a long name without spaces cut hard, still at most 31 characters', () => {
    const name = sanitizeSheetName('Fördelning–' + 'x'.repeat(40));
    expect([...name]).toHaveLength(31);
    expect(name.endsWith('…')).toBe(true);
  });

  it('returns a name without leading or trailing apostrophes and control characters', () => {
    expect(sanitizeSheetName("'Plan\tA'")).toBe('Plan A');
  });

  it('returns "Blad" for a name that is empty after cleaning', () => {
    expect(sanitizeSheetName("  ''  ")).toBe('Blad');
  });

  it('does not split a surrogate pair when truncating', () => {
    const name = sanitizeSheetName('a'.repeat(29) + '😀😀😀');
    expect(name).toBe('a'.repeat(29) + '😀…');
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
    const taken = ['Fördelning – Vårdens medarbeta…'];
    const name = uniqueSheetName('Fördelning – Vårdens medarbetare 2020', taken);
    expect(name).toBe('Fördelning – Vårdens… (2)');
    expect(name.length).toBeLessThanOrEqual(31);
  });
});
