import { cellAddress } from '../../../src/domain/a1/cellAddress';
import { type PlannedCell, type SheetPlan, type SheetWrite } from '../../../src/output/SheetPlan';
import { FakeExcel } from './FakeExcel';

export const ALLOCATION_SHEET = 'Fördelning – Test';
const POTS = ['Nära vård', 'Vårdens medarbetare', 'Vidareutbildning'];
const FRAMES = [750_000_000, 150_000_000, 100_000_000];

/** 290 made-up kommuner: code (4 digits, text), name and a population that is stable between runs. */
export function kommuner(count = 290): { code: string; name: string; population: number }[] {
  return Array.from({ length: count }, (_, i) => ({
    code: String(1000 + i * 7)
      .padStart(4, '0')
      .replace(/^1/, '0'),
    name: i === 7 ? '=Inte en formel' : i === 8 ? "'Apostrof" : `Kommun ${i + 1}`,
    population: 2_500 + ((i * 7919) % 97_000),
  }));
}

const text = (t: string): PlannedCell => ({ kind: 'text', text: t });
const num = (value: number): PlannedCell => ({ kind: 'number', value });
const formula = (f: string, result: number): PlannedCell => ({ kind: 'formula', formula: f, result });

/** Exact largest-remainder split of `frame` by `weights` (small, self-contained; the real engine is in domain/). */
function split(frame: number, weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => Math.floor((frame * w) / total));
  const order = weights
    .map((w, i) => ({ i, rem: (frame * w) % total }))
    .sort((a, b) => b.rem - a.rem || a.i - b.i);
  let left = frame - shares.reduce((a, b) => a + b, 0);
  for (const { i } of order) if (left-- > 0) shares[i]!++;
  return shares;
}

/**
 * A SheetPlan written by hand in the shape of our Fördelning sheet: an allocation sheet for `count` kommuner × 3 pots
 * (row totals, sum row and control row as formulas with expected results), a checks sheet with hyperlinks and a
 * basis sheet whose formula points at the allocation sheet.
 */
export function handBuiltPlan(count = 290, marker = 'plan-1'): SheetPlan {
  const units = kommuner(count);
  const amounts = FRAMES.map((f) =>
    split(
      f,
      units.map((u) => u.population),
    ),
  );
  const header = 2;
  const first = header + 1;
  const last = first + count - 1;
  const sumRow = last + 1;
  const controlRow = sumRow + 1;
  const rows: PlannedCell[][] = [
    [text('Kod'), text('Kommun'), text('Folkmängd'), ...POTS.map(text), text('Summa')],
    ...units.map((u, i) => {
      const r = first + i;
      const pots = amounts.map((a) => a[i]!);
      return [
        text(u.code),
        text(u.name),
        num(u.population),
        ...pots.map(num),
        formula(
          `=SUM(D${r + 1}:F${r + 1})`,
          pots.reduce((a, b) => a + b, 0),
        ),
      ];
    }),
    [
      text('Summa'),
      { kind: 'empty' },
      formula(
        `=SUM(C${first + 1}:C${last + 1})`,
        units.reduce((a, u) => a + u.population, 0),
      ),
      ...FRAMES.map((f, j) => formula(`=SUM(${'DEF'[j]}${first + 1}:${'DEF'[j]}${last + 1})`, f)),
      formula(
        `=SUM(G${first + 1}:G${last + 1})`,
        FRAMES.reduce((a, b) => a + b, 0),
      ),
    ],
    [
      text('Kontroll'),
      { kind: 'empty' },
      { kind: 'empty' },
      ...FRAMES.map((f, j) => formula(`=${'DEF'[j]}${sumRow + 1}-${f}`, 0)),
      formula(`=G${sumRow + 1}-${FRAMES.reduce((a, b) => a + b, 0)}`, 0),
    ],
  ];
  const allocation: SheetWrite = {
    name: ALLOCATION_SHEET,
    role: 'allocation',
    blocks: [
      { address: 'A1', rows: [[text('Fördelning – Test')]] },
      { address: cellAddress(header, 0), rows },
    ],
    numberFormats: [{ range: `C${first + 1}:G${controlRow + 1}`, format: '#,##0' }],
    bold: ['A1', `A${header + 1}:G${header + 1}`, `A${sumRow + 1}:G${controlRow + 1}`],
    columnWidths: [8, 24, 12, 15, 15, 15, 15].map((width, col) => ({ col, width })),
    table: { name: 'Fordelning_Test', range: `A${header + 1}:G${last + 1}`, style: 'TableStyleLight9' },
    conditionalFormats: [
      {
        range: `D${controlRow + 1}:G${controlRow + 1}`,
        rule: 'not-equal-zero',
        fill: '#FFC7CE',
        fontColor: '#9C0006',
      },
    ],
    freezeRows: header + 1,
    pageSetup: { orientation: 'landscape', paper: 'A4', fitToPagesWide: 1, header: 'Länsnyckel' },
  };
  const checks: SheetWrite = {
    name: 'Kontroller',
    role: 'checks',
    blocks: [
      {
        address: 'A1',
        rows: [
          [text('Kod'), text('Meddelande'), text('Cell')],
          [text('frame-mismatch'), text('-1 689 kr mot ramen'), text(`'${ALLOCATION_SHEET}'!D${sumRow + 1}`)],
          [
            text('label-whitespace'),
            text('+ mellanslag efter namnet'),
            text(`'${ALLOCATION_SHEET}'!B${first + 1}`),
          ],
        ],
      },
    ],
    numberFormats: [],
    hyperlinks: [
      { address: 'C2', text: `D${sumRow + 1}`, sheet: ALLOCATION_SHEET, cell: `D${sumRow + 1}` },
      { address: 'C3', text: `B${first + 1}`, sheet: ALLOCATION_SHEET, cell: `B${first + 1}` },
    ],
  };
  const basis: SheetWrite = {
    name: 'Underlag',
    role: 'basis',
    blocks: [
      {
        address: 'A1',
        rows: [
          [
            text('Ram totalt'),
            formula(
              `='${ALLOCATION_SHEET}'!G${sumRow + 1}`,
              FRAMES.reduce((a, b) => a + b, 0),
            ),
          ],
          [text('Datum'), text('2025-01-31')],
          [text('Plan (JSON)'), text('{"pots":3}')],
        ],
      },
    ],
    numberFormats: [],
  };
  return { marker, sheets: [allocation, checks, basis] };
}

/** A fake workbook holding the user's source table of `count` kommuner, as a user would have it. */
export function workbookWithSource(
  count = 290,
  options: ConstructorParameters<typeof FakeExcel>[0] = {},
): FakeExcel {
  const fake = new FakeExcel(options);
  const units = kommuner(count);
  fake.model.addSheet('Befolkning', [
    ['Kommunkod', 'Kommun', 'Folkmängd 31 dec'],
    ...units.map((u) => [u.code, u.name.replace(/^=/, ''), u.population]),
    ['Summa', null, `=SUM(C2:C${count + 1})`],
  ]);
  return fake;
}
