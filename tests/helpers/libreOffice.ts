import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';

const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

/**
 * Converts every sheet of an .xlsx to CSV with headless LibreOffice (fresh profile set to always recalculate
 * on load, so cached results are not trusted) and returns the named sheet's rows.
 */
export function convertSheetToCsv(file: string, dir: string, sheet: string): string[][] {
  return convertWorkbooksToCsv([file], dir)(file, sheet);
}

/**
 * Converts every sheet of several workbooks (.xlsx/.xlsm; their file names without extension must differ) in ONE
 * headless LibreOffice run, recalculating on load as above; returns a reader of one workbook's sheet as rows.
 */
export function convertWorkbooksToCsv(
  files: readonly string[],
  dir: string,
): (file: string, sheet: string) => string[][] {
  const version = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 });
  if (version.error || version.status !== 0) {
    throw new Error(
      'LibreOffice (soffice) is required for this test: install it with `apt-get install libreoffice-calc-nogui`. ' +
        `(${version.error?.message ?? version.stderr})`,
    );
  }
  const profile = join(tmpdir(), `lo-${randomBytes(8).toString('hex')}`);
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), ALWAYS_RECALCULATE);
  const outDir = join(dir, `csv-${randomBytes(4).toString('hex')}`);
  let stdout: string;
  try {
    const run = spawnSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${profile}`,
        '--convert-to',
        CSV_ALL_SHEETS,
        '--outdir',
        outDir,
        ...files,
      ],
      { encoding: 'utf8', timeout: 60_000 + 60_000 * files.length },
    );
    if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr}`);
    stdout = run.stdout;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return (file, sheet) => {
    const base = file.replace(/^.*\//, '').replace(/\.xls[xm]$/, '');
    const csvPath = join(outDir, `${base}-${sheet}.csv`);
    let text: string;
    try {
      text = readFileSync(csvPath, 'utf8');
    } catch {
      throw new Error(
        `LibreOffice wrote no ${csvPath} (needs LibreOffice ≥ 7.2 for per-sheet CSV): ${stdout}`,
      );
    }
    return Papa.parse<string[]>(text, { skipEmptyLines: false }).data;
  };
}

const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;
