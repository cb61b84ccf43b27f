import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tiersAndPopulationPlan } from '../../../src/domain/presets/tiersAndPopulationPlan';
import { defaultUnitRegistry } from '../../../src/domain/units/defaultUnitRegistry';
import { applySource } from '../../../src/taskpane/state/applySource';
import { deriveSession } from '../../../src/taskpane/state/deriveSession';
import { initialSession, sessionReducer } from '../../../src/taskpane/state/sessionReducer';
import { findTables } from '../../../src/workbook/findTables';
import { parseCsv } from '../../../src/workbook/parseCsv';

const registry = defaultUnitRegistry();
/** The value, or a failed test when the fixture lost it. */
function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('fixture: value missing');
  return value;
}
const table = must(
  findTables(
    parseCsv(
      readFileSync(
        join(__dirname, '../../fixtures/data/jonkoping-2019-2022-socialchefsnatverket.csv'),
        'utf8',
      ),
      'Jönköping',
    ),
    registry,
  )[0],
);
const tables = [{ table, findings: [] }];
const chosen = sessionReducer(initialSession(tiersAndPopulationPlan(), 'A'), {
  type: 'select-source',
  source: { sheet: 'Jönköping', range: table.range },
});

describe('deriveSession', () => {
  it('returns no table and no allocation until a table is chosen', () => {
    const derived = deriveSession({
      state: initialSession(tiersAndPopulationPlan(), 'A'),
      tables,
      registry,
    });
    expect(derived.table).toBeNull();
    expect(derived.activeResult.allocation).toBeUndefined();
    expect(derived.diff).toBeUndefined();
  });

  it('returns the chosen table, its findings, the allocation, and a diff of zeros for a fresh copy', () => {
    const state = sessionReducer(chosen, { type: 'duplicate-scenario', name: 'B' });
    const derived = deriveSession({ state, tables, registry });
    expect(derived.table?.range).toBe(table.range);
    expect(derived.findings.map((f) => f.code)).toContain('column-total-mismatch');
    expect(derived.activeResult.allocation?.units).toHaveLength(13);
    expect(derived.diff?.every((d) => d.delta.num === 0n)).toBe(true);
  });
});

describe('applySource with another unit column', () => {
  it('relabels the rows from the chosen column and resolves them; the old one becomes other', () => {
    const numbers = must(
      findTables(parseCsv('Kod;Kommun;Befolkning\nx;Mora;1\ny;Orsa;3\n', 'S'), registry)[0],
    );
    const detected = must(numbers.columns.find((c) => c.role === 'unit')).letter;
    const other = detected === 'B' ? 'A' : 'B';
    const t = applySource(numbers, { sheet: 'S', range: numbers.range, unitColumn: other }, registry);
    expect(t.columns.find((c) => c.letter === other)?.role).toBe('unit');
    expect(t.columns.find((c) => c.letter === detected)?.role).toBe('other');
    const back = applySource(t, { sheet: 'S', range: numbers.range, unitColumn: detected }, registry);
    expect(back.rows.map((r) => [r.label, r.unit?.name])).toEqual([
      ['Mora', 'Mora'],
      ['Orsa', 'Orsa'],
    ]);
  });
});

describe('sessionReducer load', () => {
  it('applies the edits made while loading on top of the saved session', () => {
    const saved = {
      source: null,
      scenarios: [{ id: 'a', name: 'Sparad', plan: tiersAndPopulationPlan() }],
      activeId: 'a',
      compareId: null,
    };
    const state = sessionReducer(initialSession(tiersAndPopulationPlan(), 'A'), {
      type: 'load',
      saved,
      then: [{ type: 'select-source', source: { sheet: 'Jönköping', range: 'A3:E17' } }],
    });
    expect(state.scenarios[0]?.name).toBe('Sparad');
    expect(state.source).toEqual({ sheet: 'Jönköping', range: 'A3:E17' });
  });
});
