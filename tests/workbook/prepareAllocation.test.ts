import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allocatePlan } from '../../src/domain/plan/allocatePlan';
import { parsePlan } from '../../src/domain/plan/parsePlan';
import { type Plan, type PlanJson } from '../../src/domain/plan/planSchema';
import { defaultUnitRegistry } from '../../src/domain/units/defaultUnitRegistry';
import { findTables } from '../../src/workbook/findTables';
import { gridCellReader } from '../../src/workbook/gridCellReader';
import { parseCsv } from '../../src/workbook/parseCsv';
import { prepareAllocation } from '../../src/workbook/prepareAllocation';
import { gridOf } from './gridOf';

const registry = defaultUnitRegistry();
const plan = (json: PlanJson): Plan => {
  const parsed = parsePlan(json);
  if (!parsed.ok) throw new Error(parsed.problems[0]!.message.en);
  return parsed.plan;
};
const keyPlan = (key: string, frame: PlanJson['pots'][number]['frame'], potName = key): Plan =>
  plan({
    version: 1,
    name: key,
    indicators: [{ id: 'key', name: key }],
    pots: [
      {
        id: 'pot',
        name: potName,
        frame,
        steps: [{ kind: 'key', key: { type: 'indicator', indicator: 'key' } }],
      },
    ],
  });
const dalarnaGrid = parseCsv(
  readFileSync(join(__dirname, '../fixtures/data/dalarna-2020-vardens-medarbetare-per-kommun.csv'), 'utf8'),
  'Dalarna',
);
const dalarna = findTables(dalarnaGrid, registry)[0]!;

describe('prepareAllocation', () => {
  it('refuses a table with Mora on two rows, naming both cells', () => {
    const grid = gridOf([
      ['Kommun', 'Befolkning'],
      ['Mora', 1],
      ['Mora', 2],
      ['Orsa', 3],
    ]);
    const prepared = prepareAllocation(
      findTables(grid, registry)[0]!,
      keyPlan('Befolkning', { amount: 100 }),
      registry,
    );
    expect(prepared.ok).toBe(false);
    if (prepared.ok) return;
    expect(prepared.problems.map((p) => [p.code, p.cells])).toEqual([['unit-duplicate', ['A2', 'A3']]]);
  });

  it('returns the inputs with the notes (hidden rows) when the table may be allocated', () => {
    const grid = gridOf(
      [
        ['Kommun', 'Befolkning'],
        ['Mora', 1],
        ['Orsa', 3],
      ],
      'Blad1',
      [2],
    );
    const prepared = prepareAllocation(
      findTables(grid, registry)[0]!,
      keyPlan('Befolkning', { amount: 100 }),
      registry,
    );
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    expect(prepared.units.map((u) => u.id)).toEqual(['2062', '2034']);
    expect(prepared.notes.map((n) => n.code)).toEqual(['hidden-rows']);
  });

  it('refuses a missing column with missing-column', () => {
    const prepared = prepareAllocation(dalarna, keyPlan('Mottagare', { amount: 100 }), registry);
    expect(!prepared.ok && prepared.problems.map((p) => p.code)).toEqual(['missing-column']);
  });

  describe('frames given as a cell', () => {
    it('returns the frame read from the Dalarna total row cell: 15 711 504 kr, allocated to the krona', () => {
      const p = keyPlan('Befolkning dec 2019', { cell: 'C17' }, 'Ers per kommun');
      const prepared = prepareAllocation(dalarna, p, registry, {
        readCell: gridCellReader([dalarnaGrid], 'Dalarna'),
      });
      expect(prepared.ok).toBe(true);
      if (!prepared.ok) return;
      expect(prepared.frames).toEqual({ pot: { num: 15711504n, den: 1n } });
      expect(prepared.findings).toEqual([]);
      const result = allocatePlan(p, prepared.units, prepared.indicators, { frames: prepared.frames });
      expect(result.ok && result.allocation.totals.reduce((a, r) => a + r.num, 0n)).toBe(15711504n);
    });

    it('reads a sheet-qualified cell, and leaves the frame unresolved when the reader has nothing', () => {
      const p = keyPlan('Befolkning dec 2019', { cell: "'Dalarna'!$C$17" });
      const read = prepareAllocation(dalarna, p, registry, {
        readCell: gridCellReader([dalarnaGrid], 'Annat'),
      });
      expect(read.ok && read.frames).toEqual({ pot: { num: 15711504n, den: 1n } });
      const none = prepareAllocation(dalarna, p, registry);
      expect(none.ok && none.frames).toEqual({});
    });
  });

  describe('frame-mismatch', () => {
    it('flags the pot column whose amounts do not add up to the frame, delta = stated − frame', () => {
      const p = keyPlan('Befolkning dec 2019', { amount: 15711500 }, 'Ers per kommun');
      const prepared = prepareAllocation(dalarna, p, registry);
      expect(prepared.ok).toBe(true);
      if (!prepared.ok) return;
      expect(prepared.findings).toEqual([
        expect.objectContaining({
          code: 'frame-mismatch',
          severity: 'error',
          column: 'Ers per kommun',
          stated: 15711504,
          computed: 15711500,
          delta: 4,
          cells: ['C2:C16', 'C17'],
        }),
      ]);
      expect(prepared.notes.map((n) => n.code)).toContain('frame-mismatch');
      expect(prepared.findings[0]!.message.sv).toContain('skillnad 4 kr');
    });
  });
});

describe('prepareAllocation with suppressed key cells', () => {
  // The table as detection marks SCB's ".." and FHM's "<15": text cells with `suppressed` set.
  const base = findTables(
    gridOf([
      ['Kommun', 'Antal'],
      ['Mora', '..'],
      ['Orsa', 120],
      ['Falun', '<15'],
      ['Leksand', 300],
    ]),
    registry,
  )[0]!;
  const table = {
    ...base,
    rows: base.rows.map((r) => ({
      ...r,
      cells: r.cells.map((c) => (c.text === '..' || c.text === '<15' ? { ...c, suppressed: c.text } : c)),
    })),
  };

  it('refuses the key once, first, naming both cells and both marks, and does not name them again', () => {
    const prepared = prepareAllocation(table, keyPlan('Antal', { amount: 100 }), registry);
    expect(prepared.ok).toBe(false);
    if (prepared.ok) return;
    expect(prepared.problems.map((p) => [p.code, p.cells])).toEqual([['key-suppressed', ['B2', 'B4']]]);
    expect(prepared.problems[0]!.message.sv).toBe(
      'Nyckeln ”Antal” har 2 undertryckta värden (.., <15) i B2, B4. Ett undertryckt värde är okänt, så kolumnen kan inte användas som nyckel; välj en annan nyckel eller fyll i värdena.',
    );
    expect(prepared.problems[0]!.message.en).toContain('has 2 suppressed values (.., <15) in B2, B4.');
  });

  it('names the first 10 of 12 suppressed cells and counts the other 2', () => {
    const many = {
      ...table,
      rows: Array.from({ length: 12 }, (_, i) => ({
        ...table.rows[0]!,
        row: i + 1,
        cells: [table.rows[0]!.cells[0]!, { text: '..', suppressed: '..' }],
      })),
    };
    const prepared = prepareAllocation(many, keyPlan('Antal', { amount: 100 }), registry);
    if (prepared.ok) throw new Error('a suppressed key was accepted');
    const refusal = prepared.problems.find((p) => p.code === 'key-suppressed')!;
    expect(refusal.cells).toHaveLength(12);
    expect(refusal.message.sv).toContain(
      'har 12 undertryckta värden (..) i B2, B3, B4, B5, B6, B7, B8, B9, B10, B11 och 2 till.',
    );
  });
});
