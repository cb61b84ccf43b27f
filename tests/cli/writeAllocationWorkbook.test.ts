import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliInputError } from '../../src/cli/CliInputError';
import { readOutputSheetNames } from '../../src/cli/outputMarker';
import { writeAllocationWorkbook } from '../../src/cli/writeAllocationWorkbook';
import { buildSheetPlan } from '../../src/output/buildSheetPlan';
import { type SheetPlan } from '../../src/output/SheetPlan';
import { dalarnaAllocation } from '../helpers/allocationBuilder';
import { defined } from '../helpers/defined';

const FIXTURES = join(__dirname, '..', 'fixtures');
const CSV = join(FIXTURES, 'output', 'dalarna-2020-vardens-medarbetare-per-kommun.csv');
const CSV_SHEET = 'dalarna-2020-vardens-medarbetare-per-kommun';

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A plan builder as the CLI would pass it: findings name the input's sheet as the readers call it. */
function planFor(findingSheet: string): (existing: readonly string[]) => SheetPlan {
  return (existing) =>
    buildSheetPlan({
      allocation: dalarnaAllocation(),
      findings: [
        {
          code: 'label-whitespace',
          severity: 'warning',
          sheet: findingSheet,
          cells: ['A7'],
          message: { sv: 'Mellanslag', en: 'Space' },
        },
      ],
      plan: { name: 'Dalarna 2020', keyInWords: 'Befolkning' },
      source: { sheet: findingSheet, range: 'A1:C17' },
      date: '2026-11-26',
      lang: 'sv',
      existingSheetNames: existing,
    });
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** An .xlsx with the user's table and, to be hard, a sheet of theirs that is also called "Kontroller". */
async function userWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const data = wb.addWorksheet('Dalarna');
  data.addRows([
    ['Kommun', 'Befolkning', 'Belopp'],
    ['Avesta', 23178, 1264598],
    ['Summa', { formula: 'SUM(B2:B2)', result: 23178 }, { formula: 'SUM(C2:C2)', result: 1264598 }],
  ]);
  wb.addWorksheet('Kontroller').getCell('A1').value = 'Mina egna kontroller';
  await wb.xlsx.writeFile(file);
}

describe('writeAllocationWorkbook', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lansnyckel-write-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('returns the sheets it added and never modifies the input file', async () => {
    const input = join(dir, 'in.xlsx');
    await userWorkbook(input);
    const before = sha256(input);
    const result = await writeAllocationWorkbook({
      inputPath: input,
      outPath: join(dir, 'out.xlsx'),
      plan: planFor('Dalarna'),
    });
    expect(sha256(input)).toBe(before);
    expect(result).toEqual({
      sheets: ['Fördelning – Dalarna 2020', 'Kontroller (2)', 'Underlag'],
      removed: [],
    });
  });

  it('keeps the user sheets as they were and adds ours after them', async () => {
    const input = join(dir, 'in.xlsx');
    await userWorkbook(input);
    await writeAllocationWorkbook({
      inputPath: input,
      outPath: join(dir, 'out.xlsx'),
      plan: planFor('Dalarna'),
    });
    const wb = await load(join(dir, 'out.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Dalarna',
      'Kontroller',
      'Fördelning – Dalarna 2020',
      'Kontroller (2)',
      'Underlag',
    ]);
    const data = defined(wb.getWorksheet('Dalarna'), 'Dalarna');
    expect(data.getCell('C2').value).toBe(1264598);
    expect(data.getCell('C3').value).toEqual({ formula: 'SUM(C2:C2)', result: 1264598 });
    expect(defined(wb.getWorksheet('Kontroller'), 'Kontroller').getCell('A1').value).toBe(
      'Mina egna kontroller',
    );
    expect(defined(wb.getWorksheet('Fördelning – Dalarna 2020'), 'Fördelning').getCell('D5').value).toBe(
      1264598,
    );
  });

  it('replaces exactly its own earlier output when run on its own result', async () => {
    const input = join(dir, 'in.xlsx');
    await userWorkbook(input);
    const first = join(dir, 'first.xlsx');
    await writeAllocationWorkbook({ inputPath: input, outPath: first, plan: planFor('Dalarna') });
    const second = join(dir, 'second.xlsx');
    const result = await writeAllocationWorkbook({
      inputPath: first,
      outPath: second,
      plan: planFor('Dalarna'),
    });
    expect(result.removed).toEqual(['Fördelning – Dalarna 2020', 'Kontroller (2)', 'Underlag']);
    const wb = await load(second);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Dalarna',
      'Kontroller',
      'Fördelning – Dalarna 2020',
      'Kontroller (2)',
      'Underlag',
    ]);
    expect(readOutputSheetNames(wb)).toEqual(['Fördelning – Dalarna 2020', 'Kontroller (2)', 'Underlag']);
    expect(wb.definedNames.model.map((n) => n.name).sort()).toEqual([
      '_Lansnyckel_Output_1',
      '_Lansnyckel_Output_2',
      '_Lansnyckel_Output_3',
    ]);
  });

  it('returns a workbook whose first sheet is the CSV data, links pointing at its shortened name', async () => {
    const input = join(dir, `${CSV_SHEET}.csv`);
    copyFileSync(CSV, input);
    const before = sha256(input);
    await writeAllocationWorkbook({
      inputPath: input,
      outPath: join(dir, 'out.xlsx'),
      plan: planFor(CSV_SHEET),
    });
    expect(sha256(input)).toBe(before);
    const wb = await load(join(dir, 'out.xlsx'));
    const first = defined(wb.worksheets[0], 'the first sheet');
    expect(first.name).toBe('dalarna-2020-vardens-medarbeta…');
    expect(first.getCell('A2').value).toBe('Avesta');
    expect(first.getCell('C2').value).toBe(1264598);
    expect(first.getCell('A7').value).toBe('Leksand ');
    expect(defined(wb.getWorksheet('Kontroller'), 'Kontroller').getCell('F5').value).toEqual({
      text: 'A7',
      hyperlink: "'dalarna-2020-vardens-medarbeta…'!A7",
    });
  });

  it("never touches the user's own sheet called Kontroller: its part keeps its bytes over two runs", async () => {
    const input = join(dir, 'in.xlsx');
    await userWorkbook(input);
    const first = join(dir, 'first.xlsx');
    const second = join(dir, 'second.xlsx');
    await writeAllocationWorkbook({ inputPath: input, outPath: first, plan: planFor('Dalarna') });
    await writeAllocationWorkbook({ inputPath: first, outPath: second, plan: planFor('Dalarna') });
    // ExcelJS wrote the user's "Kontroller" as the second sheet part.
    const part = async (file: string) =>
      defined(
        (await JSZip.loadAsync(readFileSync(file))).file('xl/worksheets/sheet2.xml'),
        'sheet2.xml',
      ).async('string');
    const original = await part(input);
    expect(original).toContain('<c r="A1" t="s"><v>');
    expect(await part(first)).toBe(original);
    expect(await part(second)).toBe(original);
  });

  describe('edge cases', () => {
    it('throws a CliInputError and writes nothing when the output path is the input path', async () => {
      const input = join(dir, 'in.xlsx');
      await userWorkbook(input);
      const before = sha256(input);
      await expect(
        writeAllocationWorkbook({
          inputPath: input,
          outPath: join(dir, '.', 'in.xlsx'),
          plan: planFor('Dalarna'),
        }),
      ).rejects.toThrow(CliInputError);
      expect(sha256(input)).toBe(before);
    });

    it('throws a CliInputError for a template (.xltx content), saying to save it as a workbook, and writes nothing', async () => {
      const input = join(dir, 'in.xlsx');
      await userWorkbook(input);
      const zip = await JSZip.loadAsync(readFileSync(input));
      const types = await defined(zip.file('[Content_Types].xml'), '[Content_Types].xml').async('string');
      zip.file(
        '[Content_Types].xml',
        types.replace('spreadsheetml.sheet.main+xml', 'spreadsheetml.template.main+xml'),
      );
      writeFileSync(input, await zip.generateAsync({ type: 'nodebuffer' }));
      const out = join(dir, 'out.xlsx');
      await expect(
        writeAllocationWorkbook({ inputPath: input, outPath: out, plan: planFor('Dalarna') }),
      ).rejects.toThrow(
        'in.xlsx är ingen vanlig Excel-arbetsbok (.xlsx eller .xlsm) utan en mall, ett tillägg eller en fil i Strict-format. Spara den som Excel-arbetsbok och kör igen; inget skrevs.',
      );
      expect(existsSync(out)).toBe(false);
    });

    it('throws a CliInputError for an input that is not a workbook, leaving no file behind', async () => {
      const input = join(dir, 'broken.xlsx');
      copyFileSync(CSV, input);
      const out = join(dir, 'out.xlsx');
      await expect(
        writeAllocationWorkbook({ inputPath: input, outPath: out, plan: planFor('Dalarna') }),
      ).rejects.toThrow(/Kunde inte läsa broken.xlsx/);
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(dir)).toEqual(['broken.xlsx']);
    });
  });
});
