import fsPromises from 'node:fs/promises';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliInputError } from '../../../src/cli/CliInputError';
import { writeFileAtomically } from '../../../src/cli/xlsxPackage/writeFileAtomically';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('writeFileAtomically', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lansnyckel-atomic-'));
  });
  afterEach(() => {
    jest.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it('returns with the new content in place of the old and no temporary file left', async () => {
    const target = join(dir, 'resultat.xlsx');
    writeFileSync(target, 'gammal');
    await writeFileAtomically(target, bytes('ny'));
    expect(readFileSync(target, 'utf8')).toBe('ny');
    expect(readdirSync(dir)).toEqual(['resultat.xlsx']);
  });

  describe('edge cases', () => {
    it.each(['EBUSY', 'EPERM', 'EACCES'])(
      'says in one line that a target locked by another program (%s on rename) cannot be replaced, and keeps the old file',
      async (code) => {
        const target = join(dir, 'resultat.xlsx');
        writeFileSync(target, 'gammal');
        jest
          .spyOn(fsPromises, 'rename')
          .mockRejectedValueOnce(Object.assign(new Error(`${code}: resource busy or locked`), { code }));
        const write = writeFileAtomically(target, bytes('ny'));
        await expect(write).rejects.toThrow(CliInputError);
        await expect(write).rejects.toThrow(
          'resultat.xlsx går inte att ersätta: filen är öppen i ett annat program (t.ex. Excel) eller skrivskyddad. Stäng den och kör igen; inget skrevs.',
        );
        expect(readFileSync(target, 'utf8')).toBe('gammal');
        expect(readdirSync(dir)).toEqual(['resultat.xlsx']);
      },
    );

    it('leaves the old file whole and no temporary file when the write fails half-way (a crash before the rename)', async () => {
      const target = join(dir, 'resultat.xlsx');
      writeFileSync(target, 'gammal');
      jest.spyOn(fsPromises, 'rename').mockRejectedValueOnce(new Error('simulated crash'));
      await expect(writeFileAtomically(target, bytes('ny'))).rejects.toThrow('simulated crash');
      expect(readFileSync(target, 'utf8')).toBe('gammal');
      expect(readdirSync(dir)).toEqual(['resultat.xlsx']);
    });

    it('says the target is a folder, writing nothing', async () => {
      mkdirSync(join(dir, 'resultat.xlsx'));
      writeFileSync(join(dir, 'resultat.xlsx', 'inne.txt'), 'x');
      await expect(writeFileAtomically(join(dir, 'resultat.xlsx'), bytes('ny'))).rejects.toThrow(
        'resultat.xlsx är en mapp; ge --out ett filnamn, t.ex. resultat.xlsx. Inget skrevs.',
      );
      expect(readdirSync(dir)).toEqual(['resultat.xlsx']);
    });

    it('says the folder does not exist, writing nothing', async () => {
      await expect(writeFileAtomically(join(dir, 'saknas', 'resultat.xlsx'), bytes('ny'))).rejects.toThrow(
        /^Mappen för resultat.xlsx finns inte/,
      );
      expect(readdirSync(dir)).toEqual([]);
    });
  });
});
