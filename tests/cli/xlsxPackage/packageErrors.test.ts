import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { executeSheetPlanExcelJS } from '../../../src/cli/executeSheetPlanExcelJS';
import { appendOverrides } from '../../../src/cli/xlsxPackage/contentTypes';
import { OoxmlPackage } from '../../../src/cli/xlsxPackage/OoxmlPackage';
import {
  MalformedPartError,
  MissingPartError,
  OutputSheetExistsError,
} from '../../../src/cli/xlsxPackage/packageErrors';
import { appendRelationships } from '../../../src/cli/xlsxPackage/relationships';
import { findElements } from '../../../src/cli/xlsxPackage/xmlMarkup';
import { type SheetPlan } from '../../../src/output/SheetPlan';

describe('package misuse errors', () => {
  it('names a part the package lacks', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    const pkg = await OoxmlPackage.open(await zip.generateAsync({ type: 'uint8array' }));
    await expect(pkg.text('xl/workbook.xml')).rejects.toThrow(MissingPartError);
    await expect(pkg.text('xl/workbook.xml')).rejects.toThrow('no part xl/workbook.xml');
  });

  it('refuses to append to a part without its closing element, and markup that does not close', () => {
    expect(() => appendRelationships('<Relationships>', [])).toThrow(MalformedPartError);
    expect(() => appendOverrides('<Types>', [])).toThrow('not a content types part');
    expect(() => findElements('<sheets><sheet name="Falun">', 'sheet')).toThrow('unclosed <sheet> at 8');
  });

  it('refuses to write a planned sheet over a sheet of the same name', () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Kontroller');
    const plan: SheetPlan = {
      marker: 'm',
      sheets: [{ name: 'Kontroller', role: 'checks', blocks: [], numberFormats: [] }],
    };
    expect(() => executeSheetPlanExcelJS(workbook, plan)).toThrow(OutputSheetExistsError);
  });
});
