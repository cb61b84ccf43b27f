import { type EngineProblem, type EngineProblemCode } from '../../allocation/EngineProblem';
import { toDecimalString } from '../../money/toDecimalString';
import { type Rational } from '../../money/Rational';

/** Formats kronor for a message: "1 900 000 kr" with grouped thousands (both languages). */
export function krText(r: Rational): string {
  const plain = toDecimalString(r, r.den === 1n ? 0 : 2);
  const [int, frac] = plain.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${grouped}${frac ? ',' + frac : ''} kr`;
}

/** A pot-level problem with its sv/en message. */
export function potProblem(
  code: EngineProblemCode,
  potId: string,
  sv: string,
  en: string,
  unitId?: string,
): EngineProblem {
  return { code, potId, unitId, message: { sv: `Potten "${potId}": ${sv}`, en: `Pot "${potId}": ${en}` } };
}
