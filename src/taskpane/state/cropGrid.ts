import { columnIndex } from '../../domain/a1/columnIndex';
import { parseCellRef } from '../../domain/a1/parseCellRef';
import { type Grid, GridBuilder } from '../../workbook/Grid';

/**
 * The part of a sheet's grid inside an A1 selection, so detection runs on what the user selected: a range
 * ("B3:E20"), one cell, whole columns ("C:C") or whole rows ("2:4"). The selection is clipped to the grid (the
 * sheet's used range), so Ctrl+Shift+↓ to row 1 048 576 costs no more than the used range. A selection outside
 * the used range gives a grid with no cells. Undefined when the address is no range.
 * @example cropGrid(grid, 'A1:B2').rowCount //=> 2
 * @example cropGrid(grid, 'A1:A1048576').rowCount //=> the used range's row count
 */
export function cropGrid(grid: Grid, address: string): Grid | undefined {
  const area = parseArea(address.replace(/^.*!/, ''));
  if (!area) return undefined;
  const height = grid.rowCount;
  const width = grid.colCount;
  const top = Math.max(area.top ?? 0, grid.origin.row);
  const bottom = Math.min(area.bottom ?? Infinity, grid.origin.row + height - 1);
  const left = Math.max(area.left ?? 0, grid.origin.col);
  const right = Math.min(area.right ?? Infinity, grid.origin.col + width - 1);
  const rows = left <= right ? Math.max(0, bottom - top + 1) : 0;
  const cols = rows > 0 ? right - left + 1 : 0;
  const part = new GridBuilder(grid.sheet, { rows, cols });
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++)
      part.set(r, c, grid.cell(top + r - grid.origin.row, left + c - grid.origin.col));
  return part.build(
    {
      origin: rows > 0 ? { row: top, col: left } : { row: area.top ?? 0, col: area.left ?? 0 },
      ...(grid.hiddenRows ? { hiddenRows: grid.hiddenRows.filter((r) => r >= top && r <= bottom) } : {}),
      ...(grid.merged ? { merged: grid.merged } : {}),
    },
    { rows, cols },
  );
}

/** 0-based bounds of the selection; undefined bounds are open (a whole column has no top or bottom). */
interface Area {
  readonly top?: number;
  readonly bottom?: number;
  readonly left?: number;
  readonly right?: number;
}

function parseArea(address: string): Area | undefined {
  const [from = '', to = from, extra] = address.trim().split(':');
  if (extra !== undefined) return undefined;
  const a = parseCellRef(from);
  const b = parseCellRef(to);
  if (a && b)
    return {
      top: Math.min(a.row, b.row),
      bottom: Math.max(a.row, b.row),
      left: Math.min(a.col, b.col),
      right: Math.max(a.col, b.col),
    };
  // Whole columns ("C:C", "$B:$D") or whole rows ("2:4", "$2:$4").
  const cols = [from, to].map((s) => /^\$?([A-Za-z]{1,3})$/.exec(s.trim())?.[1]);
  if (cols[0] && cols[1]) {
    const [x, y] = [columnIndex(cols[0]), columnIndex(cols[1])];
    return { left: Math.min(x, y), right: Math.max(x, y) };
  }
  const rows = [from, to].map((s) => /^\$?(\d{1,7})$/.exec(s.trim())?.[1]);
  if (rows[0] && rows[1] && Number(rows[0]) > 0 && Number(rows[1]) > 0) {
    const [x, y] = [Number(rows[0]) - 1, Number(rows[1]) - 1];
    return { top: Math.min(x, y), bottom: Math.max(x, y) };
  }
  return undefined;
}
