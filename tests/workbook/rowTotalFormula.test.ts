import { rowTotalFormula } from '../../src/workbook/rowTotalFormula';

const cell = (address: string, formula?: string) => ({ address, number: 1, ...(formula ? { formula } : {}) });
/** The cells as the function takes them: without an address, their sheet rows beside them. */
const rowTotalFormulaAt = (cells: readonly ReturnType<typeof cell>[], col: number, cols: readonly number[]) =>
  rowTotalFormula(
    cells.map(({ address: _address, ...rest }) => rest),
    cells.map((c) => Number(/\d+$/.exec(c.address)?.[0]) - 1),
    col,
    cols,
  );
const COLS = [1, 2, 3, 4, 5];

describe('rowTotalFormula', () => {
  it('returns the columns =C5+D5+E5 adds on its own row', () => {
    expect(rowTotalFormulaAt([cell('F5', '=C5+D5+E5'), cell('F6', '=C6+D6+E6')], 5, COLS)).toEqual({
      sumOf: [2, 3, 4],
      example: '=C5+D5+E5',
      rows: 2,
    });
  });

  it('returns the columns of =SUMMA(B7:C7;E7)', () => {
    expect(rowTotalFormulaAt([cell('F7', '=SUMMA(B7:C7;E7)')], 5, COLS)?.sumOf).toEqual([1, 2, 4]);
  });

  it('returns the set most formulas agree on, not one odd row', () => {
    const cells = [cell('F2', '=B2+C2'), cell('F3', '=B3+C3'), cell('F4', '=B4')];
    expect(rowTotalFormulaAt(cells, 5, COLS)?.sumOf).toEqual([1, 2]);
  });

  it('returns undefined for typed values, other functions, other rows, other sheets and self-references', () => {
    expect(rowTotalFormulaAt([cell('F2')], 5, COLS)).toBeUndefined();
    expect(rowTotalFormulaAt([cell('F2', '=B2*C2')], 5, COLS)).toBeUndefined();
    expect(rowTotalFormulaAt([cell('F2', '=B3+C3')], 5, COLS)).toBeUndefined();
    expect(rowTotalFormulaAt([cell('F2', '=Blad2!B2+Blad2!C2')], 5, COLS)).toBeUndefined();
    expect(rowTotalFormulaAt([cell('F2', '=SUM(B2:F2)')], 5, COLS)).toBeUndefined();
  });

  it('returns undefined when the formulas add a column outside the table', () => {
    expect(rowTotalFormulaAt([cell('F2', '=B2+K2')], 5, COLS)).toBeUndefined();
  });
});
