/*
 * Amounts in kronor and shares are both exact rationals; the brands keep them apart at compile time, so a share
 * (0.08…) cannot be added to a krona amount or used as one by mistake. Both are still `Rational`, so every
 * arithmetic function takes them; these helpers say which kind comes out.
 */
import { add, mul, sum } from './arithmetic';
import { type Rational } from './Rational';

declare const kronorBrand: unique symbol;
declare const shareBrand: unique symbol;

/** An amount in kronor, exact. */
export type Kronor = Rational & { readonly [kronorBrand]: true };

/** A share of a whole (a unit's part of a key): a pure number, no currency. */
export type Share = Rational & { readonly [shareBrand]: true };

/**
 * The rational as an amount in kronor (where it comes from a frame, a cell or a computed amount).
 * @example kronor(fromBigInt(15_711_504n)) //=> { num: 15711504n, den: 1n }
 */
export function kronor(amount: Rational): Kronor {
  return amount as Kronor;
}

/**
 * The rationals as amounts in kronor, the same list (a brand costs nothing at run time, so no copy is made).
 * @example kronorEach([fromBigInt(1n), fromBigInt(2n)]) //=> [1 kr, 2 kr]
 */
export function kronorEach(amounts: readonly Rational[]): readonly Kronor[] {
  return amounts as readonly Kronor[];
}

/**
 * The rational as a share (where it comes from a key divided by its total).
 * @example share(rational(23_178n, 287_966n)) //=> { num: 11589n, den: 143983n }
 */
export function share(part: Rational): Share {
  return part as Share;
}

/**
 * The sum of two amounts in kronor.
 * @example addKronor(kronor(fromBigInt(1n)), kronor(fromBigInt(2n))) //=> 3 kr
 */
export function addKronor(a: Kronor, b: Kronor): Kronor {
  return kronor(add(a, b));
}

/**
 * The sum of amounts in kronor (0 kr for none).
 * @example sumKronor([]) //=> 0 kr
 */
export function sumKronor(amounts: readonly Kronor[]): Kronor {
  return kronor(sum(amounts));
}

/**
 * A share of an amount: the exact kronor a unit's share of a frame is worth.
 * @example shareOf(kronor(fromBigInt(15_711_504n)), share(rational(1n, 2n))) //=> 7 855 752 kr
 */
export function shareOf(amount: Kronor, part: Share): Kronor {
  return kronor(mul(amount, part));
}
