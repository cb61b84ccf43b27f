/**
 * Kept only for the task pane's imports (state/cropGrid.ts, state/assignFindings.ts: columnIndex, parseA1) until they move to
 * src/domain/a1/; everything here delegates to that family.
 */
import { parseCellRef, type CellRef } from '../a1/parseCellRef';

export { columnIndex } from '../a1/columnIndex';
export { type CellRef } from '../a1/parseCellRef';

/**
 * Parses "D7", "$D$7" (optionally sheet-qualified, the sheet ignored); undefined when it is not a cell reference.
 * @example parseA1('$D7') //=> { row: 6, col: 3, absRow: false, absCol: true }
 */
export function parseA1(ref: string): CellRef | undefined {
  const parsed = parseCellRef(ref);
  if (!parsed) return undefined;
  const { row, col, absRow, absCol } = parsed;
  return { row, col, absRow, absCol };
}
