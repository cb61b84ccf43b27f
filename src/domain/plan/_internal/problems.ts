import { type EngineProblem, type EngineProblemCode } from '../../allocation/EngineProblem';
import { PROBLEM_MESSAGES } from '../../findings/problemMessages';
import { formatAmount } from '../../money/formatAmount';
import { type Rational } from '../../money/Rational';

/** The pot a problem is about: its id (for the UI) and its name (for the message). */
export interface PotRef {
  readonly id: string;
  readonly name: string;
}

/**
 * Formats kronor for a message: Swedish "−1 900 000,50 kr" (no-break space, U+2212 minus, decimal comma) or
 * English "-1,900,000.50 kr".
 * @example krText({ num: -1900000n, den: 1n }) //=> '−1 900 000 kr'
 */
export function krText(r: Rational, lang: 'sv' | 'en' = 'sv'): string {
  return `${formatAmount(r, lang, r.den === 1n ? 0 : 2)} kr`;
}

/** A pot-level problem with its sv/en message, naming the pot by its name. */
export function potProblem(
  code: EngineProblemCode,
  pot: PotRef,
  sv: string,
  en: string,
  unitId?: string,
): EngineProblem {
  return {
    code,
    potId: pot.id,
    unitId,
    message: PROBLEM_MESSAGES.inPot({ pot: pot.name, text: { sv, en } }),
  };
}
