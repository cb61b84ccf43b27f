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
import { CLI_MESSAGES } from './cliMessages';
import { defined } from '../domain/errors';

/**
 * `allocate`: a key column and a total (one pot by largest remainder), or a plan file, applied to the units of the
 * table that holds the indicator columns; prints JSON or a Swedish table, and with --out writes the result workbook.
 */
export async function runAllocate(args: AllocateArgs): Promise<CliResult> {
  const registry = defaultUnitRegistry();
  const grids = await readGrids(args.file, args.sheet);
  const tables = findTablesInGrids(grids, registry);
  if (tables.length === 0) throw new CliInputError(CLI_MESSAGES.noUnitTable);
  const { plan, json } =
    args.plan !== undefined
      ? readPlan(args.plan)
      : keyPlan(defined(args.key, '--key'), defined(args.total, '--total'));
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
    throw new CliInputError(CLI_MESSAGES.keyColumnMissing(wanted));
  }
  const choice = chooseAllocationTable(candidates.map((c) => c.table));
  if (!choice.ok) {
    const list = candidates
      .map((c) => `"${c.table.sheet}" (${c.table.range}, ${c.table.rows.length} enheter)`)
      .join(', ');
    throw new CliInputError(CLI_MESSAGES.keyInSeveralTables(wanted, candidates.length, list));
  }
  const { table, prepared } = defined(candidates[choice.index], 'the chosen table');
  refuseReferenceBesideOwnColumn(table, prepared.inputs, grids);
  // Refuse what would allocate wrongly (duplicates, suppressed/blank/text/error/zero keys, merged rows) before any
  // arithmetic: one line on stderr, every problem on stdout.
  if (!prepared.ok) throw refusal(prepared.problems, sourceOf(table, prepared.inputs), args.json);
  const { inputs, units, indicators, frames } = prepared;
  const result = allocatePlan(plan, units, indicators, { frames });
  if (!result.ok) {
    throw new CliInputError(CLI_MESSAGES.allocationRefused(result.problems.map((p) => p.message)));
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
  if (!total) throw new CliInputError(CLI_MESSAGES.badTotal(totalText));
  const pot: Plan['pots'][number] = {
    id: 'pot',
    name: key,
    frame: { amount: total },
    steps: [{ kind: 'key', key: { type: 'indicator', indicator: 'key' } }],
  };
  const plan: Plan = {
    version: 1,
    name: key,
    indicators: [{ id: 'key', name: key }],
    rounding: { unit: '1', method: 'largest-remainder' },
    pots: [pot],
  };
  // The same plan as JSON (what --plan would accept), for the Underlag sheet.
  const amount = toDecimalString(total, total.den === 1n ? 0 : 2);
  const json = { ...plan, pots: [{ ...pot, frame: { amount } }] };
  return { plan, json: JSON.stringify(json, null, 2) };
}

function readPlan(path: string): ReadPlan {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new CliInputError(CLI_MESSAGES.planFileMissing(path));
  }
  const parsed = parsePlanText(text);
  if (!parsed.ok)
    throw new CliInputError(
      CLI_MESSAGES.planUnusable(path, defined(parsed.problems[0], 'the problem of a refused plan').message),
    );
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
      // The allocation's units are the table's rows, in order.
      const row = defined(table.rows[i], `row of ${u.name}`);
      const key = keyIdx >= 0 ? row.cells[keyIdx]?.number : undefined;
      return {
        unit: trimmedLabel(row),
        ...(u.code ? { code: u.code } : {}),
        ...(key !== undefined ? { key } : {}),
        amount: toNumber(defined(allocation.totals[i], `total of ${u.name}`)),
      };
    }),
  };
}
