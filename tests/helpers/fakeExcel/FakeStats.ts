/** What the fake Excel counts: the figures the bench and the adapter tests assert on. */
export interface FakeStats {
  syncs: number;
  /** Cells in matrix properties loaded (values, formulas, valueTypes, text, numberFormat each count). */
  cellsRead: number;
  /** Non-null entries in matrix writes (values, formulas, numberFormat). */
  cellsWritten: number;
  opsPerSync: number[];
  maxRequestBytes: number;
  maxResponseBytes: number;
  screenUpdatingSuspended: number;
}

export function emptyStats(): FakeStats {
  return {
    syncs: 0,
    cellsRead: 0,
    cellsWritten: 0,
    opsPerSync: [],
    maxRequestBytes: 0,
    maxResponseBytes: 0,
    screenUpdatingSuspended: 0,
  };
}
