import { aggregateFindings } from '../domain/findings/aggregateFindings';
import { type Finding } from '../domain/findings/Finding';
import { type TableModel } from '../domain/table/TableModel';

/**
 * Findings per table, parallel to `tables`: a finding belongs to the table whose range holds its first cell; one
 * that sits in none (a missing unit has no cell) goes to the first table rather than vanishing. Within a table,
 * repeated findings of one kind in one column are shown once with their count (aggregateFindings).
 */
export function groupFindings(tables: readonly TableModel[], findings: readonly Finding[]): Finding[][] {
  const groups: Finding[][] = tables.map(() => []);
  for (const finding of findings) {
    const index = tables.findIndex(
      (table) => table.sheet === finding.sheet && contains(table.range, finding.cells[0]),
    );
    (groups[index] ?? groups[0])?.push(finding);
  }
  return groups.map((group) => aggregateFindings(group, { cap: 50 }));
}

function contains(range: string, cell: string | undefined): boolean {
  if (cell === undefined) return false;
  const [first = '', last = first] = range.split(':');
  const start = pos(first);
  const end = pos(last);
  const c = pos(cell.split(':')[0] ?? '');
  return c.row >= start.row && c.row <= end.row && c.col >= start.col && c.col <= end.col;
}

function pos(a1: string): { row: number; col: number } {
  const [, letters, digits] = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(a1.trim()) ?? [];
  if (letters === undefined || digits === undefined) return { row: -1, col: -1 };
  return {
    col: [...letters.toUpperCase()].reduce((acc, ch) => acc * 26 + ch.charCodeAt(0) - 64, 0),
    row: Number(digits),
  };
}
