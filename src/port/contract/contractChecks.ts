import { type PlannedCell, type SheetPlan, type SheetWrite } from '../../output/SheetPlan';
import { type Cell, type Grid } from '../../workbook/Grid';
import { type PortResult } from '../WorkbookPort';
import { type ContractSubject } from './ContractSubject';
import { defined } from '../../domain/errors';

/** The outcome of one check: `detail` says what differed (technical, for the copied report). */
export interface CheckResult {
  readonly ok: boolean;
  readonly detail?: string;
}

/** Every check of the WorkbookPort contract, by id; the task pane names them and says what fails without them. */
export type ContractCheckId =
  | 'values'
  | 'formulas'
  | 'numbers-as-text'
  | 'formula-like-text'
  | 'error-like-text'
  | 'long-text'
  | 'null-leaves-cell'
  | 'merged-areas'
  | 'hidden-rows'
  | 'sheet-names'
  | 'page-layout'
  | 'state-concurrent'
  | 'output-replaced'
  | 'user-sheet-untouched'
  | 'rollback';

export interface ContractCheck {
  readonly id: ContractCheckId;
  readonly run: (subject: ContractSubject) => Promise<CheckResult>;
}

const text = (t: string): PlannedCell => ({ kind: 'text', text: t });
const num = (value: number): PlannedCell => ({ kind: 'number', value });
const EMPTY: PlannedCell = { kind: 'empty' };

/** A one-sheet plan. */
function planOf(
  name: string,
  rows: PlannedCell[][],
  extra: Partial<SheetWrite> = {},
  marker = 'contract',
): SheetPlan {
  return {
    marker,
    sheets: [{ name, role: 'basis', blocks: [{ address: 'A1', rows }], numberFormats: [], ...extra }],
  };
}

const PASS: CheckResult = { ok: true };
const fail = (detail: string): CheckResult => ({ ok: false, detail });

/** Writes, reads back, and always removes the sheet. */
async function writeAndRead(
  subject: ContractSubject,
  plan: SheetPlan,
): Promise<{ write: PortResult<unknown>; grid?: Grid }> {
  const name = defined(plan.sheets[0], 'the planned sheet').name;
  try {
    const write = await subject.port.writePlan(plan, { replaceExisting: false });
    if (!write.ok) return { write };
    const read = await subject.port.readSheet(name);
    return read.ok ? { write, grid: read.value } : { write: read };
  } finally {
    for (const s of plan.sheets) await subject.fixture.removeSheet(s.name);
  }
}

/** The cell at a sheet position (0-based), or an empty cell outside the grid. */
function cellAt(grid: Grid, row: number, col: number): Cell | undefined {
  const [r, c] = [row - grid.origin.row, col - grid.origin.col];
  return r < 0 || c < 0 || r >= grid.rowCount || c >= grid.colCount ? undefined : grid.cell(r, c);
}

/** Checks that row 0 of the sheet holds exactly these texts as text. */
async function textsRoundTrip(
  subject: ContractSubject,
  suffix: string,
  texts: readonly string[],
): Promise<CheckResult> {
  const { write, grid } = await writeAndRead(
    subject,
    planOf(`${subject.prefix}_${suffix}`, [texts.map(text)]),
  );
  if (!write.ok || !grid) return fail(`write/read failed: ${write.ok ? '' : write.error.message.en}`);
  for (const [col, t] of texts.entries()) {
    const value = cellAt(grid, 0, col)?.value;
    if (value?.kind !== 'text' || value.value !== t)
      return fail(`${JSON.stringify(t)} came back as ${JSON.stringify(value)}`);
  }
  return PASS;
}

function errorText(result: PortResult<unknown>): string {
  return result.ok ? 'ok' : `${result.error.code}: ${result.error.message.en}`;
}

/**
 * The WorkbookPort contract as data: each check sets up what it needs under the subject's prefix, runs, and
 * removes what it made. The same list runs in jest (strict fake Excel, preview workbook), inside Excel
 * (`npm run test:excel`) and in the task pane's Självtest.
 */
export const CONTRACT_CHECKS: readonly ContractCheck[] = [
  {
    id: 'values',
    run: async (subject) => {
      const numbers = [0, -1689, 15711504, 0.1, 2 ** 53 - 1];
      const { write, grid } = await writeAndRead(
        subject,
        planOf(`${subject.prefix}_val`, [
          numbers.map(num),
          [text('Falun'), text('Upplands Väsby'), text('Åre – 100 %')],
        ]),
      );
      if (!write.ok || !grid) return fail(`write/read failed: ${errorText(write)}`);
      for (const [col, n] of numbers.entries()) {
        const v = cellAt(grid, 0, col)?.value;
        if (v?.kind !== 'number' || v.value !== n) return fail(`${n} came back as ${JSON.stringify(v)}`);
      }
      const words = ['Falun', 'Upplands Väsby', 'Åre – 100 %'];
      for (const [col, w] of words.entries()) {
        const v = cellAt(grid, 1, col)?.value;
        if (v?.kind !== 'text' || v.value !== w) return fail(`${w} came back as ${JSON.stringify(v)}`);
      }
      return PASS;
    },
  },
  {
    id: 'formulas',
    run: async (subject) => {
      const { write, grid } = await writeAndRead(
        subject,
        planOf(`${subject.prefix}_fx`, [
          [num(1), num(2), { kind: 'formula', formula: '=SUM(A1:B1)', result: 3 }],
        ]),
      );
      if (!write.ok || !grid) return fail(`write/read failed: ${errorText(write)}`);
      const c = cellAt(grid, 0, 2);
      if (c?.formula?.replace(/\s/g, '').toUpperCase() !== '=SUM(A1:B1)')
        return fail(`formula came back as ${c?.formula}`);
      if (c.value.kind !== 'number' || c.value.value !== 3)
        return fail(`value came back as ${JSON.stringify(c.value)}`);
      return PASS;
    },
  },
  {
    id: 'numbers-as-text',
    run: (s) => textsRoundTrip(s, 'numtxt', ['0980', '1 264 598', '12,5', '2024-01-01', 'SANT']),
  },
  {
    id: 'formula-like-text',
    run: (s) => textsRoundTrip(s, 'fxtxt', ['=SUMMA(A1)', '+46 70', '- strecksats', '@hem', "'citat"]),
  },
  {
    id: 'error-like-text',
    run: (s) => textsRoundTrip(s, 'errtxt', ['#N/A', '#REF!', '#SAKNAS!', '#DIVISION/0!']),
  },
  {
    id: 'long-text',
    run: (s) => textsRoundTrip(s, 'long', ['Lång text – '.repeat(25) + 'slut', 'x'.repeat(1000)]),
  },
  {
    id: 'null-leaves-cell',
    run: async (subject) => {
      const name = `${subject.prefix}_null`;
      const plan: SheetPlan = {
        marker: 'contract',
        sheets: [
          {
            name,
            role: 'basis',
            numberFormats: [],
            blocks: [
              { address: 'B2', rows: [[text('kvar')]] },
              {
                address: 'A1',
                rows: [
                  [text('a'), text('b')],
                  [text('c'), EMPTY],
                ],
              },
            ],
          },
        ],
      };
      const { write, grid } = await writeAndRead(subject, plan);
      if (!write.ok || !grid) return fail(`write/read failed: ${errorText(write)}`);
      const v = cellAt(grid, 1, 1)?.value;
      return v?.kind === 'text' && v.value === 'kvar' ? PASS : fail(`B2 came back as ${JSON.stringify(v)}`);
    },
  },
  {
    id: 'merged-areas',
    run: async (subject) => {
      const name = `${subject.prefix}_m, 'x' y`;
      try {
        await subject.fixture.addSheet(name, {
          rows: [['Rubrik', null, null], [null], ['a', 1], [null, 2]],
          merged: ['A1:C1', 'A3:A4'],
        });
        const read = await subject.port.readSheet(name);
        if (!read.ok) return fail(`read failed: ${errorText(read)}`);
        const merged = [...(read.value.merged ?? [])].sort();
        return merged.join(' ') === 'A1:C1 A3:A4'
          ? PASS
          : fail(`merged areas came back as ${merged.join(' ')}`);
      } finally {
        await subject.fixture.removeSheet(name);
      }
    },
  },
  {
    id: 'hidden-rows',
    run: async (subject) => {
      const name = `${subject.prefix}_hid`;
      try {
        await subject.fixture.addSheet(name, {
          rows: [['a'], ['b'], ['c'], ['d'], ['e']],
          hiddenRows: [1, 3],
        });
        const read = await subject.port.readSheet(name);
        if (!read.ok) return fail(`read failed: ${errorText(read)}`);
        const hidden = [...(read.value.hiddenRows ?? [])].sort((a, b) => a - b);
        return hidden.join(',') === '1,3' ? PASS : fail(`hidden rows came back as [${hidden.join(',')}]`);
      } finally {
        await subject.fixture.removeSheet(name);
      }
    },
  },
  {
    id: 'sheet-names',
    run: async (subject) => {
      // 31 characters with an apostrophe and a comma; [ ] are not allowed in sheet names at all.
      const name = `${subject.prefix}_Län's, 2025`.padEnd(31, 'x').slice(0, 31);
      const other = `${subject.prefix}_ref`;
      const quoted = `'${name.replace(/'/g, "''")}'`;
      const plan: SheetPlan = {
        marker: 'contract',
        sheets: [
          { name, role: 'basis', numberFormats: [], blocks: [{ address: 'A1', rows: [[num(7)]] }] },
          {
            name: other,
            role: 'basis',
            numberFormats: [],
            blocks: [
              { address: 'A1', rows: [[{ kind: 'formula', formula: `=${quoted}!A1*2`, result: 14 }]] },
            ],
          },
        ],
      };
      try {
        const write = await subject.port.writePlan(plan, { replaceExisting: false });
        if (!write.ok) return fail(`write failed: ${errorText(write)}`);
        const list = await subject.port.listSheets();
        if (!list.ok || !list.value.some((s) => s.name === name && s.isOutput))
          return fail(`sheet ${name} is not listed as output`);
        const read = await subject.port.readSheet(other);
        const v = read.ok ? cellAt(read.value, 0, 0)?.value : undefined;
        return v?.kind === 'number' && v.value === 14
          ? PASS
          : fail(`the reference came back as ${JSON.stringify(v)}`);
      } finally {
        await subject.fixture.removeSheet(other);
        await subject.fixture.removeSheet(name);
      }
    },
  },
  {
    id: 'page-layout',
    run: async (subject) => {
      const name = `${subject.prefix}_print`;
      try {
        const plan = planOf(`${name}`, [[text('Utskrift')]], {
          pageSetup: {
            orientation: 'landscape',
            paper: 'A4',
            fitToPagesWide: 1,
            footer: 'Länsnyckel – '.repeat(30),
          },
        });
        const write = await subject.port.writePlan(plan, { replaceExisting: false });
        if (!write.ok) return fail(`write failed: ${errorText(write)}`);
        const setup = await subject.fixture.readPageSetup(name);
        return setup.orientation === 'landscape' && setup.fitToPagesWide === 1 && setup.fitToPagesTall === 0
          ? PASS
          : fail(`page setup came back as ${JSON.stringify(setup)}`);
      } finally {
        await subject.fixture.removeSheet(name);
      }
    },
  },
  {
    id: 'state-concurrent',
    run: async (subject) => {
      const key = `${subject.prefix}-state`;
      try {
        const saves = await Promise.all([
          subject.port.saveState(key, '{"v":1}'),
          subject.port.saveState(key, '{"v":2}'),
        ]);
        const failed = saves.find((s) => !s.ok);
        if (failed) return fail(`save failed: ${errorText(failed)}`);
        const loaded = await subject.port.loadState(key);
        return loaded.ok && loaded.value === '{"v":2}'
          ? PASS
          : fail(`state came back as ${JSON.stringify(loaded)}`);
      } finally {
        await subject.fixture.removeState(key);
      }
    },
  },
  {
    id: 'output-replaced',
    run: async (subject) => {
      const name = `${subject.prefix}_out`;
      try {
        const first = await subject.port.writePlan(planOf(name, [[text('första')]]), {
          replaceExisting: false,
        });
        if (!first.ok) return fail(`first write failed: ${errorText(first)}`);
        const again = await subject.port.writePlan(planOf(name, [[text('andra')]]), {
          replaceExisting: false,
        });
        if (again.ok || again.error.code !== 'output-exists')
          return fail(`unconfirmed rewrite gave ${errorText(again)}`);
        const confirmed = await subject.port.writePlan(planOf(name, [[text('andra')]]), {
          replaceExisting: true,
        });
        if (!confirmed.ok) return fail(`confirmed rewrite failed: ${errorText(confirmed)}`);
        const read = await subject.port.readSheet(name);
        const v = read.ok ? cellAt(read.value, 0, 0)?.value : undefined;
        return v?.kind === 'text' && v.value === 'andra'
          ? PASS
          : fail(`A1 came back as ${JSON.stringify(v)}`);
      } finally {
        await subject.fixture.removeSheet(name);
      }
    },
  },
  {
    id: 'user-sheet-untouched',
    run: async (subject) => {
      const name = `${subject.prefix}_user`;
      try {
        await subject.fixture.addSheet(name, { rows: [['mitt eget', 42]] });
        const write = await subject.port.writePlan(planOf(name, [[text('skrivet')]]), {
          replaceExisting: true,
        });
        if (write.ok || write.error.code !== 'name-collision')
          return fail(`writing over a user sheet gave ${errorText(write)}`);
        const read = await subject.port.readSheet(name);
        const v = read.ok ? cellAt(read.value, 0, 0)?.value : undefined;
        return v?.kind === 'text' && v.value === 'mitt eget'
          ? PASS
          : fail(`A1 came back as ${JSON.stringify(v)}`);
      } finally {
        await subject.fixture.removeSheet(name);
      }
    },
  },
  {
    id: 'rollback',
    run: async (subject) => {
      // A formula whose stated result is wrong: the host's check after writing fails, and it must undo the write.
      const names = [`${subject.prefix}_rb1`, `${subject.prefix}_rb2`] as const;
      const plan: SheetPlan = {
        marker: 'contract',
        sheets: [
          {
            name: names[0],
            role: 'basis',
            numberFormats: [],
            blocks: [{ address: 'A1', rows: [[text('ett')]] }],
          },
          {
            name: names[1],
            role: 'basis',
            numberFormats: [],
            blocks: [
              {
                address: 'A1',
                rows: [[num(1), num(2), { kind: 'formula', formula: '=SUM(A1:B1)', result: 4 }]],
              },
            ],
          },
        ],
      };
      try {
        const before = await subject.port.listSheets();
        const write = await subject.port.writePlan(plan, { replaceExisting: false });
        if (write.ok) return fail('a write whose check failed was kept');
        const after = await subject.port.listSheets();
        const names0 = before.ok ? before.value.map((s) => s.name).join('|') : '';
        const names1 = after.ok ? after.value.map((s) => s.name).join('|') : '';
        return names0 === names1 ? PASS : fail(`sheets before: ${names0}; after: ${names1}`);
      } finally {
        for (const n of names) await subject.fixture.removeSheet(n);
      }
    },
  },
];
