import { MESSAGES } from '../findings/messages';
import { type Finding } from '../findings/Finding';
import { type TableModel } from '../table/TableModel';
import { type Unit } from '../units/Unit';
import { type UnitRegistry } from '../units/UnitRegistry';

/** A group counts as meant when the table has this share of it. */
const NEARLY_ALL = 0.6;

/**
 * unit-missing: a table that is nearly one län's kommuner, nearly all 290 kommuner, or nearly all 21 regioner
 * lists each unit it lacks.
 * @example checkUnitCoverage(dalarnaWithoutOrsa, registry)[0].unit //=> 'Orsa'
 */
export function checkUnitCoverage(table: TableModel, registry: UnitRegistry): Finding[] {
  // A long-format or record list holds the units it has data for; an absent one is not a forgotten row.
  if (table.keyColumns !== undefined) return [];
  const present = new Set<string>();
  for (const r of table.rows) if (r.unit) present.add(r.unit.code);
  if (present.size < 2) return [];
  const expected = expectedUnits(table, present, registry);
  if (!expected) return [];
  const missing = expected.units.filter((u) => !present.has(u.code));
  const have = expected.units.length - missing.length;
  return missing.map((u) => ({
    code: 'unit-missing' as const,
    severity: 'warning' as const,
    sheet: table.sheet,
    cells: [],
    unit: u.name,
    unitCode: u.code,
    message: MESSAGES.unitMissing({
      unit: u.name,
      group: expected.group,
      present: have,
      of: expected.units.length,
    }),
  }));
}

function expectedUnits(
  table: TableModel,
  present: ReadonlySet<string>,
  registry: UnitRegistry,
): { units: readonly Unit[]; group: string } | undefined {
  const nearly = (n: number, of: number): boolean => n >= Math.max(2, Math.ceil(of * NEARLY_ALL)) && n < of;
  if (table.level === 'region') {
    return nearly(present.size, registry.regions.length)
      ? { units: registry.regions, group: 'regionerna' }
      : undefined;
  }
  if (table.level !== 'kommun') return undefined;
  if (present.size >= registry.kommuner.length * 0.8) {
    return nearly(present.size, registry.kommuner.length)
      ? { units: registry.kommuner, group: 'landets kommuner' }
      : undefined;
  }
  const counties = new Map<string, number>();
  for (const code of present) counties.set(code.slice(0, 2), (counties.get(code.slice(0, 2)) ?? 0) + 1);
  const top = [...counties.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!top) return undefined;
  const [county, n] = top;
  // Only a table that is essentially one län: a few strays from elsewhere do not make it a national table.
  if (n < present.size * 0.8) return undefined;
  const units = registry.kommunerIn(county);
  const lan = registry.byCode(county)?.name ?? county;
  return nearly(n, units.length) ? { units, group: `${lan} län` } : undefined;
}
