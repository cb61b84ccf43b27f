import { type GridBuilder } from '../workbook/Grid';

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
 * Writes what Excel reports for one cell into the Grid being built, at grid row `r`, column `c`. Excel's own
 * valueType decides the kind, so an error value is an error even though `values` reports it as the string
 * "#DIV/0!". An empty cell without a formula is left unwritten (it reads as empty).
 * @example setLoadedCell(builder, 0, 0, { value: 5, formula: 5, valueType: 'Double', text: '5', numberFormat: 'General' })
 */
export function setLoadedCell(grid: GridBuilder, r: number, c: number, loaded: LoadedCell): void {
  const formula = formulaOf(loaded);
  if (loaded.valueType === 'Empty' && formula === undefined) return;
  setValue(grid, r, c, loaded);
  if (formula !== undefined) grid.setFormula(r, c, formula);
  if (typeof loaded.text === 'string') grid.setDisplayText(r, c, loaded.text);
  if (typeof loaded.numberFormat === 'string') grid.setNumberFormat(r, c, loaded.numberFormat);
}

function setValue(grid: GridBuilder, r: number, c: number, { value, valueType, text }: LoadedCell): void {
  const number = valueType === 'Double' || valueType === 'Integer';
  if (number && typeof value === 'number') grid.setNumber(r, c, value);
  else if (valueType === 'Boolean') grid.setValue(r, c, { kind: 'boolean', value: value === true });
  else if (valueType === 'Error') grid.setValue(r, c, { kind: 'error', value: String(value) });
  // Rich values (data types, images) have no plain value; what the user sees is the best we can check.
  else if (valueType !== 'Empty')
    grid.setText(r, c, number || valueType === 'String' || typeof text !== 'string' ? String(value) : text);
}

/** Excel's `formulas` echoes constants too; a text constant that starts with "=" echoes itself in `values`. */
function formulaOf({ value, formula }: LoadedCell): string | undefined {
  if (typeof formula !== 'string' || !formula.startsWith('=')) return undefined;
  return formula === value ? undefined : formula;
}
