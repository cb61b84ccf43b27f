import { EMPTY_CELL, type Cell, type CellValue } from '../workbook/Grid';

/** One cell's worth of what a batched range load returns. */
export interface LoadedCell {
  readonly value: unknown;
  readonly formula: unknown;
  /** Excel.RangeValueType as text: Empty, String, Double, Integer, Boolean, Error, RichValue, Unknown. */
  readonly valueType: string;
  readonly text: unknown;
  readonly numberFormat: unknown;
}

/**
 * Converts what Excel reports for one cell into the Grid's closed union. Excel's own valueType decides the kind,
 * so an error value is an error even though `values` reports it as the string "#DIV/0!".
 */
export function toGridCell(loaded: LoadedCell): Cell {
  const formula = formulaOf(loaded);
  if (loaded.valueType === 'Empty' && formula === undefined) return EMPTY_CELL;
  const cell: { value: CellValue; formula?: string; text?: string; numberFormat?: string } = {
    value: valueOf(loaded),
  };
  if (formula !== undefined) cell.formula = formula;
  if (typeof loaded.text === 'string') cell.text = loaded.text;
  if (typeof loaded.numberFormat === 'string') cell.numberFormat = loaded.numberFormat;
  return cell;
}

function valueOf({ value, valueType, text }: LoadedCell): CellValue {
  switch (valueType) {
    case 'Empty':
      return { kind: 'empty' };
    case 'Double':
    case 'Integer':
      return typeof value === 'number' ? { kind: 'number', value } : { kind: 'text', value: String(value) };
    case 'Boolean':
      return { kind: 'boolean', value: value === true };
    case 'Error':
      return { kind: 'error', value: String(value) };
    case 'String':
      return { kind: 'text', value: String(value) };
    default:
      // Rich values (data types, images) have no plain value; what the user sees is the best we can check.
      return { kind: 'text', value: typeof text === 'string' ? text : String(value) };
  }
}

/** Excel's `formulas` echoes constants too; a text constant that starts with "=" echoes itself in `values`. */
function formulaOf({ value, formula }: LoadedCell): string | undefined {
  if (typeof formula !== 'string' || !formula.startsWith('=')) return undefined;
  return formula === value ? undefined : formula;
}
