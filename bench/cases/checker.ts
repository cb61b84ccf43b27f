// Checker benchmark cases: table detection + every check on synthetic sheets. Grids are built in setup().
import { checkTable } from '../../src/domain/checks/checkTable';
import { defaultUnitRegistry } from '../../src/domain/units/defaultUnitRegistry';
import { findTables } from '../../src/workbook/findTables';
import { type Cell, type Grid } from '../../src/workbook/Grid';
import { need } from '../need';

const AMOUNT_COLUMNS = 17;

/** rows × 20 columns: kommun name, population, 17 amounts, Totalt; a SUM total row below. Deterministic. */
function syntheticGrid(rows: number): Grid {
  const registry = defaultUnitRegistry();
  const names = registry.kommuner;
  let seed = 42;
  const next = (max: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % max;
  };
  const num = (value: number): Cell => ({ value: { kind: 'number', value } });
  const text = (value: string): Cell => ({ value: { kind: 'text', value } });
  const header = [
    text('Kommun'),
    text('Befolkning'),
    ...Array.from({ length: AMOUNT_COLUMNS }, (_, i) => text(`Pott ${i + 1}`)),
    text('Totalt'),
  ];
  const body: Cell[][] = [];
  const sums = new Array<number>(AMOUNT_COLUMNS + 3).fill(0);
  for (let r = 0; r < rows; r++) {
    // Amounts proportional to population, as a key-allocated sheet would be (so the key check finds them clean).
    const pop = 1000 + next(900_000);
    const amounts = Array.from({ length: AMOUNT_COLUMNS }, (_, i) => pop * (i + 1));
    const total = amounts.reduce((a, b) => a + b, 0);
    [pop, ...amounts, total].forEach((v, i) => (sums[i + 1] = (sums[i + 1] ?? 0) + v));
    body.push([
      text(need(names[r % names.length], 'kommun').name),
      num(pop),
      ...amounts.map(num),
      num(total),
    ]);
  }
  const last = rows + 1;
  const totalRow: Cell[] = [
    text('Summa'),
    ...sums.slice(1).map((v, i) => ({
      value: { kind: 'number' as const, value: v },
      formula: `=SUM(${String.fromCharCode(66 + i)}2:${String.fromCharCode(66 + i)}${last})`,
    })),
  ];
  return { sheet: 'Syntetisk', origin: { row: 0, col: 0 }, cells: [header, ...body, totalRow] };
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
