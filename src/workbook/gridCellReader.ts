import { parseCellRef } from '../domain/a1/parseCellRef';
import { type Grid } from './Grid';
import { parseSwedishNumber } from './parseSwedishNumber';

/**
 * A reader of single cells over grids already read: "B25" on `sheet`, or "Blad2!B25" / "'Mitt blad'!$B$25" on
 * another sheet. Gives the cell's number (also Swedish number text), undefined for anything else or a cell outside
 * the grids. What plans need to resolve a frame given as a cell.
 * @example gridCellReader([dalarna], 'Dalarna')('C17') //=> 15711504
 */
export function gridCellReader(grids: readonly Grid[], sheet: string): (ref: string) => number | undefined {
  return (ref) => {
    const at = parseCellRef(ref);
    const name = at?.sheet ?? sheet;
    const grid = grids.find((g) => g.sheet === name);
    if (!at || !grid) return undefined;
    const [r, c] = [at.row - grid.origin.row, at.col - grid.origin.col];
    const number = grid.numberAt(r, c);
    if (number !== undefined) return Number.isFinite(number) ? number : undefined;
    const text = grid.textAt(r, c);
    if (text === undefined) return undefined;
    const parsed = parseSwedishNumber(text);
    return parsed && !parsed.percent ? parsed.value : undefined;
  };
}
