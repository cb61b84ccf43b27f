import { columnIndex } from './columnIndex';
import { LAST_COL, LAST_ROW } from './sheetLimits';
import { splitSheetAddress } from './splitSheetAddress';

/** A parsed A1 cell reference: 0-based row/col, the $ anchors, and the sheet when the reference names one. */
export interface CellRef {
  readonly row: number;
  readonly col: number;
  readonly absRow: boolean;
  readonly absCol: boolean;
  readonly sheet?: string;
}

/**
 * Parses "D7", "$D$7" or "'Min flik'!D7"; undefined when it is not a cell reference inside the sheet. The sheet
 * name is kept (unquoted) so that callers can reject a reference to another sheet.
 * @example parseCellRef('$D7') //=> { row: 6, col: 3, absRow: false, absCol: true }
 */
export function parseCellRef(ref: string): CellRef | undefined {
  const { sheet, local } = splitSheetAddress(ref.trim());
  const [, colAnchor, letters, rowAnchor, digits] = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/.exec(local) ?? [];
  if (letters === undefined || digits === undefined) return undefined;
  const col = columnIndex(letters);
  const row = Number(digits) - 1;
  if (row < 0 || row > LAST_ROW || col > LAST_COL) return undefined;
  const cell = { row, col, absRow: rowAnchor === '$', absCol: colAnchor === '$' };
  return sheet === undefined ? cell : { ...cell, sheet };
}
