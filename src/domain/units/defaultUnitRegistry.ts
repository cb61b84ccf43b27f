import { createUnitRegistry } from './createUnitRegistry';
import { type UnitRegistry } from './UnitRegistry';

let shared: UnitRegistry | undefined;

/**
 * The shipped registry, built once on first use (the data is immutable, so sharing is safe).
 *
 * @example
 * defaultUnitRegistry().byCode('2029')?.name; // 'Leksand'
 */
export function defaultUnitRegistry(): UnitRegistry {
  shared ??= createUnitRegistry();
  return shared;
}
