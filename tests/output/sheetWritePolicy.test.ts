import { decideWrite, sheetNameKey, validateSheetName } from '../../src/output/sheetWritePolicy';

const plan = { sheets: [{ name: 'Fördelning' }, { name: 'Kontroller' }] };

describe('validateSheetName', () => {
  it.each(['Fördelning', 'Kontroller (2)', 'a'.repeat(31), "Region's blad"])('accepts %j', (name) => {
    expect(validateSheetName(name)).toBeUndefined();
  });

  it.each([
    '',
    'a'.repeat(32),
    'A/B',
    'A:B',
    'A[1]',
    'Vad?',
    'A*',
    'A\\B',
    "'Blad",
    "Blad'",
    'History',
    'HISTORY',
  ])('refuses %j with one message', (name) => {
    expect(validateSheetName(name)).toEqual({
      sv: `Bladnamnet ”${name}” går inte att använda (högst 31 tecken, inte []:*?/\\, unikt).`,
      en: `The sheet name “${name}” cannot be used (at most 31 characters, none of []:*?/\\, unique).`,
    });
  });
});

describe('sheetNameKey', () => {
  it('compares names as Excel does, Swedish letters included', () => {
    expect(sheetNameKey('ÅTERREDOVISNING')).toBe(sheetNameKey('återredovisning'));
  });
});

describe('decideWrite', () => {
  it('writes into an empty workbook, replacing nothing', () => {
    expect(decideWrite([], plan, false)).toEqual({ kind: 'write', replaces: [] });
  });

  it('refuses to write over a sheet of the user, even when confirmed, and names it', () => {
    expect(decideWrite([{ name: 'KONTROLLER', ours: false }], plan, true)).toEqual({
      kind: 'refuse',
      code: 'name-collision',
      message: {
        sv: 'Bladet KONTROLLER är ditt eget (saknar Länsnyckels märkning) och har samma namn som ett resultatblad. Byt namn på det; inget skrevs.',
        en: 'Sheet KONTROLLER is your own (it has no Länsnyckel marker) and has the name of an output sheet. Rename it; nothing was written.',
      },
    });
  });

  it('asks before replacing its own earlier output, and replaces it once confirmed', () => {
    const existing = [
      { name: 'Fördelning', ours: true },
      { name: 'Kontroller', ours: true },
    ];
    expect(decideWrite(existing, plan, false)).toMatchObject({
      kind: 'refuse',
      code: 'output-exists',
      message: { sv: 'Resultatbladen Fördelning, Kontroller finns redan. Bekräfta att de ska ersättas.' },
    });
    expect(decideWrite(existing, plan, true)).toEqual({
      kind: 'write',
      replaces: ['Fördelning', 'Kontroller'],
    });
  });

  it('refuses a plan with a name Excel refuses or a name twice (case-insensitively)', () => {
    expect(decideWrite([], { sheets: [{ name: 'A/B' }] }, true)).toMatchObject({ code: 'bad-sheet-name' });
    expect(decideWrite([], { sheets: [{ name: 'Blad' }, { name: 'BLAD' }] }, true)).toMatchObject({
      code: 'bad-sheet-name',
      message: { sv: 'Bladnamnet ”BLAD” går inte att använda (högst 31 tecken, inte []:*?/\\, unikt).' },
    });
  });
});
