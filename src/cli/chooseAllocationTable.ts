import { trimmedLabel } from '../domain/checks/tableFacts';
import { type TableModel } from '../domain/table/TableModel';
import { normalizeLabel } from '../domain/units/normalizeLabel';

/** Which table an allocation reads its key from, or why none can be chosen without guessing. */
export type TableChoice = { readonly ok: true; readonly index: number } | { readonly ok: false };

/**
 * Chooses among the tables that all hold the key columns: the only one; or the one whose units are a strict
 * superset of every other's (the 290-kommun "Totalt" over the 50-kommun "Topp 50"); otherwise none — the caller
 * asks for --sheet. Tables with the same units (Totalt, Kvinnor, Män) hold different keys, so they are ambiguous.
 * @example chooseAllocationTable([topp50, totalt]) //=> { ok: true, index: 1 }
 */
export function chooseAllocationTable(candidates: readonly TableModel[]): TableChoice {
  if (candidates.length === 1) return { ok: true, index: 0 };
  const units = candidates.map(unitSet);
  const superset = units.findIndex((big, i) =>
    units.every((small, j) => j === i || isStrictSuperset(big, small)),
  );
  return superset < 0 ? { ok: false } : { ok: true, index: superset };
}

/** A table's units by official code, or by their normalised label when unresolved. */
function unitSet(table: TableModel): Set<string> {
  return new Set(table.rows.map((r) => r.unit?.code ?? `label:${normalizeLabel(trimmedLabel(r))}`));
}

function isStrictSuperset(big: Set<string>, small: Set<string>): boolean {
  if (big.size <= small.size) return false;
  for (const u of small) if (!big.has(u)) return false;
  return true;
}
