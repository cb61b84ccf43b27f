import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { findCsvSeparatorMix } from '../workbook/findCsvSeparatorMix';
import { parseCsv, sniffSeparator } from '../workbook/parseCsv';
import { type Grid } from '../workbook/Grid';
import { CliInputError } from './CliInputError';
import { readXlsxGrids } from './readXlsxGrids';

/**
 * The sheets of an .xlsx/.xlsm or .csv/.txt file as Grids (a CSV is one sheet named after the file), optionally
 * only the named sheet. Unusable input becomes a CliInputError with a Swedish one-liner.
 */
export async function readGrids(path: string, sheet?: string): Promise<Grid[]> {
  if (!existsSync(path) || !statSync(path).isFile()) throw new CliInputError(`Filen finns inte: ${path}`);
  const ext = extname(path).toLowerCase();
  let grids: Grid[];
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') {
    const text = readFileSync(path, 'utf8');
    const grid = parseCsv(text, basename(path, extname(path)));
    const mix = findCsvSeparatorMix(grid, sniffSeparator(text.replace(/^\uFEFF/, '')));
    if (mix) {
      const name = (s: string): string => (s === '\t' ? 'tabb' : `"${s}"`);
      throw new CliInputError(
        `Rad ${mix.line} i ${basename(path)} är skriven med ${name(mix.found)} som avgränsare men resten av filen med ${name(mix.expected)}. Använd samma avgränsare på alla rader; inget lästes.`,
      );
    }
    grids = [grid];
  } else if (ext === '.xlsx' || ext === '.xlsm') {
    try {
      grids = await readXlsxGrids(path);
    } catch {
      throw new CliInputError(`Kunde inte läsa ${basename(path)} som en Excel-arbetsbok (.xlsx).`);
    }
  } else {
    throw new CliInputError(`${basename(path)} är varken en Excel-arbetsbok (.xlsx) eller en CSV-fil.`);
  }
  // Our own output (Fördelning, Kontroller, Underlag) is not the user's data: check it only when named.
  if (sheet === undefined) return grids.filter((g) => !g.isOutput);
  const hit =
    grids.find((g) => g.sheet === sheet) ??
    grids.find((g) => g.sheet.trim().toLowerCase() === sheet.trim().toLowerCase());
  if (!hit) {
    throw new CliInputError(
      `Bladet "${sheet}" finns inte i ${basename(path)} (blad: ${grids.map((g) => g.sheet).join(', ')}).`,
    );
  }
  return [hit];
}
