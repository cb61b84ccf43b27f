import { readFileSync } from 'node:fs';
import { type Allocation } from '../domain/allocation/Allocation';
import { checkTable } from '../domain/checks/checkTable';
import { trimmedLabel } from '../domain/checks/tableFacts';

import { sum } from '../domain/money/arithmetic';
import { parseKronor } from '../domain/money/swedishNumber';
import { toDecimalString } from '../domain/money/toDecimalString';

import { toNumber } from '../domain/money/toNumber';
import { allocatePlan } from '../domain/plan/allocatePlan';

import { parsePlanText } from '../domain/plan/parsePlan';
import { type Plan } from '../domain/plan/planSchema';
import { type TableModel } from '../domain/table/TableModel';
import { gridCellReader } from '../workbook/gridCellReader';
import { prepareAllocation } from '../workbook/prepareAllocation';
import { defaultUnitRegistry } from '../domain/units/defaultUnitRegistry';
import { CliInputError } from './CliInputError';
import { type CliResult } from './CliResult';
import { findTablesInGrids } from './findTablesInGrids';
import { formatAllocationReport } from './formatAllocationReport';
import { type AllocateArgs } from './parseCliArgs';
import { readGrids } from './readGrids';
import { chooseAllocationTable } from './chooseAllocationTable';
import { type AllocationSource, refusal, refuseReferenceBesideOwnColumn, sourceOf } from './allocationSource';
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
  const { plan, json } = args.plan !== undefined ? readPlan(args.plan) : keyPlan(args.key!, args.total!);
  const wanted = (plan.indicators ?? []).map((i) => i.name);
  const mapped = tables.map((t) => {
    const merged = grids.find((g) => g.sheet === t.sheet)?.merged;
    const readCell = gridCellReader(grids, t.sheet);
    return {
      table: t,
      prepared: prepareAllocation(t, plan, registry, { readCell, ...(merged ? { merged } : {}) }),
    };
  });
  // Tables that hold every key column themselves; only when none does may the reference population stand in.
  const own = mapped.filter(
    (m) =>
      m.prepared.inputs.sources.length === wanted.length &&
      m.prepared.inputs.sources.every((src) => src.kind === 'column'),
  );
  const candidates =
    own.length > 0
      ? own
      : mapped.filter((m) => m.prepared.ok || !m.prepared.problems.some((p) => p.code === 'missing-column'));
  if (candidates.length === 0) {
    throw new CliInputError(
      `Kolumnen ${wanted.map((w) => `"${w}"`).join(', ')} finns inte i någon tabell i filen.`,
    );
  }
  const choice = chooseAllocationTable(candidates.map((c) => c.table));
  if (!choice.ok) {
    const list = candidates
      .map((c) => `"${c.table.sheet}" (${c.table.range}, ${c.table.rows.length} enheter)`)
      .join(', ');
    throw new CliInputError(
      `Nyckeln ${wanted.map((w) => `"${w}"`).join(', ')} finns i ${candidates.length} tabeller: blad ${list}. Ange vilket blad som ska användas med --sheet "<blad>"; inget fördelades.`,
    );
  }
  const { table, prepared } = candidates[choice.index]!;
  refuseReferenceBesideOwnColumn(table, prepared.inputs, grids);
  // Refuse what would allocate wrongly (duplicates, suppressed/blank/text/error/zero keys, merged rows) before any
  // arithmetic: one line on stderr, every problem on stdout.
  if (!prepared.ok) throw refusal(prepared.problems, sourceOf(table, prepared.inputs), args.json);
  const { inputs, units, indicators, frames } = prepared;
  const result = allocatePlan(plan, units, indicators, { frames });
  if (!result.ok) {
    throw new CliInputError(`Fördelningen gick inte: ${result.problems.map((p) => p.message.sv).join(' ')}`);
  }
  const notes = prepared.notes.map((n) => `Obs: ${n.message.sv}\n`);
  const allocation = result.allocation;
  if (args.out !== undefined) {
    await writeAllocationOutput({
      inputPath: args.file,
      outPath: args.out,
      allocation,
      plan,
      planJson: json,
      inputs,
      table,
      findings: [...checkTable(table, { registry }), ...prepared.findings],
    });
  }
  const first = inputs.sources[0];
  const keyIdx = first?.kind === 'column' ? first.columnIndex : -1;
  const source = sourceOf(table, inputs);
  const stdout = args.json
    ? JSON.stringify(allocationJson(allocation, table, keyIdx, source), null, 2) + '\n'
    : formatAllocationReport(allocation, table, keyIdx, args.out, source);
  return { exitCode: 0, stdout, stderr: notes.join('') };
}

/** A plan and its JSON text as the user gave it (written to the Underlag sheet). */
interface ReadPlan {
  readonly plan: Plan;
  readonly json: string;
}

/** A one-pot plan: the whole total by one key column, largest remainder to the krona. */
function keyPlan(key: string, totalText: string): ReadPlan {
  const total = parseKronor(totalText);
  if (!total) throw new CliInputError(`--total måste vara ett belopp i kronor, inte "${totalText}".`);
  const plan: Plan = {
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
  // The same plan as JSON (what --plan would accept), for the Underlag sheet.
  const amount = toDecimalString(total, total.den === 1n ? 0 : 2);
  const json = { ...plan, pots: [{ ...plan.pots[0]!, frame: { amount } }] };
  return { plan, json: JSON.stringify(json, null, 2) };
}

function readPlan(path: string): ReadPlan {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new CliInputError(`Planfilen finns inte: ${path}`);
  }
  const parsed = parsePlanText(text);
  if (!parsed.ok)
    throw new CliInputError(`Planen i ${path} går inte att använda: ${parsed.problems[0]!.message.sv}`);
  return { plan: parsed.plan, json: text };
}

/**
 * `{ total, sum, source: { sheet, range, unitColumn, keyColumn }, allocations: [{ unit, code, key, amount }] }` —
 * unit is the label as written, trimmed.
 */
function allocationJson(
  allocation: Allocation,
  table: TableModel,
  keyIdx: number,
  source: AllocationSource,
): unknown {
  const total = sum(allocation.pots.map((p) => p.frame));
  return {
    total: toNumber(total),
    sum: toNumber(sum(allocation.totals)),
    source,
    allocations: allocation.units.map((u, i) => {
      const key = keyIdx >= 0 ? table.rows[i]!.cells[keyIdx]!.number : undefined;
      return {
        unit: trimmedLabel(table.rows[i]!),
        ...(u.code ? { code: u.code } : {}),
        ...(key !== undefined ? { key } : {}),
        amount: toNumber(allocation.totals[i]!),
      };
    }),
  };
}
