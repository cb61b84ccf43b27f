import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { type CsvEncoding, decodeCsvBytes } from '../workbook/decodeCsvBytes';
import { findCsvSeparatorMix } from '../workbook/findCsvSeparatorMix';
import { parseCsv, sniffSeparator } from '../workbook/parseCsv';
import { type Grid } from '../workbook/Grid';
import { CliInputError } from './CliInputError';
import { CLI_MESSAGES } from './cliMessages';
import { readXlsxGrids } from './readXlsxGrids';
import { sniffFileFormat } from './sniffFileFormat';

/** The sheets of an input file, and for a CSV the text encoding it was read in. */
export interface InputFile {
  readonly grids: Grid[];
  /** Set for CSV input only. */
  readonly encoding?: CsvEncoding;
}

/**
 * The sheets of an .xlsx/.xlsm or .csv/.txt file as Grids (a CSV is one sheet named after the file), optionally
 * only the named sheet. Unusable input becomes a CliInputError with a Swedish one-liner.
 */
export async function readGrids(path: string, sheet?: string): Promise<Grid[]> {
  return (await readInputFile(path, sheet)).grids;
}

/**
 * {@link readGrids} plus how a CSV was decoded (UTF-8, Windows-1252, UTF-16). An .xls, .ods or password-protected
 * workbook is recognised by its bytes, whatever its name, and refused with a message saying what to do.
 */
export async function readInputFile(path: string, sheet?: string): Promise<InputFile> {
  if (!existsSync(path) || !statSync(path).isFile()) throw new CliInputError(CLI_MESSAGES.fileMissing(path));
  const name = basename(path);
  const ext = extname(path).toLowerCase();
  const bytes = readFileSync(path);
  refuseUnreadableFormat(bytes, name);
  let grids: Grid[];
  let encoding: CsvEncoding | undefined;
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') {
    const decoded = decodeCsvBytes(bytes);
    encoding = decoded.encoding;
    const grid = parseCsv(decoded.text, basename(path, extname(path)));
    const mix = findCsvSeparatorMix(grid, sniffSeparator(decoded.text));
    if (mix) throw new CliInputError(CLI_MESSAGES.csvSeparatorMix(mix.line, name, mix.found, mix.expected));
    grids = [grid];
  } else if (ext === '.xlsx' || ext === '.xlsm') {
    try {
      grids = await readXlsxGrids(path);
    } catch {
      throw new CliInputError(CLI_MESSAGES.notAWorkbook(name));
    }
  } else {
    throw new CliInputError(CLI_MESSAGES.notWorkbookOrCsv(name));
  }
  return { grids: pickSheet(grids, sheet, name), ...(encoding ? { encoding } : {}) };
}

/** .xls, .ods and encrypted workbooks each get their own one-line refusal: what the file is and what to do. */
function refuseUnreadableFormat(bytes: Buffer, name: string): void {
  const format = sniffFileFormat(bytes);
  if (format === 'xls') throw new CliInputError(CLI_MESSAGES.legacyXls(name));
  if (format === 'encrypted') throw new CliInputError(CLI_MESSAGES.encryptedWorkbook(name));
  if (format === 'ods') throw new CliInputError(CLI_MESSAGES.odsSpreadsheet(name));
}

function pickSheet(grids: Grid[], sheet: string | undefined, name: string): Grid[] {
  // Our own output (Fördelning, Kontroller, Underlag) is not the user's data: check it only when named.
  if (sheet === undefined) return grids.filter((g) => !g.isOutput);
  const hit =
    grids.find((g) => g.sheet === sheet) ??
    grids.find((g) => g.sheet.trim().toLowerCase() === sheet.trim().toLowerCase());
  if (!hit) {
    throw new CliInputError(
      CLI_MESSAGES.sheetMissing(
        sheet,
        name,
        grids.map((g) => g.sheet),
      ),
    );
  }
  return [hit];
}
