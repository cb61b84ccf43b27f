import fc from 'fast-check';
import { allocateByKey } from '../../src/domain/allocation/allocateByKey';
import { checkAllocationInput } from '../../src/domain/checks/checkAllocationInput';
import { checkTable } from '../../src/domain/checks/checkTable';
import { exactOf } from '../../src/domain/checks/tableFacts';
import { equals, rational, sum } from '../../src/domain/money/arithmetic';
import { allocatePlan } from '../../src/domain/plan/allocatePlan';
import { parsePlan } from '../../src/domain/plan/parsePlan';
import { buildSheetPlan } from '../../src/output/buildSheetPlan';
import { type Cell, type Grid, gridFromRows } from '../../src/workbook/Grid';
import { findTables } from '../../src/workbook/findTables';
import { evaluateSheetPlan } from '../helpers/evaluateSheetPlan';
import { keyPlanJson, registry } from './helpers';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

const NAMES = registry.kommuner.slice(0, 40).map((u) => u.name);
const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<Cell>({ value: { kind: 'empty' } }) },
  {
    weight: 4,
    arbitrary: fc.constantFrom(...NAMES).map((v): Cell => ({ value: { kind: 'text', value: v } })),
  },
  {
    weight: 4,
    arbitrary: fc
      .integer({ min: -50, max: 100_000 })
      .map((v): Cell => ({ value: { kind: 'number', value: v } })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(
        '1 264 598',
        '12,5',
        '−3 400',
        '1 000 kr',
        '0',
        'abc',
        'Summa',
        'Totalt',
        'Kommun',
        'Not 1',
        ' ',
      )
      .map((v): Cell => ({ value: { kind: 'text', value: v } })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('#REF!', '#N/A', '#DIV/0!')
      .map((v): Cell => ({ value: { kind: 'error', value: v }, formula: '=A1/0' })),
  },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 0, max: 1000 })
      .map((v): Cell => ({ value: { kind: 'number', value: v }, formula: '=SUM(B2:B4)' })),
  },
  { weight: 1, arbitrary: fc.constant<Cell>({ value: { kind: 'text', value: 'x' }, formula: '="x"' }) },
  {
    weight: 1,
    arbitrary: fc.string({ maxLength: 5 }).map((v): Cell => ({ value: { kind: 'text', value: v } })),
  },
);

/** Small grids (≤ 14 × 4), some with a title line and a Summa row, at a random origin. */
const grids: fc.Arbitrary<Grid> = fc
  .record({
    width: fc.integer({ min: 2, max: 4 }),
    body: fc.array(
      fc.oneof(
        // Mostly unit rows (a name and a key), sometimes anything at all.
        {
          weight: 6,
          arbitrary: fc.tuple(
            fc.constantFrom(...NAMES).map((v): Cell => ({ value: { kind: 'text', value: v } })),
            fc.oneof(
              {
                weight: 8,
                arbitrary: fc
                  .integer({ min: 0, max: 100_000 })
                  .map((v): Cell => ({ value: { kind: 'number', value: v } })),
              },
              { weight: 1, arbitrary: cell },
            ),
            cell,
            cell,
          ),
        },
        { weight: 1, arbitrary: fc.array(cell, { minLength: 4, maxLength: 4 }) },
      ),
      { minLength: 0, maxLength: 12 },
    ),
    title: fc.boolean(),
    total: fc.boolean(),
    origin: fc.record({ row: fc.integer({ min: 0, max: 5 }), col: fc.integer({ min: 0, max: 3 }) }),
    hidden: fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 2 }),
  })
  .map(({ width, body, title, total, origin, hidden }) => {
    const text = (v: string): Cell => ({ value: { kind: 'text', value: v } });
    const rows: Cell[][] = [];
    if (title) rows.push([text('Fördelning 2025'), ...Array<Cell>(3).fill({ value: { kind: 'empty' } })]);
    rows.push([text('Kommun'), text('Befolkning'), text('Belopp'), text('Not')]);
    rows.push(...body);
    if (total)
      rows.push([
        text('Summa'),
        { value: { kind: 'number', value: 1000 } },
        ...Array<Cell>(2).fill({ value: { kind: 'empty' } }),
      ]);
    const cells = rows.map((r) => r.slice(0, width));
    return gridFromRows('Blad1', cells, { origin, hiddenRows: hidden.map((h) => h + origin.row) });
  });

function blank(c: Cell | undefined): boolean {
  const v = c?.value;
  return v === undefined || v.kind === 'empty' || (v.kind === 'text' && v.value.trim() === '');
}

describe('pipeline fuzz', () => {
  it(`fuzz: findTables → checkTable → allocate → buildSheetPlan never throws, loses no row, adds up, controls show 0 (${RUNS} runs)`, () => {
    let allocated = 0;
    fc.assert(
      fc.property(grids, fc.integer({ min: 0, max: 10_000_000 }), (grid, frame) => {
        for (const table of findTables(grid, registry)) {
          // No silent row loss: every non-empty row of the table's range is header, unit, total or unclassified.
          const aggregates = (table.aggregateRows ?? []).map((r) => r.row);
          const last = Math.max(table.totalRow?.row ?? -1, ...table.rows.map((r) => r.row), ...aggregates);
          const accounted = new Set([
            table.headerRow,
            ...table.rows.map((r) => r.row),
            ...(table.totalRow ? [table.totalRow.row] : []),
            ...aggregates,
            ...table.unclassified.map((u) => u.row),
          ]);
          // A transposed table counts its rows (sheet columns) and columns (sheet rows) in the turned view.
          const at = (r: number, c: number): Cell | undefined =>
            table.transposed
              ? grid.cell(c - grid.origin.row, r - grid.origin.col)
              : grid.cell(r - grid.origin.row, c - grid.origin.col);
          for (let r = table.headerRow + 1; r <= last; r++) {
            if (table.columns.some((c) => !blank(at(r, c.col)))) expect(accounted.has(r)).toBe(true);
          }
          const findings = checkTable(table, { registry, keyColumn: 'B' });
          expect(findings.every((f) => f.message.sv.length > 0 && f.message.en.length > 0)).toBe(true);

          const keyIdx = table.columns.findIndex((c) => c.letter === 'B');
          if (keyIdx < 0 || table.columns[keyIdx]!.role === 'unit') continue;
          const input = checkAllocationInput(table, [keyIdx]);
          if (input.some((p) => p.blocking)) continue;
          const keys = table.rows.map((r) => exactOf(r.cells[keyIdx])!);
          const units = table.rows.map((r) => ({
            id: r.unit?.code ?? `rad ${r.row + 1}`,
            ...(r.unit ? { code: r.unit.code } : {}),
            name: r.label,
          }));
          const total = rational(BigInt(frame));
          const byKey = allocateByKey({ total, units: units.map((u, i) => ({ ...u, key: keys[i]! })) });
          expect(byKey.ok).toBe(true);
          if (byKey.ok) expect(equals(sum(byKey.allocations.map((a) => a.amount)), total)).toBe(true);

          const parsed = parsePlan(keyPlanJson(table.columns[keyIdx]!.header || 'B', frame));
          if (!parsed.ok) throw new Error(parsed.problems[0]!.message.en);
          const indicators = { key: Object.fromEntries(units.map((u, i) => [u.id, keys[i]!])) };
          const result = allocatePlan(parsed.plan, units, indicators);
          if (!result.ok) throw new Error(result.problems[0]!.message.en);
          expect(equals(sum(result.allocation.pots[0]!.amounts), total)).toBe(true);
          if (byKey.ok)
            expect(
              result.allocation.pots[0]!.amounts.every((a, i) => equals(a, byKey.allocations[i]!.amount)),
            ).toBe(true);

          const plan = buildSheetPlan({
            allocation: result.allocation,
            findings,
            plan: { name: 'Fuzz', keyInWords: 'Befolkning' },
            source: { sheet: table.sheet, range: table.range },
            date: '2025-01-31',
            lang: 'sv',
            existingSheetNames: [grid.sheet],
          });
          const evaluated = evaluateSheetPlan(plan);
          const controls = plan.sheets.flatMap((s) =>
            (s.conditionalFormats ?? []).flatMap((f) => cellsOf(f.range).map((a) => [s.name, a] as const)),
          );
          expect(controls.length).toBeGreaterThan(0);
          for (const [sheet, a1] of controls) expect(evaluated.value(sheet, a1)).toBe(0);
          evaluated.hf.destroy();
          allocated++;
        }
      }),
      { numRuns: RUNS },
    );
    // The generator must reach the end of the pipeline, not just refuse everything.
    expect(allocated).toBeGreaterThan(RUNS / 20);
  });
});

/** The cells of an A1 range on one row or column, e.g. "D295:G295". */
function cellsOf(range: string): string[] {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(range);
  if (!m) throw new Error(`not a range: ${range}`);
  const col = (s: string): number => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const letters = (n: number): string =>
    n <= 0 ? '' : letters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));
  const [c1, r1, c2, r2] = [col(m[1]!), Number(m[2]), col(m[3] ?? m[1]!), Number(m[4] ?? m[2])];
  const out: string[] = [];
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out.push(`${letters(c)}${r}`);
  return out;
}
