import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultUnitRegistry } from '../../../src/domain/units/defaultUnitRegistry';
import { cropGrid } from '../../../src/taskpane/state/cropGrid';
import { findTables } from '../../../src/workbook/findTables';
import { type Grid, gridFromRows } from '../../../src/workbook/Grid';
import { parseCsv } from '../../../src/workbook/parseCsv';
import { cellsOf } from '../../workbook/gridOf';

const registry = defaultUnitRegistry();
const jonkoping = parseCsv(
  readFileSync(join(__dirname, '../../fixtures/data/jonkoping-2019-2022-socialchefsnatverket.csv'), 'utf8'),
  'Jönköping',
);
/** A 3×3 block whose used range starts at B2: each cell's text is its own address. */
const small: Grid = gridFromRows(
  'S',
  [2, 3, 4].map((r) => ['B', 'C', 'D'].map((c) => ({ value: { kind: 'text', value: `${c}${r}` } }))),
  { origin: { row: 1, col: 1 }, hiddenRows: [2, 9] },
);
const texts = (g: Grid) =>
  cellsOf(g).map((row) => row.map((c) => (c.value.kind === 'text' ? c.value.value : '')));

describe('cropGrid', () => {
  it('returns the selected block, so detection sees only it', () => {
    const part = cropGrid(jonkoping, 'A1:B6')!;
    expect(part.origin).toEqual({ row: 0, col: 0 });
    expect(cellsOf(part)).toHaveLength(6);
    expect(cellsOf(part)[0]).toHaveLength(2);
    const found = findTables(part, registry)[0]!;
    expect(found.rows.map((r) => r.label)).toEqual(['Aneby', 'Eksjö', 'Gislaved', 'Gnosjö', 'Habo']);
  });

  it('returns the selection clipped to the used range', () => {
    const part = cropGrid(small, 'A1:C3')!;
    expect(part.origin).toEqual({ row: 1, col: 1 });
    expect(texts(part)).toEqual([
      ['B2', 'C2'],
      ['B3', 'C3'],
    ]);
    expect(part.hiddenRows).toEqual([2]);
  });

  it('returns only the used rows for a selection down to row 1 048 576 (Ctrl+Shift+↓)', () => {
    const part = cropGrid(jonkoping, 'A1:A1048576')!;
    expect(cellsOf(part)).toHaveLength(cellsOf(jonkoping).length);
    expect(cellsOf(part)[0]).toHaveLength(1);
  });

  it('returns whole columns: "C:C" and "$B:$C"', () => {
    expect(texts(cropGrid(small, 'C:C')!)).toEqual([['C2'], ['C3'], ['C4']]);
    expect(cropGrid(small, '$C:$B')!.origin).toEqual({ row: 1, col: 1 });
    expect(cellsOf(cropGrid(small, '$C:$B')!)[0]).toHaveLength(2);
  });

  it('returns whole rows: "3:4" and a sheet-qualified "S!$4:$3"', () => {
    expect(texts(cropGrid(small, '3:4')!)).toEqual([
      ['B3', 'C3', 'D3'],
      ['B4', 'C4', 'D4'],
    ]);
    expect(texts(cropGrid(small, 'S!$4:$3')!)).toEqual(texts(cropGrid(small, '3:4')!));
  });

  describe('edge cases', () => {
    it('returns a grid with no cells for a selection outside the used range', () => {
      expect(cellsOf(cropGrid(small, 'F10:G12')!)).toEqual([]);
      expect(cellsOf(cropGrid(small, 'Z:Z')!)).toEqual([]);
    });

    it('returns undefined for an address that is no range', () => {
      expect(cropGrid(small, 'hello')).toBeUndefined();
      expect(cropGrid(small, 'A1:B2:C3')).toBeUndefined();
      expect(cropGrid(small, '0:3')).toBeUndefined();
    });
  });
});
