// Office.js cost per operation, measured on the strict fake Excel: syncs and cells moved for read → check → write.
import { ExcelWorkbookPort } from '../../src/excel/ExcelWorkbookPort';
import { type Grid } from '../../src/workbook/Grid';
import { handBuiltPlan, workbookWithSource } from '../../tests/helpers/fakeExcel/handBuiltPlan';

interface OfficeFigures {
  syncs: number;
  cellsRead: number;
  cellsWritten: number;
}

/** Read the 290-kommun source, run `check` on the Grid, write a hand-built 290 × 3-pot plan. */
async function readCheckWrite(check: (grid: Grid) => unknown, replace: boolean): Promise<OfficeFigures> {
  const fake = workbookWithSource(290);
  const port = new ExcelWorkbookPort(fake.host);
  if (replace) await port.writePlan(handBuiltPlan(290, 'earlier'), { replaceExisting: false });
  const start = { ...fake.stats };
  const grid = await port.readSheet('Befolkning');
  if (!grid.ok) throw new Error(grid.error.message.en);
  check(grid.value);
  const written = await port.writePlan(handBuiltPlan(290), { replaceExisting: true });
  if (!written.ok) throw new Error(written.error.message.en);
  return {
    syncs: fake.stats.syncs - start.syncs,
    cellsRead: fake.stats.cellsRead - start.cellsRead,
    cellsWritten: fake.stats.cellsWritten - start.cellsWritten,
  };
}

export const officeCases: { name: string; run: () => Promise<OfficeFigures> }[] = [
  {
    name: 'office: read-check-write 290 kommuner × 3 pots (new output)',
    run: () => readCheckWrite(() => undefined, false),
  },
  {
    name: 'office: read-check-write 290 kommuner × 3 pots (replacing output)',
    run: () => readCheckWrite(() => undefined, true),
  },
];
