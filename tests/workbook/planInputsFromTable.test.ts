import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allocatePlan } from '../../src/domain/plan/allocatePlan';
import { parsePlan } from '../../src/domain/plan/parsePlan';
import { type Plan } from '../../src/domain/plan/planSchema';
import { populationPerKommunPlan } from '../../src/domain/presets/populationPerKommunPlan';
import { tiersAndPopulationPlan } from '../../src/domain/presets/tiersAndPopulationPlan';
import { defaultUnitRegistry } from '../../src/domain/units/defaultUnitRegistry';
import { findTables } from '../../src/workbook/findTables';
import { parseCsv } from '../../src/workbook/parseCsv';
import { planInputsFromTable, REFERENCE_POPULATION_NOTE } from '../../src/workbook/planInputsFromTable';
import { gridOf } from './gridOf';

const registry = defaultUnitRegistry();
const tableOf = (name: string) =>
  findTables(parseCsv(readFileSync(join(__dirname, '../fixtures/data', name), 'utf8'), name), registry)[0]!;
const plan = (json: unknown): Plan => {
  const parsed = parsePlan(json);
  if (!parsed.ok) throw new Error(parsed.problems[0]!.message.en);
  return parsed.plan;
};
const keyPlan = (indicator: { id: string; name: string }) =>
  plan({
    version: 1,
    name: 'P',
    indicators: [indicator],
    pots: [
      {
        id: 'p',
        name: 'P',
        frame: { amount: 100 },
        steps: [{ kind: 'key', key: { type: 'indicator', indicator: indicator.id } }],
      },
    ],
  });

describe('planInputsFromTable', () => {
  it('returns one unit per row, with the official code as id, and the column named like the indicator', () => {
    const table = findTables(
      gridOf([
        ['Kommun', 'Invånare'],
        ['Mora', 20470],
        ['Falun', 59406],
      ]),
      registry,
    )[0]!;
    const inputs = planInputsFromTable(table, keyPlan({ id: 'inv', name: 'Invånare' }), registry);
    expect(inputs.problems).toEqual([]);
    expect(inputs.units.map((u) => [u.id, u.name])).toEqual([
      ['2062', 'Mora'],
      ['2080', 'Falun'],
    ]);
    expect(inputs.indicators.inv?.['2080']).toEqual({ num: 59406n, den: 1n });
    expect(inputs.sources).toEqual([
      { indicatorId: 'inv', kind: 'column', columnIndex: 1, letter: 'B', header: 'Invånare' },
    ]);
  });

  it('reads the column the user chose over the one matched by name', () => {
    const table = findTables(
      gridOf([
        ['Kommun', 'Befolkning', 'Mottagare'],
        ['Mora', 20470, 5],
        ['Falun', 59406, 7],
      ]),
      registry,
    )[0]!;
    const inputs = planInputsFromTable(table, keyPlan({ id: 'population', name: 'Befolkning' }), registry, {
      columns: { population: 'C' },
    });
    expect(inputs.indicators.population?.['2062']).toEqual({ num: 5n, den: 1n });
  });

  it('uses the table’s own population column for a population preset, reproducing Dalarna 2020 to the krona', () => {
    const table = tableOf('dalarna-2020-vardens-medarbetare-per-kommun.csv');
    const p = plan(populationPerKommunPlan('15711504'));
    const inputs = planInputsFromTable(table, p, registry);
    expect(inputs.sources).toEqual([
      expect.objectContaining({ kind: 'column', header: 'Befolkning dec 2019' }),
    ]);
    const result = allocatePlan(p, inputs.units, inputs.indicators);
    if (!result.ok) throw new Error(result.problems[0]!.message.en);
    const published = readFileSync(
      join(__dirname, '../fixtures/data/dalarna-2020-vardens-medarbetare-per-kommun.csv'),
      'utf8',
    )
      .trim()
      .split('\n')
      .slice(1, -1)
      .map((line) => Number(line.split(',')[2]));
    expect(result.allocation.pots[0]!.amounts.map((a) => Number(a.num / a.den))).toEqual(published);
  });

  it('falls back to the reference population (1 Nov 2024) when the Jönköping table has no population column', () => {
    const table = tableOf('jonkoping-2019-2022-socialchefsnatverket.csv');
    const parsed = plan(tiersAndPopulationPlan());
    const inputs = planInputsFromTable(table, parsed, registry);
    expect(inputs.problems).toEqual([]);
    expect(inputs.sources).toEqual([
      { indicatorId: 'population', kind: 'reference', note: REFERENCE_POPULATION_NOTE },
    ]);
    expect(REFERENCE_POPULATION_NOTE.sv).toBe('Befolkning 1 nov 2024 (SCB) från referenslistan');
    const aneby = inputs.units.find((u) => u.name === 'Aneby')!;
    expect(Number(inputs.indicators.population?.[aneby.id]?.num)).toBe(registry.population(aneby.id));
    const result = allocatePlan(parsed, inputs.units, inputs.indicators);
    expect(result.ok).toBe(true);
  });

  it('reports a missing column that is not population, and a blank key cell with its address', () => {
    const table = findTables(
      gridOf([
        ['Kommun', 'Nyckel'],
        ['Mora', 3],
        ['Falun', null],
        ['Orsa', 4],
      ]),
      registry,
    )[0]!;
    expect(
      planInputsFromTable(table, keyPlan({ id: 'x', name: 'Mottagare' }), registry).problems.map(
        (p) => p.code,
      ),
    ).toEqual(['missing-column']);
    const blank = planInputsFromTable(table, keyPlan({ id: 'n', name: 'Nyckel' }), registry).problems;
    expect(blank).toHaveLength(1);
    expect(blank[0]).toMatchObject({ code: 'missing-value', cell: 'B3' });
    expect(blank[0]!.message.sv).toContain('"Falun"');
  });

  describe('edge cases', () => {
    it('reports a row the reference list cannot give a population for', () => {
      const table = findTables(
        gridOf([
          ['Kommun', 'Belopp'],
          ['Mora', 1],
          ['Falun', 2],
          ['Påhittad', 3],
        ]),
        registry,
      )[0]!;
      const inputs = planInputsFromTable(table, keyPlan({ id: 'population', name: 'Befolkning' }), registry);
      expect(inputs.problems.map((p) => p.code)).toEqual(['missing-value']);
      expect(inputs.problems[0]!.message.sv).toContain('Påhittad');
    });
  });
});

describe('planInputsFromTable unit names', () => {
  it('returns the official name for a resolved label and the trimmed label otherwise', () => {
    const table = findTables(
      gridOf([
        ['Kommun', 'Invånare'],
        ['Leksand ', 1],
        ['Falu kommun', 2],
        ['Mora', 3],
        ['  Okänd  ort ', 4],
      ]),
      registry,
    )[0]!;
    const inputs = planInputsFromTable(table, keyPlan({ id: 'k', name: 'Invånare' }), registry);
    expect(inputs.units.map((u) => u.name)).toEqual(['Leksand', 'Falun', 'Mora', 'Okänd ort']);
  });
});
