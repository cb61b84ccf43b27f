// Check of real-export-sized workbooks (issue 14): the FHM kommun × ålder sheet repeated as long format, counts
// stored as text, "<15" suppressed, built with ExcelJS at bench time (nothing big is committed), then checked by the
// CLI in-process (read .xlsx → detect → check → aggregate), timed with the process's peak memory.
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/runCli';
import { peakRssMb, summarize, type Timing } from '../measure';

const SOURCE = join(__dirname, '../../../shared/data/real-world/fhm_vaccine_2022.xlsx');
const SHEET = 'Vaccinerade kommun och ålder';

/** One bench case: its name, the built file's size and rows, time and peak memory of `check --json`. */
export interface RealExportReport extends Timing {
  readonly name: string;
  readonly peakRssMb: number;
  readonly extra: Record<string, number | string | boolean>;
}

export const realExportCases: { name: string; rows: number }[] = [
  {
    name: 'check real export: FHM long format 47 187 rows (≈ 3.8 MB .xlsx, like the 2.9 MB agency export), counts as text, <15',
    rows: 47_187,
  },
  { name: 'check real export: FHM long format 141 561 rows, counts as text, <15', rows: 141_561 },
];

/** Builds the workbook, checks it once for peak memory and once more for time, and removes it. */
export async function measureRealExport(c: { name: string; rows: number }): Promise<RealExportReport> {
  const dir = mkdtempSync(join(tmpdir(), 'lansnyckel-bench-'));
  try {
    const path = join(dir, 'fhm-long.xlsx');
    await buildLongFormat(path, c.rows);
    let exitCode = -1;
    const run = async (): Promise<void> => {
      exitCode = (await runCli(['check', path, '--json'])).exitCode;
    };
    const t0 = performance.now();
    const rss = await peakRssMb(run);
    const first = performance.now() - t0;
    const t1 = performance.now();
    await run();
    const second = performance.now() - t1;
    return {
      name: c.name,
      ...summarize([first, second]),
      peakRssMb: rss,
      extra: { rows: c.rows, bytes: statSync(path).size, exitCode },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The FHM sheet's data rows repeated week by week (a "Vecka" key column in front) until `rows`, as an agency
 * export looks: kommun and län codes as text with leading zeros, counts as Swedish number text ("1 206"), counts
 * under 15 written "<15", shares as numbers.
 */
async function buildLongFormat(path: string, rows: number): Promise<void> {
  const source = new ExcelJS.Workbook();
  await source.xlsx.readFile(SOURCE);
  const ws = source.getWorksheet(SHEET)!;
  const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const data: unknown[][] = [];
  ws.eachRow((row, n) => {
    if (n > 1) data.push((row.values as unknown[]).slice(1));
  });
  const isCount = header.map((h) => /^Antal|^Befolkning/.test(h));
  const out = new ExcelJS.Workbook();
  const sheet = out.addWorksheet(SHEET);
  sheet.addRow(['Vecka', ...header]);
  for (let i = 0; i < rows; i++) {
    const values = data[i % data.length]!;
    const week = 1 + Math.floor(i / data.length);
    sheet.addRow([
      week,
      ...values.map((v, c) =>
        isCount[c] && typeof v === 'number' ? (v < 15 ? '<15' : v.toLocaleString('sv-SE')) : (v ?? null),
      ),
    ]);
  }
  await out.xlsx.writeFile(path);
}
