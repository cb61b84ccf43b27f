import { createUnitRegistry } from './createUnitRegistry';
import { type UnitRegistry } from './UnitRegistry';

let shared: UnitRegistry | undefined;

/** The shipped registry, built once on first use (the data is immutable, so sharing is safe). */
export function defaultUnitRegistry(): UnitRegistry {
  shared ??= createUnitRegistry();
  return shared;
}
