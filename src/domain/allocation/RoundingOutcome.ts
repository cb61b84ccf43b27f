import { type Rational } from '../money/Rational';
import { type EngineProblem } from './EngineProblem';

/** How one unit's exact quota became its rounded amount. */
export interface RoundingTrace {
  /** The unit's share of the weights (0..1), exact. */
  readonly share: Rational;
  /** total · share, exact. */
  readonly exact: Rational;
  /** `exact` rounded toward zero to the rounding unit (so negative totals mirror positive ones). */
  readonly floor: Rational;
  /** exact − floor. */
  readonly remainder: Rational;
  /** 1-based position among the units that got an extra rounding unit (largest remainder only). */
  readonly rank?: number | undefined;
  /** Whether the amount is one rounding unit further from zero than `floor`. */
  readonly roundedUp: boolean;
}

/** Rounded amounts (multiples of the unit) with their trace; drift = Σ amounts − total (0 unless round-each). */
export interface RoundingOutcome {
  readonly ok: true;
  readonly amounts: readonly Rational[];
  readonly trace: readonly RoundingTrace[];
  readonly drift: Rational;
}

/** A rounding result, or the problems that prevented it. */
export type RoundingResult =
  RoundingOutcome | { readonly ok: false; readonly problems: readonly EngineProblem[] };

/** Options shared by the rounding methods. */
export interface RoundingOptions {
  /** Rounding unit (> 0); default 1 kr. */
  readonly unit?: Rational | undefined;
  /** Per unit, its official code: the second tie-break (lower code first; a unit without a code after those with one). */
  readonly tieKeys?: readonly (string | undefined)[] | undefined;
  /** Per unit, the key value that breaks ties first (larger first); default the weights themselves. */
  readonly tieWeights?: readonly Rational[] | undefined;
  /** Per unit, its name: problems name the unit (”Mora”) instead of its position among the weights (rad N). */
  readonly names?: readonly string[] | undefined;
}
