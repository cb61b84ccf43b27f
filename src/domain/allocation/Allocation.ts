import { type LocalizedText } from '../findings/Finding';
import { type Rational } from '../money/Rational';

/** A recipient in an allocation: a resolved kommun/region, or a row label the registry did not know. */
export interface AllocationUnit {
  /** Stable id within the allocation (the official code when known, else the label). */
  readonly id: string;
  readonly code?: string;
  readonly name: string;
}

/** Which plan step produced a part of a unit's amount. */
export type StepKind = 'set-aside' | 'fixed' | 'tier' | 'base' | 'key' | 'floor' | 'cap' | 'rounding';

/** Why a unit got what it got in one pot: every krona explained. */
export interface UnitTrace {
  /** The unit's share of the key part of the pot (0..1), exact. */
  readonly share: Rational;
  /** Exact amount in kronor before rounding. */
  readonly exact: Rational;
  /** `exact` rounded down to the rounding unit. */
  readonly floor: Rational;
  /** exact − floor. */
  readonly remainder: Rational;
  /** 1-based rank of the remainder among all units, when it got a rounding unit; undefined otherwise. */
  readonly rank?: number | undefined;
  readonly roundedUp: boolean;
  /** Contributions by step, in kronor, exact; they sum to `exact`. */
  readonly parts: readonly {
    readonly step: StepKind;
    readonly amount: Rational;
    readonly label?: string | undefined;
  }[];
  /** Set when a floor or cap bound the unit. */
  readonly clamp?: 'floor' | 'cap' | undefined;
}

/** The result of one pot: amounts per unit that add up exactly to what the pot distributes. */
export interface PotAllocation {
  readonly potId: string;
  readonly potName: string;
  /** The pot's frame in kronor. */
  readonly frame: Rational;
  readonly setAsides: readonly { readonly name: string; readonly amount: Rational }[];
  /** frame − Σ set-asides: what the units share. */
  readonly distributed: Rational;
  /** Per unit, parallel to `Allocation.units`; each a multiple of the rounding unit; Σ = distributed. */
  readonly amounts: readonly Rational[];
  readonly trace: readonly UnitTrace[];
  readonly notes: readonly LocalizedText[];
}

/** A whole plan applied to a set of units. */
export interface Allocation {
  readonly planName: string;
  readonly units: readonly AllocationUnit[];
  readonly pots: readonly PotAllocation[];
  /** Per unit, Σ over pots. */
  readonly totals: readonly Rational[];
  readonly roundingUnit: Rational;
  readonly method: 'largest-remainder' | 'round-each' | 'cumulative';
}
