import { type UnitRegistry } from '../units/UnitRegistry';

/** What the checks may use besides the table itself. */
export interface CheckOptions {
  /** Header (as written) or column letter of the declared key column: enables blank-in-key, key-deviation, rounding-drift. */
  readonly keyColumn?: string;
  /** Registry for "did you mean", missing units and reference population. */
  readonly registry?: UnitRegistry;
}
