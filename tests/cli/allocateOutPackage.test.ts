import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/runCli';
import { defined } from '../helpers/defined';

const PACKAGE = join(__dirname, '../fixtures/package');
const DALARNA = join(__dirname, '../fixtures/contract/dalarna-2020-vardens-medarbetare.xlsx');
const ALLOCATE = ['--key', 'Befolkning dec 2019', '--total', '15 711 504'];
const OUR_SHEETS = ['Fördelning – Befolkning dec…', 'Kontroller', 'Underlag'];

/** The parts `allocate --out` may rewrite; every other part of the input must keep its bytes. */
const REWRITTEN = [
  '[Content_Types].xml',
  'docProps/app.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/styles.xml',
  'xl/workbook.xml',
];

/** sha256 of every part of a package. */
async function partHashes(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const hashes = new Map<string, string>();
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    hashes.set(
      entry.name,
      createHash('sha256')
        .update(await entry.async('nodebuffer'))
        .digest('hex'),
    );
  }
  return hashes;
}

async function part(file: string, name: string): Promise<string> {
  return defined((await JSZip.loadAsync(readFileSync(file))).file(name), name).async('string');
}

describe('allocate --out at the package level', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lansnyckel-package-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe.each([
    ['rich.xlsx', 'out.xlsx'],
    ['rich.xlsm', 'out.xlsm'],
  ])('%s', (fixture, outName) => {
    const input = () => join(PACKAGE, fixture);

    it('keeps every part of the input byte for byte except the workbook part, its rels, content types and styles; drops calcChain; adds our three sheets and one table', async () => {
      const out = join(dir, outName);
      const r = await runCli(['allocate', input(), ...ALLOCATE, '--out', out]);
      expect(r.exitCode).toBe(0);
      expect(r.stderr).toBe('');
      const before = await partHashes(input());
      const after = await partHashes(out);
      for (const [name, hash] of before) {
        if (REWRITTEN.includes(name) || name === 'xl/calcChain.xml') continue;
        expect([name, after.get(name)]).toEqual([name, hash]);
      }
      expect(after.has('xl/calcChain.xml')).toBe(false);
      const added = [...after.keys()].filter((name) => !before.has(name)).sort();
      expect(added).toEqual([
        'xl/tables/table2.xml',
        'xl/worksheets/_rels/sheet4.xml.rels',
        'xl/worksheets/sheet4.xml',
        'xl/worksheets/sheet5.xml',
        'xl/worksheets/sheet6.xml',
      ]);
      // The parts that carry what ExcelJS would drop are among the unchanged ones.
      for (const kept of [
        'xl/charts/chart1.xml',
        'xl/chartsheets/sheet1.xml',
        'xl/pivotCache/pivotCacheDefinition1.xml',
        'xl/pivotCache/pivotCacheRecords1.xml',
        'xl/pivotTables/pivotTable1.xml',
        'xl/media/image1.png',
        'xl/comments1.xml',
        'xl/threadedComments/threadedComment1.xml',
        'xl/persons/person.xml',
        'xl/externalLinks/externalLink1.xml',
        'xl/sharedStrings.xml',
        'docProps/core.xml',
        ...(fixture.endsWith('.xlsm') ? ['xl/vbaProject.bin'] : []),
      ]) {
        expect([kept, after.get(kept)]).toEqual([kept, before.get(kept)]);
      }
    });

    it('edits the workbook part only by appending our sheets and markers and asking for a full recalculation', async () => {
      const out = join(dir, outName);
      await runCli(['allocate', input(), ...ALLOCATE, '--out', out]);
      const xml = await part(out, 'xl/workbook.xml');
      expect(xml).toContain(
        '<sheet name="Poster" sheetId="4" r:id="rId4"/><sheet name="Fördelning – Befolkning dec…" sheetId="5"',
      );
      expect(xml).toContain(
        `<definedName name="Befolkning">'Dalarna 2020'!$B$4:$B$18</definedName><definedName name="Lokal" localSheetId="3">Poster!$B$2:$B$3</definedName><definedName name="_Lansnyckel_Output_1">`,
      );
      expect(xml).toContain(
        '<calcPr calcId="191029" fullCalcOnLoad="1"/><pivotCaches><pivotCache cacheId="1" r:id="rId10"/>',
      );
      expect(xml).toContain('<externalReferences><externalReference r:id="rId9"/></externalReferences>');
      const rels = await part(out, 'xl/_rels/workbook.xml.rels');
      expect(rels).not.toContain('calcChain');
      const types = await part(out, '[Content_Types].xml');
      expect(types).not.toContain('calcChain');
      expect(types).toContain(
        fixture.endsWith('.xlsm')
          ? '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>'
          : '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
      );
    });

    it('lists our sheets after the worksheet titles in docProps/app.xml, the chart sheet group unchanged', async () => {
      const out = join(dir, outName);
      await runCli(['allocate', input(), ...ALLOCATE, '--out', out]);
      const app = await part(out, 'docProps/app.xml');
      expect(app).toContain(
        '<vt:variant><vt:lpstr>Kalkylblad</vt:lpstr></vt:variant><vt:variant><vt:i4>6</vt:i4></vt:variant><vt:variant><vt:lpstr>Diagram</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant>',
      );
      expect(app).toContain(
        '<TitlesOfParts><vt:vector size="7" baseType="lpstr"><vt:lpstr>Dalarna 2020</vt:lpstr><vt:lpstr>Pivot</vt:lpstr><vt:lpstr>Poster</vt:lpstr><vt:lpstr>Fördelning – Befolkning dec…</vt:lpstr><vt:lpstr>Kontroller</vt:lpstr><vt:lpstr>Underlag</vt:lpstr><vt:lpstr>Diagram</vt:lpstr></vt:vector></TitlesOfParts>',
      );
    });

    it("appends our styles after the user's: the user's part is a prefix of each styles list", async () => {
      const out = join(dir, outName);
      await runCli(['allocate', input(), ...ALLOCATE, '--out', out]);
      const user = await part(input(), 'xl/styles.xml');
      const merged = await part(out, 'xl/styles.xml');
      for (const list of ['fonts', 'fills', 'borders', 'cellXfs', 'dxfs']) {
        const inner = (xml: string) =>
          defined(new RegExp(`<${list}[^>]*>([\\s\\S]*?)</${list}>`).exec(xml)?.[1], list);
        expect(inner(merged).startsWith(inner(user))).toBe(true);
      }
      // Our bold header style is new; the user's 8 cell formats stay at 0–7.
      expect(/<cellXfs count="(\d+)"/.exec(user)?.[1]).toBe('8');
      expect(Number(/<cellXfs count="(\d+)"/.exec(merged)?.[1])).toBeGreaterThan(8);
    });

    it('writes text as inline strings, leaving the shared strings to the user', async () => {
      const out = join(dir, outName);
      await runCli(['allocate', input(), ...ALLOCATE, '--out', out]);
      const sheet = await part(out, 'xl/worksheets/sheet4.xml');
      expect(sheet).not.toContain('t="s"');
      expect(sheet).toContain('<c r="B5" t="inlineStr"><is><t>Avesta</t></is></c>');
    });

    it('reads back with ExcelJS: the user sheets and ours, the user values and our amounts', async () => {
      const out = join(dir, outName);
      await runCli(['allocate', input(), ...ALLOCATE, '--out', out]);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['Dalarna 2020', 'Pivot', 'Poster', ...OUR_SHEETS]);
      expect(defined(wb.getWorksheet('Dalarna 2020')).getCell('C4').value).toBe(1264598);
      expect(defined(wb.getWorksheet('Poster')).getCell('B4').value).toEqual({
        formula: 'SUM(B2:B3)',
        result: 1500,
      });
      const ours = defined(wb.getWorksheet(OUR_SHEETS[0]));
      expect(ours.getCell('B5').value).toBe('Avesta');
      expect(ours.getCell('E5').value).toBe(1264598);
    });

    it('replaces only its own sheets on a second run: every other part equal to the first output', async () => {
      const first = join(dir, `first-${outName}`);
      const second = join(dir, `second-${outName}`);
      await runCli(['allocate', input(), ...ALLOCATE, '--out', first]);
      const r = await runCli(['allocate', first, ...ALLOCATE, '--out', second]);
      expect(r.exitCode).toBe(0);
      const a = await partHashes(first);
      const b = await partHashes(second);
      expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
      const differing = [...a.keys()].filter((name) => a.get(name) !== b.get(name));
      expect(differing).toEqual(['xl/workbook.xml']);
      // …and there only the sheet ids of our new sheets (never re-used: 5–7 the first time, 8–10 now).
      const noIds = (xml: string) => xml.replace(/ sheetId="\d+"/g, '');
      expect(noIds(await part(second, 'xl/workbook.xml'))).toBe(noIds(await part(first, 'xl/workbook.xml')));
      expect(await part(second, 'xl/workbook.xml')).toContain('name="Underlag" sheetId="10"');
    });
  });

  it('replaces only its own sheets on a second run over the Dalarna sample: only the workbook part differs', async () => {
    const first = join(dir, 'first.xlsx');
    const second = join(dir, 'second.xlsx');
    copyFileSync(DALARNA, join(dir, 'in.xlsx'));
    expect((await runCli(['allocate', join(dir, 'in.xlsx'), ...ALLOCATE, '--out', first])).exitCode).toBe(0);
    expect((await runCli(['allocate', first, ...ALLOCATE, '--out', second])).exitCode).toBe(0);
    const a = await partHashes(first);
    const b = await partHashes(second);
    expect([...a.keys()].filter((name) => a.get(name) !== b.get(name))).toEqual(['xl/workbook.xml']);
  });

  describe('edge cases', () => {
    it("removes what the user hung on our old sheet (a drawing with a chart) on re-run, but not the image it shares with the user's sheet", async () => {
      const first = join(dir, 'first.xlsx');
      await runCli(['allocate', join(PACKAGE, 'rich.xlsx'), ...ALLOCATE, '--out', first]);
      const zip = await JSZip.loadAsync(readFileSync(first));
      const rels = (target: string, type: string, id = 'rId9') =>
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/></Relationships>`;
      const sheetRels = await defined(zip.file('xl/worksheets/_rels/sheet4.xml.rels')).async('string');
      zip.file(
        'xl/worksheets/_rels/sheet4.xml.rels',
        sheetRels.replace(
          '</Relationships>',
          rels('../drawings/drawing9.xml', 'drawing').replace(/^.*<Relationships[^>]*>/, ''),
        ),
      );
      zip.file(
        'xl/drawings/drawing9.xml',
        await defined(zip.file('xl/drawings/drawing1.xml')).async('string'),
      );
      zip.file(
        'xl/drawings/_rels/drawing9.xml.rels',
        rels('../media/image1.png', 'image', 'rId1').replace(
          '</Relationships>',
          '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart9.xml"/></Relationships>',
        ),
      );
      zip.file('xl/charts/chart9.xml', await defined(zip.file('xl/charts/chart1.xml')).async('string'));
      const types = await defined(zip.file('[Content_Types].xml')).async('string');
      zip.file(
        '[Content_Types].xml',
        types.replace(
          '</Types>',
          '<Override PartName="/xl/drawings/drawing9.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/charts/chart9.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>',
        ),
      );
      const edited = join(dir, 'edited.xlsx');
      writeFileSync(edited, await zip.generateAsync({ type: 'nodebuffer' }));
      const second = join(dir, 'second.xlsx');
      const r = await runCli(['allocate', edited, ...ALLOCATE, '--out', second]);
      expect([r.exitCode, r.stderr]).toEqual([0, '']);
      const after = await partHashes(second);
      expect(
        ['xl/drawings/drawing9.xml', 'xl/drawings/_rels/drawing9.xml.rels', 'xl/charts/chart9.xml'].filter(
          (n) => after.has(n),
        ),
      ).toEqual([]);
      expect(after.get('xl/media/image1.png')).toBe((await partHashes(first)).get('xl/media/image1.png'));
      const secondTypes = await part(second, '[Content_Types].xml');
      expect(secondTypes).not.toContain('drawing9');
      expect(secondTypes).not.toContain('chart9');
      expect([...after.keys()].sort()).toEqual([...(await partHashes(first)).keys()].sort());
    });

    it('shows our new Fördelning when the user had saved with our old Kontroller open', async () => {
      const first = join(dir, 'first.xlsx');
      await runCli(['allocate', join(PACKAGE, 'rich.xlsx'), ...ALLOCATE, '--out', first]);
      const zip = await JSZip.loadAsync(readFileSync(first));
      const wbXml = await defined(zip.file('xl/workbook.xml')).async('string');
      // Tabs: Dalarna 2020, Diagram, Pivot, Poster, Fördelning…, Kontroller (5), Underlag.
      zip.file('xl/workbook.xml', wbXml.replace('activeTab="0"', 'activeTab="5"'));
      const edited = join(dir, 'edited.xlsx');
      writeFileSync(edited, await zip.generateAsync({ type: 'nodebuffer' }));
      const second = join(dir, 'second.xlsx');
      expect((await runCli(['allocate', edited, ...ALLOCATE, '--out', second])).exitCode).toBe(0);
      expect(await part(second, 'xl/workbook.xml')).toContain('windowHeight="10000" activeTab="4"/>');
      expect(await part(second, 'xl/worksheets/sheet4.xml')).toContain(
        '<sheetView workbookViewId="0" tabSelected="1">',
      );
      expect(await part(second, 'xl/worksheets/sheet5.xml')).not.toContain('tabSelected');
    });

    it('refuses an .xlsx name for a workbook with macros, saying why, and writes nothing', async () => {
      const out = join(dir, 'resultat.xlsx');
      const r = await runCli(['allocate', join(PACKAGE, 'rich.xlsm'), ...ALLOCATE, '--out', out]);
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toBe(
        'rich.xlsm innehåller makron (VBA), och makron kan bara sparas i en .xlsm-fil: som resultat.xlsx skulle Excel vägra öppna resultatet. Välj ett namn som slutar på .xlsm, t.ex. resultat.xlsm.\n',
      );
      expect(readdirSync(dir)).toEqual([]);
    });

    it('refuses an .xlsm name for a workbook without macros and writes nothing', async () => {
      const out = join(dir, 'resultat.xlsm');
      const r = await runCli(['allocate', join(PACKAGE, 'rich.xlsx'), ...ALLOCATE, '--out', out]);
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toContain('rich.xlsx har inga makron');
      expect(r.stderr).toContain('resultat.xlsx');
      expect(readdirSync(dir)).toEqual([]);
    });
  });
});
