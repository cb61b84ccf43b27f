import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  evaluatePreviewFormulas,
  previewErrorMessage,
  withEvaluatedFormulas,
} from '../../src/preview/evaluatePreviewFormulas';
import { type Cell } from '../../src/workbook/Grid';
import { defined } from '../helpers/defined';

const num = (value: number): Cell => ({ value: { kind: 'number', value } });
const txt = (value: string): Cell => ({ value: { kind: 'text', value } });
const fx = (formula: string): Cell => ({ value: { kind: 'empty' }, formula });
const EMPTY: Cell = { value: { kind: 'empty' } };

/** The published Dalarna 2020 table: kommun, population dec 2019, "Ers per kommun" (without the Summa row). */
const DALARNA = readFileSync(
  join(__dirname, '../fixtures/data/dalarna-2020-vardens-medarbetare-per-kommun.csv'),
  'utf8',
)
  .trim()
  .split('\n')
  .slice(1, -1)
  .map((line) => line.split(','))
  .map(([, population, published]) => ({ population: Number(population), published: Number(published) }));

/** A1 title, A3 header, B4:B18 population, C4 the formula, C21 a control: the "Formler" layout in miniature. */
function dalarnaSheet(c4: string, c21?: string): Cell[][] {
  return [
    [txt('titel')],
    [],
    [txt('Kommun'), txt('Befolkning'), txt('FORDELA')],
    ...DALARNA.map((k, i) => [txt(`k${i}`), num(k.population), i === 0 ? fx(c4) : EMPTY]),
    [],
    [],
    c21 === undefined ? [] : [EMPTY, EMPTY, fx(c21)],
  ];
}

const columnC = (rows: Cell[][]) => rows.slice(3, 18).map((row) => row[2]?.value);

describe('evaluatePreviewFormulas', () => {
  it('spills FORDELA down from C4 to C18 with the published Dalarna "Ers per kommun" to the krona', () => {
    const rows = withEvaluatedFormulas(dalarnaSheet('=LANSNYCKEL.FORDELA(15711504;B4:B18)'));
    expect(columnC(rows)).toEqual(DALARNA.map((k) => ({ kind: 'number', value: k.published })));
    expect(rows[3]?.[2]).toMatchObject({
      formula: '=LANSNYCKEL.FORDELA(15711504;B4:B18)',
      value: { value: 1264598 },
    });
    expect(defined(rows[4]?.[2], 'C5')).not.toHaveProperty('formula');
  });

  it('reads "," as the separator too, and sv-SE numbers with spaces and NBSP', () => {
    for (const formula of [
      '=LANSNYCKEL.FORDELA(15711504,B4:B18)',
      '=lansnyckel.fordela( 15 711 504 ; $B$4:$B$18 )',
      '=LANSNYCKEL.FORDELA(15\u00A0711\u00A0504;B4:B18)',
    ]) {
      const rows = withEvaluatedFormulas(dalarnaSheet(formula));
      expect(columnC(rows)).toEqual(DALARNA.map((k) => ({ kind: 'number', value: k.published })));
    }
  });

  it('evaluates KONTROLL after the spill it checks: 0 when the column sums to the amount', () => {
    const fills = evaluatePreviewFormulas(
      dalarnaSheet('=LANSNYCKEL.FORDELA(15711504;B4:B18)', '=LANSNYCKEL.KONTROLL(C4:C18;15711504)'),
    );
    expect(fills.find((f) => f.address === 'C21')?.cell.value).toEqual({ kind: 'number', value: 0 });
    const off = evaluatePreviewFormulas(
      dalarnaSheet('=LANSNYCKEL.FORDELA(15711504;B4:B18)', '=LANSNYCKEL.KONTROLL(C4:C18, 15711500)'),
    );
    expect(off.find((f) => f.address === 'C21')?.cell.value).toEqual({ kind: 'number', value: 4 });
  });

  it('puts #SPILL! in the formula cell when a cell of the spill is not empty, and writes nothing else', () => {
    const sheet = dalarnaSheet('=LANSNYCKEL.FORDELA(15711504;B4:B18)');
    defined(sheet[10], 'row 11')[2] = txt('i vägen');
    const fills = evaluatePreviewFormulas(sheet);
    expect(fills).toHaveLength(1);
    expect(fills[0]).toMatchObject({ address: 'C4', cell: { value: { kind: 'error', value: '#SPILL!' } } });
    expect(previewErrorMessage(defined(fills[0], 'the fill').cell)).toBe('spillområdet C4:C18 är inte tomt');
  });

  it('gives #VALUE! with the Swedish message for text in the key', () => {
    const sheet = dalarnaSheet('=LANSNYCKEL.FORDELA(15711504;B4:B18)');
    defined(sheet[5], 'row 6')[1] = txt('okänt');
    const fill = defined(evaluatePreviewFormulas(sheet)[0], 'the first fill');
    expect(fill.cell.value).toEqual({ kind: 'error', value: '#VALUE!' });
    expect(fill.cell.formula).toBe('=LANSNYCKEL.FORDELA(15711504;B4:B18)');
    expect(previewErrorMessage(fill.cell)).toBe('text i nyckeln (rad 3)');
  });

  it('passes the error of a refused FORDELA on to a KONTROLL that reads it', () => {
    const sheet = dalarnaSheet(
      '=LANSNYCKEL.FORDELA(15711504;B4:B18)',
      '=LANSNYCKEL.KONTROLL(C4:C18;15711504)',
    );
    defined(sheet[5], 'row 6')[1] = txt('okänt');
    const control = evaluatePreviewFormulas(sheet).find((f) => f.address === 'C21');
    expect(control?.cell.value).toEqual({ kind: 'error', value: '#VALUE!' });
    expect(previewErrorMessage(defined(control, 'C21').cell)).toBe('text i nyckeln (rad 3)');
  });

  it('reads percentages, decimal commas and BLAND pairs as separate arguments', () => {
    const sheet: Cell[][] = [
      [num(1), num(1), fx('=LANSNYCKEL.BLAND(A1:A2;50%;B1:B2;0,5)')],
      [num(3), num(1)],
      [fx('=LANSNYCKEL.BLAND(A1:A2,0.5,B1:B2,50%)')],
    ];
    const fills = evaluatePreviewFormulas(sheet);
    expect(fills.map((f) => [f.address, f.cell.value])).toEqual([
      ['C1', { kind: 'number', value: 0.375 }],
      ['C2', { kind: 'number', value: 0.625 }],
      ['A3', { kind: 'number', value: 0.375 }],
      ['A4', { kind: 'number', value: 0.625 }],
    ]);
  });

  it('spills a row key to the right', () => {
    const fills = evaluatePreviewFormulas([[num(1), num(3)], [fx('=LANSNYCKEL.FORDELA(8;A1:B1)')]]);
    expect(fills.map((f) => [f.address, f.cell.value])).toEqual([
      ['A2', { kind: 'number', value: 2 }],
      ['B2', { kind: 'number', value: 6 }],
    ]);
  });

  it('refuses what it cannot read with #VALUE! and a message, and leaves other formulas alone', () => {
    const fills = evaluatePreviewFormulas([
      [num(1), fx('=LANSNYCKEL.FORDELA(10;Blad2!A1:A3)'), fx('=SUM(A1)')],
      [fx('=LANSNYCKEL.FORDELA(10;NYCKEL)'), fx('=LANSNYCKEL.OKÄND(1;A1)'), fx('=LANSNYCKEL.KONTROLL(A1)')],
    ]);
    expect(fills.map((f) => [f.address, f.cell.value.kind === 'error' && f.cell.value.value])).toEqual([
      ['B1', '#VALUE!'],
      ['A2', '#VALUE!'],
      ['B2', '#VALUE!'],
      ['C2', '#VALUE!'],
    ]);
    expect(fills.map((f) => previewErrorMessage(f.cell))).toEqual([
      expect.stringContaining('samma blad'),
      expect.stringContaining('NYCKEL'),
      expect.any(String),
      expect.any(String),
    ]);
  });
});
