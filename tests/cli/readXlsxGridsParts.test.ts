import JSZip from 'jszip';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsxGrids, slideFormula } from '../../src/cli/readXlsxGrids';
import { cellsOf } from '../workbook/gridOf';

/** A minimal package written by hand, so the XML is exactly what other writers (Excel, .NET, LibreOffice) emit. */
async function workbookFile(sheetXml: string): Promise<string> {
  const zip = new JSZip();
  zip.file(
    'xl/workbook.xml',
    '<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<x:workbookPr date1904="0"/><x:sheets><x:sheet name="Stora &amp; små" sheetId="1" r:id="rId1"/></x:sheets>' +
      '<x:definedNames><x:definedName name="_Lansnyckel_Output_1">\'Stora &amp; små\'!$A$1</x:definedName></x:definedNames></x:workbook>',
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' +
      '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
  );
  zip.file(
    'xl/sharedStrings.xml',
    '<sst><si><t>Mora</t></si><si><r><t>Or</t></r><r><t xml:space="preserve">sa</t></r><rPh><t>ORUSA</t></rPh></si>' +
      '<si><t>rad 1\r\nrad 2_x000D_</t></si></sst>',
  );
  zip.file(
    'xl/styles.xml',
    '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="###\\ ##0\\ &quot;kr&quot;"/></numFmts>' +
      '<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>' +
      '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="14"/><xf numFmtId="10"/></cellXfs></styleSheet>',
  );
  zip.file('xl/worksheets/sheet1.xml', sheetXml);
  const path = join(mkdtempSync(join(tmpdir(), 'lansnyckel-')), 'x.xlsx');
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  writeFileSync(path, bytes);
  return path;
}

const SHEET =
  '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
  '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" s="1"><x:v>1264598</x:v></x:c>' +
  '<x:c r="C1" s="1"><x:f t="shared" ref="C1:C3" si="0">B1*2</x:f><x:v>2529196</x:v></x:c></x:row>' +
  '<x:row r="2" hidden="1"><x:c r="A2" t="s"><x:v>1</x:v></x:c><x:c r="B2"><x:v>0</x:v></x:c>' +
  '<x:c r="C2" s="1"><x:f t="shared" si="0"/><x:v>0</x:v></x:c><x:c r="D2" t="b"><x:v>1</x:v></x:c></x:row>' +
  '<x:row r="3"><x:c r="A3" t="inlineStr"><x:is><x:t>Älvdalen &lt;15</x:t></x:is></x:c><x:c r="B3" s="2"><x:v>45292</x:v></x:c>' +
  '<x:c r="C3" t="e"><x:f t="shared" si="0"/><x:v>#REF!</x:v></x:c><x:c r="D3" s="3"><x:v>0.333</x:v></x:c><x:c r="E3" s="1"/></x:row>' +
  '<x:row r="5"><x:c r="A5" t="s"><x:v>2</x:v></x:c><x:c r="B5" t="str"><x:f>"a"&amp;"b"</x:f><x:v>ab</x:v></x:c><x:c r="C5"><x:v></x:v></x:c></x:row>' +
  '</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A5:B5"/></x:mergeCells></x:worksheet>';

describe('readXlsxGrids on hand-written package parts', () => {
  it('reads prefixed XML: shared strings (rich, phonetic skipped), shared formulas moved per cell, dates, booleans, errors, formats, merges', async () => {
    const [grid] = await readXlsxGrids(await workbookFile(SHEET));
    expect(grid!.sheet).toBe('Stora & små');
    expect(grid!.isOutput).toBe(true);
    expect(grid!.hiddenRows).toEqual([1]);
    expect(grid!.merged).toEqual(['A5:B5']);
    // Five rows (row 4 never written) and five columns: as in ExcelJS, a styled blank (E3) in a used row counts.
    expect(cellsOf(grid!).map((r) => r.length)).toEqual([5, 5, 5, 5, 5]);
    const [r1, r2, r3, r4, r5] = cellsOf(grid!);
    expect(r1![0]).toEqual({ value: { kind: 'text', value: 'Mora' } });
    expect(r1![1]).toEqual({ value: { kind: 'number', value: 1264598 }, numberFormat: '### ##0 "kr"' });
    expect(r1![2]).toEqual({
      value: { kind: 'number', value: 2529196 },
      formula: '=B1*2',
      numberFormat: '### ##0 "kr"',
    });
    expect(r2![0]!.value).toEqual({ kind: 'text', value: 'Orsa' });
    expect(r2![1]!.value).toEqual({ kind: 'number', value: 0 });
    // A cached result of 0 is a value (Office.js reads it so too), not an empty cell.
    expect(r2![2]).toEqual({
      value: { kind: 'number', value: 0 },
      formula: '=B2*2',
      numberFormat: '### ##0 "kr"',
    });
    expect(r2![3]!.value).toEqual({ kind: 'boolean', value: true });
    expect(r3![0]!.value).toEqual({ kind: 'text', value: 'Älvdalen <15' });
    // 45292 is 1 January 2024 in the 1900 date system; a date format makes it a date, read as ISO text.
    expect(r3![1]).toEqual({ value: { kind: 'text', value: '2024-01-01' }, numberFormat: 'mm-dd-yy' });
    expect(r3![2]).toEqual({ value: { kind: 'error', value: '#REF!' }, formula: '=B3*2' });
    expect(r3![3]).toEqual({ value: { kind: 'number', value: 0.333 }, numberFormat: '0.00%' });
    expect(r3![4]).toEqual({ value: { kind: 'empty' } });
    expect(r4!.every((c) => c.value.kind === 'empty')).toBe(true);
    // XML line ends are read as LF; Excel's _x000D_ escape is a real carriage return.
    expect(r5![0]!.value).toEqual({ kind: 'text', value: 'rad 1\nrad 2\r' });
    // B5 lies inside the merge A5:B5: only the top-left cell keeps a value. <v></v> is no value.
    expect(r5![1]!.value.kind).toBe('empty');
    expect(r5![2]!.value.kind).toBe('empty');
  });

  it('rejects a file that is not a zip', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'lansnyckel-')), 'x.xlsx');
    writeFileSync(path, 'Kommun;Folkmängd\nMora;20000\n');
    await expect(readXlsxGrids(path)).rejects.toThrow();
  });
});

describe('slideFormula', () => {
  it('moves relative references and keeps absolute ones, function names and other sheets’ names', () => {
    expect(slideFormula('B1*2', 2, 0)).toBe('B3*2');
    expect(slideFormula('SUM($B$1:B1)+Blad2!C4', 1, 1)).toBe('SUM($B$1:C2)+Blad2!D5');
    expect(slideFormula('LOG10(A1)', 1, 0)).toBe('LOG10(A2)');
  });
});
