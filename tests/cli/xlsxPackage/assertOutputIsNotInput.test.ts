import { linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { assertOutputIsNotInput } from '../../../src/cli/xlsxPackage/assertOutputIsNotInput';

describe('assertOutputIsNotInput', () => {
  let dir: string;
  let input: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lansnyckel-same-'));
    mkdirSync(join(dir, 'sub'));
    input = join(dir, 'indata.xlsx');
    writeFileSync(input, 'arbetsbok');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('returns for a new file beside the input', () => {
    expect(() => assertOutputIsNotInput(input, join(dir, 'resultat.xlsx'))).not.toThrow();
  });

  it('returns for another existing file', () => {
    writeFileSync(join(dir, 'resultat.xlsx'), 'gammalt resultat');
    expect(() => assertOutputIsNotInput(input, join(dir, 'resultat.xlsx'))).not.toThrow();
  });

  describe('edge cases', () => {
    const refused = 'Resultatet kan inte skrivas över indatafilen (indata.xlsx); välj en annan --out.';
    it.each([
      ['the same path', (d: string) => join(d, 'indata.xlsx')],
      ['a ./ spelling', (d: string) => `${d}/./indata.xlsx`],
      ['a .. spelling', (d: string) => `${d}/sub/../indata.xlsx`],
      ['a relative path', (d: string) => relative(process.cwd(), join(d, 'indata.xlsx'))],
    ])('throws for %s of the input', (_, spell) => {
      expect(() => assertOutputIsNotInput(input, spell(dir))).toThrow(new Error(refused));
    });

    it('throws for a symlink to the input', () => {
      symlinkSync(input, join(dir, 'lank.xlsx'));
      expect(() => assertOutputIsNotInput(input, join(dir, 'lank.xlsx'))).toThrow(new Error(refused));
    });

    it('throws for a hard link to the input (the same file under another name)', () => {
      linkSync(input, join(dir, 'sub', 'samma.xlsx'));
      expect(() => assertOutputIsNotInput(input, join(dir, 'sub', 'samma.xlsx'))).toThrow(new Error(refused));
    });

    it('throws when the input is reached through a symlinked folder', () => {
      symlinkSync(dir, join(dir, 'sub', 'tillbaka'));
      expect(() => assertOutputIsNotInput(input, join(dir, 'sub', 'tillbaka', 'indata.xlsx'))).toThrow(
        new Error(refused),
      );
    });
  });
});
