import { type TableCell } from '../domain/table/TableModel';
import { type Cell } from './Grid';
import { parseSwedishNumber } from './parseSwedishNumber';

/**
 * The checks' view of a sheet cell: its number (also when typed as Swedish number text), text, formula, error.
 * @example toTableCell({ value: { kind: 'text', value: '1 264 598 kr' } }, 'C4') //=> { address: 'C4', number: 1264598, numberFromText: true, text: '1 264 598 kr' }
 */
export function toTableCell(cell: Cell, address: string): TableCell {
  const formula = cell.formula ? { formula: cell.formula } : {};
  const v = cell.value;
  switch (v.kind) {
    case 'empty':
      return { address, empty: true, ...formula };
    case 'number':
      // A host that hands over NaN/Infinity has a broken cell: treat it as Excel would, an error value.
      return Number.isFinite(v.value)
        ? { address, number: v.value, ...formula }
        : { address, error: '#NUM!', ...formula };
    case 'boolean':
      return { address, text: String(v.value).toUpperCase(), ...formula };
    case 'error':
      return { address, error: v.value, ...formula };
    case 'text': {
      const parsed = parseSwedishNumber(v.value);
      if (!parsed) return { address, text: v.value, ...formula };
      const number = parsed.percent ? parsed.value / 100 : parsed.value;
      return { address, number, numberFromText: true, text: v.value, ...formula };
    }
  }
}
