import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allocatePlan } from '../../src/domain/plan/allocatePlan';
import { parsePlan } from '../../src/domain/plan/parsePlan';
import { tiersAndPopulationPlan } from '../../src/domain/presets/tiersAndPopulationPlan';
import { defaultUnitRegistry } from '../../src/domain/units/defaultUnitRegistry';
import { sheetPlanInputFor } from '../../src/output/sheetPlanInputFor';
import { findTables } from '../../src/workbook/findTables';
import { parseCsv } from '../../src/workbook/parseCsv';
import { planInputsFromTable } from '../../src/workbook/planInputsFromTable';
import { defined } from '../helpers/defined';

const registry = defaultUnitRegistry();
const table = defined(
  findTables(
    parseCsv(
      readFileSync(join(__dirname, '../fixtures/data/jonkoping-2019-2022-socialchefsnatverket.csv'), 'utf8'),
      'Jönköping',
    ),
    registry,
  )[0],
  'the Jönköping table',
);

describe('sheetPlanInputFor', () => {
  it('returns the plan in words, the reference note as a source and the key values the engine used', () => {
    const json = tiersAndPopulationPlan();
    const parsed = parsePlan(json);
    if (!parsed.ok) throw new Error('preset does not parse');
    const inputs = planInputsFromTable(table, parsed.plan, registry);
    const result = allocatePlan(parsed.plan, inputs.units, inputs.indicators);
    if (!result.ok) throw new Error('preset does not allocate');
    const input = sheetPlanInputFor({
      allocation: result.allocation,
      plan: parsed.plan,
      planJson: JSON.stringify(json),
      indicators: inputs.indicators,
      referenced: inputs.sources.flatMap((s) => (s.kind === 'reference' ? [s] : [])),
      findings: [],
      source: { sheet: table.sheet, range: table.range },
      date: '2025-05-01',
      lang: 'sv',
      existingSheetNames: ['Jönköping'],
    });
    expect(input.plan.json).toBe(JSON.stringify(json));
    expect(input.plan.sources).toContainEqual({
      label: defined(parsed.plan.indicators?.[0], 'the indicator').name,
      value: 'Befolkning 1 nov 2024 (SCB) från referenslistan',
    });
    expect(input.keyColumns?.[0]?.values).toHaveLength(table.rows.length);
    expect(
      defined(input.keyColumns?.[0], 'the key column').values.every((v) => typeof v === 'number' && v > 0),
    ).toBe(true);
  });
});
