import { NotFiniteNumberError } from '../../src/domain/errors';
import { chunkText } from '../../src/output/chunkText';
import { describePlanSentence } from '../../src/output/describePlanSentence';
import { ChunkSizeError, NotAFormulaError, UnparsedPlanAmountError } from '../../src/output/outputErrors';
import { formulaCell, numberCell } from '../../src/output/plannedCells';
import { populationPerKommunPlan } from '../../src/domain/presets/populationPerKommunPlan';
import { defined } from '../helpers/defined';

describe('output misuse errors', () => {
  it('names a formula without "=" and a non-finite number cell', () => {
    expect(() => formulaCell('SUM(A1:A3)')).toThrow(NotAFormulaError);
    expect(() => formulaCell('SUM(A1:A3)')).toThrow("formula must start with '=': SUM(A1:A3)");
    expect(() => numberCell(Number.NaN)).toThrow(NotFiniteNumberError);
  });

  it('refuses a chunk size that cannot hold a surrogate pair, as a RangeError', () => {
    expect(() => chunkText('abc', 1)).toThrow(ChunkSizeError);
    expect(() => chunkText('abc', 1)).toThrow(RangeError);
  });

  it('refuses a plan amount that parsePlan would have refused', () => {
    const plan = populationPerKommunPlan();
    const pot = defined(plan.pots[0], 'the pot');
    pot.steps = [{ kind: 'base', amount: 'mycket' }, ...pot.steps];
    expect(() => describePlanSentence(plan, 'sv')).toThrow(UnparsedPlanAmountError);
  });
});
