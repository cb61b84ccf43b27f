/** A rectangle of cells, 0-based and inclusive. */
export interface CellRect {
  readonly startRow: number;
  readonly startCol: number;
  readonly endRow: number;
  readonly endCol: number;
}
