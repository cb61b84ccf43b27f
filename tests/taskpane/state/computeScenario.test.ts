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

describe('computeScenario against amounts derived by hand', () => {
  const frame = 10_000_000n;
  const plan: PlanJson = {
    version: 1,
    name: 'Befolkning',
    indicators: [{ id: 'pop', name: 'Befolkning' }],
    pots: [
      {
        id: 'pot',
        name: 'Pott',
        frame: { amount: String(frame) },
        steps: [{ kind: 'key', key: { type: 'indicator', indicator: 'pop' } }],
      },
    ],
  };

  /** Largest remainder in whole kronor, computed here with BigInt from SCB's population (not by the engine). */
  function byHand(codes: readonly string[]): Map<string, bigint> {
    const pops = codes.map((c) => BigInt(registry.population(c)!));
    const total = pops.reduce((a, b) => a + b, 0n);
    const floors = pops.map((p) => (frame * p) / total);
    const remainders = pops.map((p) => (frame * p) % total);
    let left = frame - floors.reduce((a, b) => a + b, 0n);
    const order = codes.map((_, i) => i).sort((a, b) => (remainders[b]! > remainders[a]! ? 1 : -1));
    for (const i of order) if (left-- > 0n) floors[i]! += 1n;
    return new Map(codes.map((c, i) => [c, floors[i]!]));
  }

  it('returns, for every Jönköping kommun, its largest-remainder share of 10 000 000 kr by population', () => {
    const result = computeScenario(plan, table, registry, { pop: '' });
    const units = result.allocation!.units;
    const expected = byHand(units.map((u) => u.code!));
    expect(units).toHaveLength(13);
    units.forEach((u, i) => {
      const amount = result.allocation!.totals[i]!;
      expect([u.name, amount.num / amount.den]).toEqual([u.name, expected.get(u.code!)]);
    });
  });

  it('pins Jönköping (0680), the largest, and Aneby (0604), the smallest, to the hand-made amounts', () => {
    const result = computeScenario(plan, table, registry, { pop: '' });
    const expected = byHand(result.allocation!.units.map((u) => u.code!));
    const amountOf = (code: string) => {
      const i = result.allocation!.units.findIndex((u) => u.code === code);
      return result.allocation!.totals[i]!.num;
    };
    expect(amountOf('0680')).toBe(expected.get('0680'));
    expect(amountOf('0604')).toBe(expected.get('0604'));
    expect(amountOf('0680')).toBeGreaterThan(amountOf('0604') * 10n);
  });
});
