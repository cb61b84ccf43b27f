// Builds tests/fixtures/followup/dalarna-2020-uppfoljning.xlsx: the published Dalarna 2020 allocation (Vårdens
// medarbetare, 15 711 504 kr by population) as Länsnyckel writes it (`allocate --plan --out`, a marked Fördelning sheet),
// plus an EXAMPLE återredovisning with one of each follow-up finding planted. Run: npx tsx scripts/build-followup-sample.ts
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/cli/runCli';
import { FOLLOWUP_SAMPLE } from '../src/preview/samples/followupSample';

const root = join(__dirname, '..');
const out = join(root, 'tests/fixtures/followup/dalarna-2020-uppfoljning.xlsx');

/** The cached result of the sum row's =SUM over column c (Excel recalculates on open anyway). */
function sumAbove(c: number): number {
  return FOLLOWUP_SAMPLE.rows.reduce(
    (acc, row) => acc + (typeof row[c] === 'number' ? (row[c] as number) : 0),
    0,
  );
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'lansnyckel-followup-'));
  try {
    const allocated = join(dir, 'allocated.xlsx');
    const r = await runCli([
      'allocate',
      join(root, 'src/preview/samples/dalarna-2020-vardens-medarbetare-per-kommun.csv'),
      '--plan',
      join(root, 'examples/plans/dalarna-2020.json'),
      '--out',
      allocated,
    ]);
    if (r.exitCode !== 0) throw new Error(`allocate failed: ${r.stderr}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(allocated);
    const ws = workbook.addWorksheet(FOLLOWUP_SAMPLE.sheet);
    FOLLOWUP_SAMPLE.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        const cell = ws.getCell(r + 1, c + 1);
        cell.value =
          typeof value === 'string' && value.startsWith('=')
            ? { formula: value.slice(1), result: sumAbove(c) }
            : value;
      });
    });
    ws.getColumn(1).width = 16;
    for (const c of [2, 3, 4]) ws.getColumn(c).numFmt = '#,##0';
    await workbook.xlsx.writeFile(out);
    process.stdout.write(`wrote ${out}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
