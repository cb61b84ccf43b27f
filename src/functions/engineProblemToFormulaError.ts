import { type EngineProblem } from '../domain/allocation/EngineProblem';
import { defined } from '../domain/errors';
import { formulaError, type FormulaError } from './FormulaError';

/**
 * The engine's refusal (its first problem) as a formula error. The formulas check their input first, so this is
 * a safety net: whatever the engine refuses still reaches the cell as a message, never as a number.
 */
export function engineProblemToFormulaError(problems: readonly EngineProblem[]): FormulaError {
  const problem = defined(problems[0], 'the problem of a refused allocation');
  switch (problem.code) {
    case 'zero-key':
      return formulaError('zero-key');
    case 'negative-key':
      return formulaError('negative-key');
    case 'frame-not-multiple':
      return formulaError('amount-not-multiple', { field: 'belopp' });
    default:
      return {
        error: '#VALUE!',
        code: 'engine-refused',
        message: problem.message.sv,
        localized: problem.message,
      };
  }
}
