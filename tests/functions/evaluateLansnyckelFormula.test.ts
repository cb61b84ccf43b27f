import {
  evaluateLansnyckelFormula,
  findLansnyckelFormula,
} from '../../src/functions/evaluateLansnyckelFormula';
import { isFormulaError } from '../../src/functions/FormulaError';

const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);

describe('evaluateLansnyckelFormula', () => {
  it('evaluates FORDELA by its full name', () => {
    expect(evaluateLansnyckelFormula('LANSNYCKEL.FORDELA', [13, col(1, 2, 3, 4)])).toEqual(col(1, 3, 4, 5));
  });

  it('accepts the name without namespace, in any case, and the metadata id', () => {
    const expected = col(14, 13, 13);
    expect(evaluateLansnyckelFormula('fordela.bas', [40, 10, col(1, 1, 1)])).toEqual(expected);
    expect(evaluateLansnyckelFormula('Lansnyckel.Fordela.Bas', [40, 10, col(1, 1, 1)])).toEqual(expected);
    expect(evaluateLansnyckelFormula('FORDELA_BAS', [40, 10, col(1, 1, 1)])).toEqual(expected);
  });

  it('passes BLAND its pairs as plain arguments', () => {
    expect(evaluateLansnyckelFormula('LANSNYCKEL.BLAND', [col(1, 3), 0.5, col(1, 1), 0.5])).toEqual(
      col(0.375, 0.625),
    );
  });

  it('returns KONTROLL as one number', () => {
    expect(evaluateLansnyckelFormula('LANSNYCKEL.KONTROLL', [col(100, 199), 300])).toBe(-1);
  });

  it('returns the FormulaError of a refused input for the grid to show', () => {
    expect(evaluateLansnyckelFormula('LANSNYCKEL.FORDELA', [100, col(1, 'x', 2)])).toMatchObject({
      error: '#VALUE!',
      message: 'text i nyckeln (rad 2)',
    });
  });

  it('refuses an unknown function', () => {
    const r = evaluateLansnyckelFormula('LANSNYCKEL.SUMMA', []);
    expect(isFormulaError(r) && r.code).toBe('unknown-function');
  });

  it('refuses too few or too many arguments', () => {
    expect(evaluateLansnyckelFormula('LANSNYCKEL.FORDELA', [100])).toMatchObject({
      message: 'fel antal argument till LANSNYCKEL.FORDELA',
    });
    expect(evaluateLansnyckelFormula('LANSNYCKEL.KONTROLL', [col(1), 1, 2])).toMatchObject({
      code: 'wrong-argument-count',
    });
  });
});

describe('findLansnyckelFormula', () => {
  it('finds FORDELA.BAS by name and id', () => {
    expect(findLansnyckelFormula('lansnyckel.fordela.bas')?.id).toBe('FORDELA_BAS');
    expect(findLansnyckelFormula('FORDELA_BAS')?.name).toBe('FORDELA.BAS');
  });

  it('returns undefined for other names', () => {
    expect(findLansnyckelFormula('SUM')).toBeUndefined();
  });
});
