import { WorkbookXml } from '../../../src/cli/xlsxPackage/workbookXml';

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A workbook where the user moved our old output between their sheets and has it open. */
const MOVED = `<?xml version="1.0"?><workbook ${NS}><bookViews><workbookView activeTab="1" firstSheet="2"/></bookViews><sheets><sheet name="Data" sheetId="1" r:id="rId1"/><sheet name="Kontroller" sheetId="2" r:id="rId2"/><sheet name="Mina &amp; anteckningar" sheetId="3" r:id="rId3"/></sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">Kontroller!$A$1:$K$9</definedName><definedName name="Urval" localSheetId="2">'Mina &amp; anteckningar'!$A$1</definedName><definedName name="_Lansnyckel_Output_1">Kontroller!$A$1</definedName></definedNames><calcPr calcId="1"/></workbook>`;

describe('WorkbookXml', () => {
  it('returns the sheets in tab order with names decoded', () => {
    expect(new WorkbookXml(MOVED).sheets()).toEqual([
      { name: 'Data', sheetId: 1, relId: 'rId1' },
      { name: 'Kontroller', sheetId: 2, relId: 'rId2' },
      { name: 'Mina & anteckningar', sheetId: 3, relId: 'rId3' },
    ]);
  });

  it('removes a sheet, the names local to it and our markers, and renumbers what came after it', () => {
    const wb = new WorkbookXml(MOVED);
    const activeRemoved = wb.removeSheets(new Set([1]), (n) => n.name.startsWith('_Lansnyckel_Output_'));
    expect(activeRemoved).toBe(true);
    expect(wb.xml).toBe(
      `<?xml version="1.0"?><workbook ${NS}><bookViews><workbookView activeTab="1" firstSheet="1"/></bookViews><sheets><sheet name="Data" sheetId="1" r:id="rId1"/><sheet name="Mina &amp; anteckningar" sheetId="3" r:id="rId3"/></sheets><definedNames><definedName name="Urval" localSheetId="1">'Mina &amp; anteckningar'!$A$1</definedName></definedNames><calcPr calcId="1"/></workbook>`,
    );
  });

  it('appends sheets and names, and sets full recalculation on load, inserting calcPr in schema order', () => {
    const wb = new WorkbookXml(
      `<workbook ${NS}><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets><pivotCaches><pivotCache cacheId="1" r:id="rId9"/></pivotCaches></workbook>`,
    );
    wb.appendSheets([{ name: "Fördelning – 'A'", sheetId: 2, relId: 'rId10' }]);
    wb.appendDefinedNames([{ name: '_Lansnyckel_Output_1', formula: "'Fördelning – ''A'''!$A$1" }]);
    wb.setFullCalcOnLoad();
    expect(wb.xml).toBe(
      `<workbook ${NS}><sheets><sheet name="Data" sheetId="1" r:id="rId1"/><sheet name="Fördelning – &apos;A&apos;" sheetId="2" r:id="rId10"/></sheets><definedNames><definedName name="_Lansnyckel_Output_1">&apos;Fördelning – &apos;&apos;A&apos;&apos;&apos;!$A$1</definedName></definedNames><calcPr fullCalcOnLoad="1"/><pivotCaches><pivotCache cacheId="1" r:id="rId9"/></pivotCaches></workbook>`,
    );
  });

  it('writes with the prefixes the part uses (a workbook from the Open XML SDK with x: and a relationships prefix of its own)', () => {
    const wb = new WorkbookXml(
      '<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="Data" sheetId="1" rel:id="R1"/></x:sheets></x:workbook>',
    );
    expect(wb.sheets()).toEqual([{ name: 'Data', sheetId: 1, relId: 'R1' }]);
    wb.appendSheets([{ name: 'Underlag', sheetId: 2, relId: 'rId1' }]);
    wb.appendDefinedNames([{ name: '_Lansnyckel_Output_1', formula: 'Underlag!$A$1' }]);
    wb.setFullCalcOnLoad();
    expect(wb.xml).toBe(
      '<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="Data" sheetId="1" rel:id="R1"/><x:sheet name="Underlag" sheetId="2" rel:id="rId1"/></x:sheets><x:definedNames><x:definedName name="_Lansnyckel_Output_1">Underlag!$A$1</x:definedName></x:definedNames><x:calcPr fullCalcOnLoad="1"/></x:workbook>',
    );
  });
});
