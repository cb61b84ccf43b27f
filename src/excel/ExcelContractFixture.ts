import { rangeAddress } from '../domain/a1/rangeAddress';
import {
  type ContractFixture,
  type FixtureSheet,
  type PageSetupReadBack,
} from '../port/contract/ContractSubject';
import { type ExcelHost, officeExcelHost } from './ExcelHost';
import { stateNamespace } from './stateXml';

/**
 * The contract suite's set-up and clean-up in Excel itself (Office.js): user sheets with merged areas and hidden
 * rows, removal of the suite's sheets and state parts, and the page setup read back. Used by Självtest, by
 * `npm run test:excel` and, over the strict fake, by jest.
 */
export class ExcelContractFixture implements ContractFixture {
  constructor(private readonly host: ExcelHost = officeExcelHost()) {}

  addSheet(name: string, sheet: FixtureSheet): Promise<void> {
    return this.host.run(async (context) => {
      const ws = context.workbook.worksheets.add(name);
      const width = Math.max(1, ...sheet.rows.map((r) => r.length));
      if (sheet.rows.length > 0) {
        const rows = sheet.rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
        ws.getRange(
          rangeAddress({ startRow: 0, startCol: 0, endRow: rows.length - 1, endCol: width - 1 }),
        ).formulas = rows as (string | number)[][];
      }
      for (const area of sheet.merged ?? []) ws.getRange(area).merge(false);
      for (const row of sheet.hiddenRows ?? []) ws.getRange(`${row + 1}:${row + 1}`).rowHidden = true;
      await context.sync();
    });
  }

  removeSheet(name: string): Promise<void> {
    return this.host.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(name);
      ws.load('name');
      await context.sync();
      if (ws.isNullObject) return;
      ws.delete();
      await context.sync();
    });
  }

  removeState(key: string): Promise<void> {
    return this.host.run(async (context) => {
      const parts = context.workbook.customXmlParts.getByNamespace(stateNamespace(key)).load('items/id');
      await context.sync();
      if (parts.items.length === 0) return;
      parts.items.forEach((p) => p.delete());
      await context.sync();
    });
  }

  readPageSetup(sheet: string): Promise<PageSetupReadBack> {
    return this.host.run(async (context) => {
      const layout = context.workbook.worksheets.getItem(sheet).pageLayout.load('orientation,zoom');
      await context.sync();
      return {
        orientation: layout.orientation === 'Landscape' ? 'landscape' : 'portrait',
        fitToPagesWide: layout.zoom.horizontalFitToPages ?? null,
        fitToPagesTall: layout.zoom.verticalFitToPages ?? null,
      };
    });
  }
}
