import { type Cell } from '../workbook/Grid';
import { defined } from '../domain/errors';
import { splitCsvRecords } from '../workbook/splitCsvRecords';
import { SampleDataError } from './previewErrors';
import { withEvaluatedFormulas } from './evaluatePreviewFormulas';
import { type SampleSheet } from './layoutSample';
import { SAMPLE_TABLES } from './samples/sampleTables';

/** The sheet's name in the preview workbook. */
export const FORMULA_SHEET = 'Formler';
/** Vårdens medarbetare 2020, Dalarnas kommuner: the amount the published column splits. */
export const DALARNA_2020_AMOUNT = 15711504;
const FLOOR = 600000;
const DALARNA_FILE = 'dalarna-2020-vardens-medarbetare-per-kommun.csv';
const AMOUNT_FORMAT = '#,##0';
const NBSP = '\u00A0';

/**
 * The "Formler" sheet: the Dalarna 2020 kommuner with their population (dec 2019) and live LANSNYCKEL formulas —
 * C4 `=LANSNYCKEL.FORDELA(15711504;B4:B18)` spilling to C18 (the published "Ers per kommun" to the krona), D4
 * the same with a floor of 600 000 kr, sums in row 19 and KONTROLL in row 21 (0 = sums exactly to the amount).
 * The formulas' results are evaluated here and stored as the cells' cached values, as Excel would save them.
 */
export function formulaSampleSheet(): SampleSheet {
  const sample = SAMPLE_TABLES.find((s) => s.file === DALARNA_FILE);
  if (!sample) throw new SampleDataError(DALARNA_FILE, 'missing');
  const [, ...body] = splitCsvRecords(sample.csv, ',');
  const kommuner = body.slice(0, -1).map(([name = '', population]) => ({
    name: name.trim(),
    population: Number(population),
  }));
  const first = 4;
  const last = first + kommuner.length - 1;
  const sumRow = last + 1;
  const key = `B${first}:B${last}`;
  const rows: Cell[][] = [
    [text('Live formler – LANSNYCKEL.FORDELA')],
    [
      text(
        `C4 och D4 innehåller formler som spiller ner till rad ${last}; förhandsvisningen räknar dem som Excel gör.`,
      ),
    ],
    [text('Kommun'), text('Befolkning dec 2019'), text('FORDELA'), text(`Golv 600${NBSP}000`)],
    ...kommuner.map((k, i) => [
      text(k.name),
      amount(k.population),
      i === 0 ? formula(`=LANSNYCKEL.FORDELA(${DALARNA_2020_AMOUNT};${key})`) : empty(),
      i === 0 ? formula(`=LANSNYCKEL.FORDELA(${DALARNA_2020_AMOUNT};${key};${FLOOR})`) : empty(),
    ]),
    [
      text('Summa'),
      formula(`=SUM(${key})`),
      formula(`=SUM(C${first}:C${last})`),
      formula(`=SUM(D${first}:D${last})`),
    ],
    [],
    [
      text('Kontroll (0 = går jämnt ut)'),
      empty(),
      formula(`=LANSNYCKEL.KONTROLL(C${first}:C${last};${DALARNA_2020_AMOUNT})`),
      formula(`=LANSNYCKEL.KONTROLL(D${first}:D${last};${DALARNA_2020_AMOUNT})`),
    ],
    [],
    [
      text(
        `Befolkning 31 dec 2019 ur bladet ${sample.sheet}; FORDELA ger samma kronor som kolumnen Ers per kommun.`,
      ),
    ],
  ];
  const evaluated = withEvaluatedFormulas(rows);
  evaluated[sumRow - 1] = defined(evaluated[sumRow - 1], 'the sum row').map((cell, col) =>
    cell.formula?.startsWith('=SUM(') ? { ...cell, value: sumOf(evaluated, col, first, last) } : cell,
  );
  const bold = ['A1', 'A3', 'B3', 'C3', 'D3', `A${sumRow}`, `B${sumRow}`, `C${sumRow}`, `D${sumRow}`];
  return { name: FORMULA_SHEET, rows: evaluated, bold };
}

function text(value: string): Cell {
  return { value: { kind: 'text', value } };
}

function empty(): Cell {
  return { value: { kind: 'empty' } };
}

function amount(value: number): Cell {
  return { value: { kind: 'number', value }, numberFormat: AMOUNT_FORMAT };
}

function formula(f: string): Cell {
  return { value: { kind: 'empty' }, formula: f, numberFormat: AMOUNT_FORMAT };
}

/** The cached value of a `=SUM` over rows first..last (1-based) of one column. */
function sumOf(rows: readonly (readonly Cell[])[], col: number, first: number, last: number): Cell['value'] {
  let total = 0;
  for (let r = first - 1; r <= last - 1; r++) {
    const v = rows[r]?.[col]?.value;
    if (v?.kind === 'number') total += v.value;
  }
  return { kind: 'number', value: total };
}
