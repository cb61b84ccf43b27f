// The engine from a script: `npx tsx examples/allocate-with-engine.ts` — find the table, apply a plan file, print.
import { readFileSync } from 'node:fs';
import { fromNumber } from '../src/domain/money/fromNumber';
import { toNumber } from '../src/domain/money/toNumber';
import { allocatePlan } from '../src/domain/plan/allocatePlan';
import { parsePlanText } from '../src/domain/plan/parsePlan';
import { defined } from '../src/domain/errors';
import { defaultUnitRegistry } from '../src/domain/units/defaultUnitRegistry';
import { findTables } from '../src/workbook/findTables';
import { parseCsv } from '../src/workbook/parseCsv';

const parsed = parsePlanText(readFileSync(`${__dirname}/plans/dalarna-2020.json`, 'utf8'));
if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message.sv}`).join('\n'));
const csv = readFileSync(
  `${__dirname}/../tests/fixtures/engine/dalarna-2020-vardens-medarbetare-per-kommun.csv`,
  'utf8',
);
const table = defined(findTables(parseCsv(csv, 'Dalarna'), defaultUnitRegistry())[0], 'table');
const keyColumn = table.columns.findIndex((c) => c.header === 'Befolkning dec 2019');
const rows = table.rows.map((r) => ({
  unit: defined(r.unit, 'kommun'),
  population: defined(r.cells[keyColumn]?.number, 'population'),
}));
const units = rows.map(({ unit }) => ({ id: unit.code, code: unit.code, name: unit.name }));
const population = Object.fromEntries(rows.map((r) => [r.unit.code, fromNumber(r.population)]));
const result = allocatePlan(parsed.plan, units, { population });
if (!result.ok) throw new Error(result.problems.map((p) => p.message.sv).join('\n'));
const pot = defined(result.allocation.pots[0], 'pot');
pot.amounts.forEach((a, i) =>
  console.log(`${units[i]?.name ?? ''}\t${toNumber(a)}\trank ${pot.trace[i]?.rank ?? '–'}`),
);
