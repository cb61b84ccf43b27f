import { type EngineProblem, type EngineProblemCode } from '../../allocation/EngineProblem';
import { type LocalizedText } from '../../findings/Finding';
import { PROBLEM_MESSAGES } from '../../findings/problemMessages';

/** The pot a problem is about: its id (for the UI) and its name (for the message). */
export interface PotRef {
  readonly id: string;
  readonly name: string;
}

/**
 * A pot-level problem with its text from the catalogue (PLAN_MESSAGES), led by the pot's name.
 * @example potProblem('zero-key', { id: 'nv', name: 'Nära vård' }, text)
 * //=> { code: 'zero-key', potId: 'nv', message: { sv: 'Potten ”Nära vård”: …', en: 'Pot "Nära vård": …' } }
 */
export function potProblem(
  code: EngineProblemCode,
  pot: PotRef,
  text: LocalizedText,
  unitId?: string,
): EngineProblem {
  return { code, potId: pot.id, unitId, message: PROBLEM_MESSAGES.inPot({ pot: pot.name, text }) };
}
