// Checker benchmark cases: table detection + every check on synthetic sheets. Grids are built in setup().
import { checkTable } from '../../src/domain/checks/checkTable';
import { defaultUnitRegistry } from '../../src/domain/units/defaultUnitRegistry';
import { findTables } from '../../src/workbook/findTables';
import { type Grid, GridBuilder } from '../../src/workbook/Grid';
import { need } from '../need';

const AMOUNT_COLUMNS = 17;

/**
 * rows × 20 columns: kommun name, population, 17 amounts, Totalt; a SUM total row below. Deterministic. Built cell
 * by cell through the GridBuilder, as the readers build theirs, so the grid held is what a user's check holds.
 */
function syntheticGrid(rows: number): Grid {
  const registry = defaultUnitRegistry();
  const names = registry.kommuner;
  let seed = 42;
  const next = (max: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % max;
  };
  const width = AMOUNT_COLUMNS + 3;
  const grid = new GridBuilder('Syntetisk', { rows: rows + 2, cols: width });
  [
    'Kommun',
    'Befolkning',
    ...Array.from({ length: AMOUNT_COLUMNS }, (_, i) => `Pott ${i + 1}`),
    'Totalt',
  ].forEach((header, c) => grid.setText(0, c, header));
  const sums = new Array<number>(width).fill(0);
  for (let r = 0; r < rows; r++) {
    // Amounts proportional to population, as a key-allocated sheet would be (so the key check finds them clean).
    const pop = 1000 + next(900_000);
    const amounts = Array.from({ length: AMOUNT_COLUMNS }, (_, i) => pop * (i + 1));
    const total = amounts.reduce((a, b) => a + b, 0);
    grid.setText(r + 1, 0, need(names[r % names.length], 'kommun').name);
    [pop, ...amounts, total].forEach((v, i) => {
      sums[i + 1] = (sums[i + 1] ?? 0) + v;
      grid.setNumber(r + 1, i + 1, v);
    });
  }
  const last = rows + 1;
  grid.setText(last, 0, 'Summa');
  sums.slice(1).forEach((v, i) => {
    const letter = String.fromCharCode(66 + i);
    grid.setNumber(last, i + 1, v).setFormula(last, i + 1, `=SUM(${letter}2:${letter}${last})`);
  });
  return grid.build();
}

function checkGrid(grid: Grid, keyColumn?: string): number {
  const registry = defaultUnitRegistry();
  return findTables(grid, registry).reduce(
    (n, t) => n + checkTable(t, { registry, ...(keyColumn ? { keyColumn } : {}) }).length,
    0,
  );
}

/** Rows in the checker's scale curve (each × 20 columns). */
export const CHECKER_SCALE = [2_000, 20_000, 100_000, 200_000];

export const checkerCases: { name: string; setup?: () => unknown; run: (ctx: unknown) => void }[] = [
  {
    name: 'check 2 000 rows × 20 columns',
    setup: () => syntheticGrid(2_000),
    run: (grid) => void checkGrid(grid as Grid),
  },
  {
    name: 'check 2 000 rows × 20 columns with key (key-deviation on 17 columns)',
    setup: () => syntheticGrid(2_000),
    run: (grid) => void checkGrid(grid as Grid, 'Befolkning'),
  },
  ...CHECKER_SCALE.filter((rows) => rows !== 2_000).map((rows) => ({
    name: `check ${String(rows).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} rows × 20 columns`,
    setup: () => syntheticGrid(rows),
    run: (grid: unknown) => void checkGrid(grid as Grid),
  })),
];
