import { readFileSync } from 'node:fs';
import { type Allocation, type AllocationUnit } from '../domain/allocation/Allocation';
import { checkAllocationInput } from '../domain/checks/checkAllocationInput';
import { checkTable } from '../domain/checks/checkTable';
import { columnIndexOf, exactOf, trimmedLabel } from '../domain/checks/tableFacts';
import { sum } from '../domain/money/arithmetic';
import { parseDecimal } from '../domain/money/parseDecimal';
import { type Rational } from '../domain/money/Rational';
import { toNumber } from '../domain/money/toNumber';
import { allocatePlan } from '../domain/plan/allocatePlan';
import { type IndicatorValues } from '../domain/plan/IndicatorValues';
import { parsePlanText } from '../domain/plan/parsePlan';
import { type Plan } from '../domain/plan/planSchema';
import { type TableModel } from '../domain/table/TableModel';
import { defaultUnitRegistry } from '../domain/units/defaultUnitRegistry';
import { CliInputError } from './CliInputError';
import { type CliResult } from './CliResult';
import { findTablesInGrids } from './findTablesInGrids';
import { formatAllocationReport } from './formatAllocationReport';
import { type AllocateArgs } from './parseCliArgs';
import { readGrids } from './readGrids';
import { writeAllocationOutput } from './writeAllocationOutput';

/**
 * `allocate`: a key column and a total (one pot by largest remainder), or a plan file, applied to the units of the
 * table that holds the indicator columns; prints JSON or a Swedish table, and with --out writes the result workbook.
 */
export async function runAllocate(args: AllocateArgs): Promise<CliResult> {
  const registry = defaultUnitRegistry();
  const grids = await readGrids(args.file, args.sheet);
  const tables = findTablesInGrids(grids, registry);
  if (tables.length === 0)
    throw new CliInputError(
      'Ingen tabell med kommuner eller regioner hittades i filen. Länsnyckel letar efter en kolumn med minst två kommun- eller regionnamn; inget fördelades.',
    );
  const plan = args.plan !== undefined ? readPlan(args.plan) : keyPlan(args.key!, args.total!);
  const wanted = (plan.indicators ?? []).map((i) => i.name);
  const table = tables.find((t) => wanted.every((w) => columnIndexOf(t, w) >= 0));
  if (!table) {
    throw new CliInputError(
      `Kolumnen ${wanted.map((w) => `"${w}"`).join(', ')} finns inte i någon tabell i filen.`,
    );
  }
  // Refuse what would allocate wrongly (duplicates, blank/text/error/zero keys, merged rows) before any arithmetic.
  const keyIdxs = (plan.indicators ?? []).map((i) =>
    columnIndexOf(table, i.name) >= 0 ? columnIndexOf(table, i.name) : columnIndexOf(table, i.id),
  );
  const merged = grids.find((g) => g.sheet === table.sheet)?.merged;
  const input = checkAllocationInput(table, keyIdxs, merged ? { merged } : {});
  const blocking = input.filter((p) => p.blocking);
  if (blocking.length > 0) {
    const lines = blocking.slice(0, 10).map((p) => p.message.sv);
    if (blocking.length > 10) lines.push(`… och ${blocking.length - 10} problem till.`);
    throw new CliInputError(`Inget fördelades:\n${lines.join('\n')}`);
  }
  const notes = input.filter((p) => !p.blocking).map((p) => `Obs: ${p.message.sv}\n`);
  const units = unitsOf(table);
  const indicators = indicatorValues(table, plan, units);
  const result = allocatePlan(plan, units, indicators);
  if (!result.ok) {
    throw new CliInputError(`Fördelningen gick inte: ${result.problems.map((p) => p.message.sv).join(' ')}`);
  }
  const allocation = result.allocation;
  if (args.out !== undefined) {
    await writeAllocationOutput({
      inputPath: args.file,
      outPath: args.out,
      allocation,
      plan,
      table,
      findings: checkTable(table, { registry }),
    });
  }
  const keyIdx = plan.indicators?.[0] ? columnIndexOf(table, plan.indicators[0].name) : -1;
  const stdout = args.json
    ? JSON.stringify(allocationJson(allocation, table, keyIdx), null, 2) + '\n'
    : formatAllocationReport(allocation, table, keyIdx, args.out);
  return { exitCode: 0, stdout, stderr: notes.join('') };
}

/** A one-pot plan: the whole total by one key column, largest remainder to the krona. */
function keyPlan(key: string, totalText: string): Plan {
  const total = parseDecimal(totalText.replace(/\s*(kr|kronor)$/i, ''));
  if (!total || total.num < 0n)
    throw new CliInputError(`--total måste vara ett belopp i kronor, inte "${totalText}".`);
  return {
    version: 1,
    name: key,
    indicators: [{ id: 'key', name: key }],
    rounding: { unit: '1', method: 'largest-remainder' },
    pots: [
      {
        id: 'pot',
        name: key,
        frame: { amount: total },
        steps: [{ kind: 'key', key: { type: 'indicator', indicator: 'key' } }],
      },
    ],
  };
}

function readPlan(path: string): Plan {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new CliInputError(`Planfilen finns inte: ${path}`);
  }
  const parsed = parsePlanText(text);
  if (!parsed.ok)
    throw new CliInputError(`Planen i ${path} går inte att använda: ${parsed.problems[0]!.message.sv}`);
  return parsed.plan;
}

/** The table's unit rows as allocation units: official code as id when known, else the label as written. */
function unitsOf(table: TableModel): AllocationUnit[] {
  return table.rows.map((r) => ({
    id: r.unit?.code ?? `rad ${r.row + 1}`,
    ...(r.unit ? { code: r.unit.code } : {}),
    name: r.label,
  }));
}

/** Each plan indicator read from the column whose header is its name (or id); blank cells are input errors. */
function indicatorValues(table: TableModel, plan: Plan, units: readonly AllocationUnit[]): IndicatorValues {
  const out: Record<string, Record<string, Rational>> = {};
  for (const ind of plan.indicators ?? []) {
    const idx =
      columnIndexOf(table, ind.name) >= 0 ? columnIndexOf(table, ind.name) : columnIndexOf(table, ind.id);
    const values: Record<string, Rational> = {};
    table.rows.forEach((r, i) => {
      const v = exactOf(r.cells[idx]);
      if (!v) {
        throw new CliInputError(
          `Nyckeln "${ind.name}" saknar värde för "${trimmedLabel(r)}" i ${r.cells[idx]?.address ?? '?'}.`,
        );
      }
      values[units[i]!.id] = v;
    });
    out[ind.id] = values;
  }
  return out;
}

/** `{ total, sum, allocations: [{ unit, code, key, amount }] }` — unit is the label as written. */
function allocationJson(allocation: Allocation, table: TableModel, keyIdx: number): unknown {
  const total = sum(allocation.pots.map((p) => p.frame));
  return {
    total: toNumber(total),
    sum: toNumber(sum(allocation.totals)),
    allocations: allocation.units.map((u, i) => {
      const key = keyIdx >= 0 ? table.rows[i]!.cells[keyIdx]!.number : undefined;
      return {
        unit: u.name,
        ...(u.code ? { code: u.code } : {}),
        ...(key !== undefined ? { key } : {}),
        amount: toNumber(allocation.totals[i]!),
      };
    }),
  };
}
