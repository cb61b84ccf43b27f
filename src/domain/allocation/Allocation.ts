import { type LocalizedText } from '../findings/Finding';
import { type Kronor, type Share } from '../money/Kronor';

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
  readonly share: Share;
  /** Exact amount in kronor before rounding. */
  readonly exact: Kronor;
  /** `exact` rounded down to the rounding unit. */
  readonly floor: Kronor;
  /** exact − floor. */
  readonly remainder: Kronor;
  /** 1-based rank of the remainder among all units, when it got a rounding unit; undefined otherwise. */
  readonly rank?: number | undefined;
  readonly roundedUp: boolean;
  /** Contributions by step, in kronor, exact; they sum to `exact`. */
  readonly parts: readonly {
    readonly step: StepKind;
    readonly amount: Kronor;
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
  readonly frame: Kronor;
  readonly setAsides: readonly { readonly name: string; readonly amount: Kronor }[];
  /** frame − Σ set-asides: what the units share. */
  readonly distributed: Kronor;
  /** Per unit, parallel to `Allocation.units`; each a multiple of the rounding unit; Σ = distributed. */
  readonly amounts: readonly Kronor[];
  readonly trace: readonly UnitTrace[];
  readonly notes: readonly LocalizedText[];
}

/** A whole plan applied to a set of units. */
export interface Allocation {
  readonly planName: string;
  readonly units: readonly AllocationUnit[];
  readonly pots: readonly PotAllocation[];
  /** Per unit, Σ over pots. */
  readonly totals: readonly Kronor[];
  readonly roundingUnit: Kronor;
  readonly method: 'largest-remainder' | 'round-each' | 'cumulative';
}
