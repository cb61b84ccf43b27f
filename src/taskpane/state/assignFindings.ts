import { parseCellRef } from '../../domain/a1/parseCellRef';
import { type Finding } from '../../domain/findings/Finding';
import { type TableModel } from '../../domain/table/TableModel';

/**
 * The findings of one sheet per table, parallel to `tables`. A finding belongs to the first table whose range
 * (rows AND columns) holds one of its cells, so side-by-side tables keep their own findings. A finding that
 * sits in no table (it names no cell, or a cell outside every table) is about the sheet: it goes to the first
 * table only, once.
 * @example assignFindings([left, right], [findingOnD5]).map((f) => f.length) //=> [0, 1]
 */
export function assignFindings(
  tables: readonly Pick<TableModel, 'sheet' | 'range'>[],
  findings: readonly Finding[],
): Finding[][] {
  const boxes = tables.map((t) => ({ sheet: t.sheet, box: box(t.range) }));
  const groups: Finding[][] = tables.map(() => []);
  for (const finding of findings) {
    const cells = finding.cells.map(box).filter((b) => b !== undefined);
    let index = -1;
    for (const cell of cells) {
      index = boxes.findIndex(
        (t) => t.sheet === finding.sheet && t.box !== undefined && overlaps(t.box, cell),
      );
      if (index >= 0) break;
    }
    if (index < 0) index = boxes.findIndex((t) => t.sheet === finding.sheet);
    groups[index < 0 ? 0 : index]?.push(finding);
  }
  return groups;
}

/** 0-based inclusive bounds of an A1 cell or range. */
interface Box {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

function box(range: string): Box | undefined {
  const [from = '', to = from] = range.split(':');
  const a = parseCellRef(from);
  const b = parseCellRef(to);
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    bottom: Math.max(a.row, b.row),
    left: Math.min(a.col, b.col),
    right: Math.max(a.col, b.col),
  };
}

function overlaps(a: Box, b: Box): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
