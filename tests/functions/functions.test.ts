import { BLAND, FORDELA, FORDELA_BAS, KONTROLL } from '../../src/functions/functions';
import { fordela } from '../../src/functions/fordela';
import { formulaErrorText, type FormulaError } from '../../src/functions/FormulaError';
import { FormulaErrorThrown, setExcelErrorFactory } from '../../src/functions/unwrapForExcel';

const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);

/** Stands in for CustomFunctions.Error, which exists only inside Excel. */
class FakeCustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

describe('functions.ts (what Excel calls)', () => {
  afterEach(() => setExcelErrorFactory((e) => new FormulaErrorThrown(e)));

  it('returns the spill of FORDELA, FORDELA.BAS and BLAND and the number of KONTROLL', () => {
    expect(FORDELA(13, col(1, 2, 3, 4))).toEqual(col(1, 3, 4, 5));
    expect(FORDELA_BAS(1000, 200, col(1, 1, 8))).toEqual(col(240, 240, 520));
    expect(BLAND([col(1, 3), [[0.5]], col(1, 1), [[0.5]]])).toEqual(col(0.375, 0.625));
    expect(KONTROLL(col(1, 2), 3)).toBe(0);
  });

  it('treats omitted optionals (null, as Excel passes them) as absent', () => {
    const omitted = null as unknown as undefined;
    expect(FORDELA(10, col(1, 1, 1), omitted, omitted, omitted, omitted)).toEqual(col(4, 3, 3));
  });

  it('throws a FormulaErrorThrown carrying the error when no Excel factory is installed', () => {
    let thrown: unknown;
    try {
      FORDELA(100, col(1, -2));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(FormulaErrorThrown);
    expect((thrown as FormulaErrorThrown).formulaError).toMatchObject({ code: 'negative-key' });
    expect((thrown as Error).message).toBe('negativt nyckelvärde (rad 2)');
  });

  it('throws what the installed factory builds, with the Swedish message (as src/app installs CustomFunctions.Error)', () => {
    setExcelErrorFactory((e: FormulaError) => new FakeCustomFunctionsError('#VALUE!', e.message));
    expect(() => FORDELA(100, col(1, 1), [[60]])).toThrow(
      new FakeCustomFunctionsError('#VALUE!', 'Σ golv > belopp'),
    );
    expect(() => KONTROLL(col('x'), 1)).toThrow('text i delar (rad 1)');
  });
});

describe('formulaErrorText', () => {
  it('gives the English message for an English display language and the Swedish one otherwise', () => {
    const error = fordela(100, col(1, 0)) as FormulaError;
    expect(formulaErrorText(error, 'en-US')).toBe('0 or blank cell in the key (row 2)');
    expect(formulaErrorText(error, 'sv-SE')).toBe('0 eller tom cell i nyckeln (rad 2)');
    expect(formulaErrorText(error, 'fi-FI')).toBe('0 eller tom cell i nyckeln (rad 2)');
    expect(formulaErrorText(error, undefined)).toBe('0 eller tom cell i nyckeln (rad 2)');
  });
});
