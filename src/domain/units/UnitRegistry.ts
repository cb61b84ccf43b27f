import { type Unit, type UnitLevel } from './Unit';

/** How a label was recognised. */
export type ResolvedVia = 'code' | 'name';

/** The outcome of resolving a label: a unit, or near misses to offer as "did you mean". */
export type UnitResolution =
  | { readonly ok: true; readonly unit: Unit; readonly via: ResolvedVia }
  | { readonly ok: false; readonly suggestions: readonly Unit[] };

/** The official kommuner and regioner, with name resolution and reference population. */
export interface UnitRegistry {
  readonly kommuner: readonly Unit[];
  readonly regions: readonly Unit[];
  /** "0180" → Stockholm kommun, "01" → Region Stockholm; also "180" and "1". */
  byCode(code: string): Unit | undefined;
  /** Every unit the label can mean (0, 1 or — for "Stockholm", "Gotland" — one per level). */
  matches(label: string): readonly Unit[];
  /** The unit a label means at `level` (or at any level, kommun first); suggestions when it means none. */
  resolve(label: string, level?: UnitLevel): UnitResolution;
  /** Near misses by edit distance, best first. */
  suggest(label: string, level?: UnitLevel, max?: number): readonly Unit[];
  /** Population 1 Nov 2024 (SCB); a region's is the sum of its kommuner. */
  population(code: string): number | undefined;
  /** All kommuner of a län. */
  kommunerIn(countyCode: string): readonly Unit[];
}
