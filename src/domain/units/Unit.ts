import { type RegionCode, type UnitCode } from './UnitCode';

/** Whether a unit is a kommun or a region/län. */
export type UnitLevel = 'kommun' | 'region';

/** A kommun (4-digit code) or a region/län (2-digit code), as in the official SCB lists. */
export interface Unit {
  readonly level: UnitLevel;
  /** "0180" for a kommun, "01" for a region/län. */
  readonly code: UnitCode;
  /** Official short name: "Stockholm", "Falun", "Dalarna". */
  readonly name: string;
  /** Two-digit länskod the unit belongs to (its own code for a region). */
  readonly countyCode: RegionCode;
}
