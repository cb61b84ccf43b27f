/**
 * What the output needs to know about a plan, in words. The engine's Plan maps onto it (name, key described,
 * steps described, its JSON); set-asides and amounts come from the Allocation itself.
 */
export interface PlanSummary {
  readonly name: string;
  /** The key in words, in the sheet language, e.g. "Befolkning 31 dec 2019". */
  readonly keyInWords: string;
  /** The plan's steps in words, one line each (set-asides, tiers, base amount, floors …), in the sheet language. */
  readonly steps?: readonly string[];
  /** The plan as JSON, exactly as used (the same JSON the CLI accepts). */
  readonly json?: string;
  /** Further sources and their dates, e.g. { label: 'Befolkning', value: 'SCB, 31 dec 2019' }. */
  readonly sources?: readonly { readonly label: string; readonly value: string }[];
}

/** One indicator column to show beside the amounts: header and one value per unit (parallel to Allocation.units). */
export interface KeyColumn {
  readonly header: string;
  readonly values: readonly (number | undefined)[];
}
