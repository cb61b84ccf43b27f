import { retargetFormula } from '../../src/excel/retargetFormula';

describe('retargetFormula', () => {
  const renames = new Map([
    ['fördelning – test', 'LN_tmp_a_0'],
    ['kontroller', 'LN_tmp_a_1'],
  ]);

  it('returns quoted and bare references pointed at the temporary names, case-insensitively', () => {
    expect(retargetFormula("='Fördelning – Test'!G294+KONTROLLER!A1", renames)).toBe(
      '=LN_tmp_a_0!G294+LN_tmp_a_1!A1',
    );
  });

  it('returns other sheets, string literals and plain names unchanged', () => {
    const f = '=IF(\'Min flik\'!A1="Kontroller!A1",Data!B2,SUM(B2:B3))';
    expect(retargetFormula(f, renames)).toBe(f);
  });

  it('returns names with doubled apostrophes unescaped before lookup', () => {
    expect(retargetFormula("='Kommunernas ''andel'''!A1", new Map([["kommunernas 'andel'", 'T']]))).toBe(
      '=T!A1',
    );
  });
});
