import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsxGrids } from '../../src/cli/readXlsxGrids';
import { cellsOf } from '../workbook/gridOf';

describe('readXlsxGrids', () => {
  it('returns values, formulas with cached results, errors, formats, hidden rows and merges', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Fördelning');
    ws.getCell('A1').value = 'Rubrik';
    ws.mergeCells('A1:C1');
    ws.getCell('A2').value = 'Mora';
    ws.getCell('B2').value = 1264598;
    ws.getCell('B2').numFmt = '#,##0';
    ws.getCell('C2').value = { formula: 'B2*2', result: 2529196 };
    ws.getCell('A3').value = { richText: [{ text: 'Or' }, { text: 'sa' }] };
    ws.getCell('B3').value = { error: '#REF!' };
    ws.getCell('C3').value = '1 264 598 kr';
    ws.getRow(3).hidden = true;
    wb.addWorksheet('Tom');
    const path = join(mkdtempSync(join(tmpdir(), 'lansnyckel-')), 'x.xlsx');
    await wb.xlsx.writeFile(path);

    const [grid, empty] = await readXlsxGrids(path);
    expect(grid!.sheet).toBe('Fördelning');
    expect(grid!.merged).toEqual(['A1:C1']);
    expect(grid!.hiddenRows).toEqual([2]);
    expect(grid!.cell(0, 1).value.kind).toBe('empty');
    expect(grid!.cell(1, 1)).toEqual({ value: { kind: 'number', value: 1264598 }, numberFormat: '#,##0' });
    expect(grid!.cell(1, 2)).toEqual({ value: { kind: 'number', value: 2529196 }, formula: '=B2*2' });
    expect(grid!.cell(2, 0).value).toEqual({ kind: 'text', value: 'Orsa' });
    expect(grid!.cell(2, 1).value).toEqual({ kind: 'error', value: '#REF!' });
    expect(grid!.cell(2, 2).value).toEqual({ kind: 'text', value: '1 264 598 kr' });
    expect(cellsOf(empty!)).toEqual([]);
  });
});
