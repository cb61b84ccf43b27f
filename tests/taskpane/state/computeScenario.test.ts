import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type PlanJson } from '../../../src/domain/plan/planSchema';
import { tiersAndPopulationPlan } from '../../../src/domain/presets/tiersAndPopulationPlan';
import { defaultUnitRegistry } from '../../../src/domain/units/defaultUnitRegistry';
import { applySource } from '../../../src/taskpane/state/applySource';
import { computeScenario } from '../../../src/taskpane/state/computeScenario';
import { findTables } from '../../../src/workbook/findTables';
import { parseCsv } from '../../../src/workbook/parseCsv';

const registry = defaultUnitRegistry();
const grid = parseCsv(
  readFileSync(join(__dirname, '../../fixtures/data/jonkoping-2019-2022-socialchefsnatverket.csv'), 'utf8'),
  'Jönköping',
);
const table = findTables(grid, registry)[0]!;
const total = (json: PlanJson) =>
  computeScenario(json, table, registry).allocation!.totals.reduce((a, r) => a + r.num, 0n);

describe('computeScenario', () => {
  it('returns the allocation of the Jönköping preset: frames minus set-asides, to the krona', () => {
    expect(total(tiersAndPopulationPlan())).toBe(37791485n - 3100000n + 46759217n + 9600000n);
  });

  it('returns the problem of Σ floors > frame instead of an allocation', () => {
    const json = tiersAndPopulationPlan();
    json.pots[1]!.steps.push({ kind: 'limits', floor: '10000000' });
    const result = computeScenario(json, table, registry);
    expect(result.allocation).toBeUndefined();
    expect(result.problems.map((p) => p.message.sv).join(' ')).toMatch(/golv/i);
  });

  it('returns parse problems with their path, and no allocation without a table', () => {
    const bad = computeScenario({ ...tiersAndPopulationPlan(), pots: [] }, table, registry);
    expect(bad.problems[0]!.path).toBe('pots');
    const noTable = computeScenario(tiersAndPopulationPlan(), null, registry);
    expect(noTable.plan).toBeDefined();
    expect(noTable.allocation).toBeUndefined();
    expect(noTable.problems).toEqual([]);
  });
});

describe('computeScenario on a table that must be refused', () => {
  const keyJson = (frame: PlanJson['pots'][number]['frame']): PlanJson => ({
    version: 1,
    name: 'Befolkning',
    indicators: [{ id: 'key', name: 'Befolkning' }],
    pots: [
      {
        id: 'pot',
        name: 'Befolkning',
        frame,
        steps: [{ kind: 'key', key: { type: 'indicator', indicator: 'key' } }],
      },
    ],
  });
  const moraTwice = findTables(
    parseCsv('Kommun;Befolkning\nMora;1\nMora;2\nOrsa;3\n', 'Blad1'),
    registry,
  )[0]!;

  it('refuses Mora on two rows: no allocation, the refusal as a problem', () => {
    const result = computeScenario(keyJson({ amount: 100 }), moraTwice, registry);
    expect(result.allocation).toBeUndefined();
    expect(result.refused).toBe(true);
    expect(result.problems.map((p) => p.code)).toEqual(['unit-duplicate']);
    expect(result.problems[0]!.message.sv).toContain('”Mora” finns på flera rader (A2, A3)');
  });

  it('refuses a merged area among the unit rows when the sheet reports it', () => {
    const orsa = findTables(parseCsv('Kommun;Befolkning\nMora;1\nOrsa;3\n', 'Blad1'), registry)[0]!;
    const result = computeScenario(keyJson({ amount: 100 }), orsa, registry, {}, { merged: ['B2:B3'] });
    expect(result.problems.map((p) => p.code)).toEqual(['merged-cells']);
  });

  it('returns the notes beside the allocation, and resolves a frame cell with the reader given', () => {
    const result = computeScenario(keyJson({ cell: 'Z1' }), table, registry, {}, { readCell: () => 1000 });
    expect(result.allocation?.pots[0]!.frame).toEqual({ num: 1000n, den: 1n });
    expect(result.notes?.map((n) => n.code)).toEqual(['reference-population']);
  });
});

describe('applySource', () => {
  it('returns the table with the user’s role and no total row', () => {
    const t = applySource(table, {
      sheet: 'Jönköping',
      range: table.range,
      roles: { D: 'other' },
      totalRow: null,
    });
    expect(t.columns.find((c) => c.letter === 'D')!.role).toBe('other');
    expect(t.totalRow).toBeUndefined();
    expect(t.rows).toHaveLength(table.rows.length + 1);
  });

  it('returns the chosen row as the total row', () => {
    const last = table.rows[table.rows.length - 1]!;
    const t = applySource(table, { sheet: 'Jönköping', range: table.range, totalRow: last.row });
    expect(t.totalRow?.row).toBe(last.row);
    expect(t.rows).toHaveLength(table.rows.length);
  });
});
