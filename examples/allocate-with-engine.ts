// The engine from a script: `npx tsx examples/allocate-with-engine.ts` — find the table, apply a plan file, print.
import { readFileSync } from 'node:fs';
import { fromNumber } from '../src/domain/money/fromNumber';
import { toNumber } from '../src/domain/money/toNumber';
import { allocatePlan } from '../src/domain/plan/allocatePlan';
import { parsePlanText } from '../src/domain/plan/parsePlan';
import { defaultUnitRegistry } from '../src/domain/units/defaultUnitRegistry';
import { findTables } from '../src/workbook/findTables';
import { parseCsv } from '../src/workbook/parseCsv';

const parsed = parsePlanText(readFileSync(`${__dirname}/plans/dalarna-2020.json`, 'utf8'));
if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message.sv}`).join('\n'));
const csv = readFileSync(
  `${__dirname}/../tests/fixtures/engine/dalarna-2020-vardens-medarbetare-per-kommun.csv`,
  'utf8',
);
const [table] = findTables(parseCsv(csv, 'Dalarna'), defaultUnitRegistry());
const keyColumn = table.columns.findIndex((c) => c.header === 'Befolkning dec 2019');
const units = table.rows.map((r) => ({ id: r.unit!.code, code: r.unit!.code, name: r.unit!.name }));
const population = Object.fromEntries(
  table.rows.map((r) => [r.unit!.code, fromNumber(r.cells[keyColumn].number!)]),
);
const result = allocatePlan(parsed.plan, units, { population });
if (!result.ok) throw new Error(result.problems.map((p) => p.message.sv).join('\n'));
const pot = result.allocation.pots[0];
pot.amounts.forEach((a, i) =>
  console.log(`${units[i].name}\t${toNumber(a)}\trank ${pot.trace[i].rank ?? '–'}`),
);
