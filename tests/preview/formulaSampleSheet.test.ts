import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formulaSampleSheet } from '../../src/preview/formulaSampleSheet';
import { PreviewWorkbook } from '../../src/preview/PreviewWorkbook';
import { type Cell } from '../../src/workbook/Grid';
import { defined } from '../helpers/defined';

const PUBLISHED = readFileSync(
  join(__dirname, '../fixtures/data/dalarna-2020-vardens-medarbetare-per-kommun.csv'),
  'utf8',
)
  .trim()
  .split('\n')
  .slice(1, -1)
  .map((line) => line.split(','));

const numberIn = (cell: Cell | undefined): number => {
  if (cell?.value.kind !== 'number') throw new Error(`not a number: ${JSON.stringify(cell)}`);
  return cell.value.value;
};

describe('formulaSampleSheet', () => {
  const sheet = formulaSampleSheet();
  const at = (a1: string): Cell | undefined => {
    const [, letter = '', row = ''] = defined(/^([A-Z])(\d+)$/.exec(a1), `A1 address ${a1}`);
    return sheet.rows[Number(row) - 1]?.[letter.charCodeAt(0) - 65];
  };
  const column = (letter: string) => Array.from({ length: 15 }, (_, i) => numberIn(at(`${letter}${i + 4}`)));

  it('is "Formler" with the title, the Dalarna kommuner and their population dec 2019', () => {
    expect(sheet.name).toBe('Formler');
    expect(at('A1')?.value).toEqual({ kind: 'text', value: 'Live formler – LANSNYCKEL.FORDELA' });
    expect(at('C3')?.value).toEqual({ kind: 'text', value: 'FORDELA' });
    expect(at('D3')?.value).toEqual({ kind: 'text', value: 'Golv 600\u00A0000' });
    expect(column('B')).toEqual(PUBLISHED.map(([, population]) => Number(population)));
    expect(Array.from({ length: 15 }, (_, i) => at(`A${i + 4}`)?.value)).toEqual(
      PUBLISHED.map(([name = '']) => ({ kind: 'text', value: name.trim() })),
    );
  });

  it('has =LANSNYCKEL.FORDELA in C4 spilling to C18 with the published "Ers per kommun", exactly', () => {
    expect(at('C4')?.formula).toBe('=LANSNYCKEL.FORDELA(15711504;B4:B18)');
    expect(column('C')).toEqual(PUBLISHED.map(([, , ers]) => Number(ers)));
    expect(at('C4')?.value).toEqual({ kind: 'number', value: 1264598 });
    expect(at('C5')?.formula).toBeUndefined();
  });

  it('has the floor column: every kommun at least 600 000, summing to 15 711 504', () => {
    expect(at('D4')?.formula).toBe('=LANSNYCKEL.FORDELA(15711504;B4:B18;600000)');
    const golv = column('D');
    expect(Math.min(...golv)).toBeGreaterThanOrEqual(600000);
    expect(golv.reduce((a, b) => a + b, 0)).toBe(15711504);
    expect(golv.every(Number.isInteger)).toBe(true);
  });

  it('sums row 19 and shows KONTROLL = 0 in C21 (and D21)', () => {
    expect(at('C19')).toMatchObject({ formula: '=SUM(C4:C18)', value: { value: 15711504 } });
    expect(at('D19')).toMatchObject({ formula: '=SUM(D4:D18)', value: { value: 15711504 } });
    expect(at('B19')).toMatchObject({ formula: '=SUM(B4:B18)', value: { value: 287966 } });
    expect(at('C21')).toMatchObject({
      formula: '=LANSNYCKEL.KONTROLL(C4:C18;15711504)',
      value: { kind: 'number', value: 0 },
    });
    expect(at('D21')?.value).toEqual({ kind: 'number', value: 0 });
  });

  it('has no error cells, and loads into a PreviewWorkbook with the formula kept on C4', async () => {
    expect(sheet.rows.flat().filter((c) => c.value.kind === 'error')).toEqual([]);
    const book = new PreviewWorkbook();
    book.addSheet(sheet.name, sheet.rows, { bold: sheet.bold });
    const read = await book.readSheet('Formler');
    if (!read.ok) throw new Error('not read');
    expect(read.value.cell(3, 2)).toMatchObject({ formula: '=LANSNYCKEL.FORDELA(15711504;B4:B18)' });
    expect(book.isBold('Formler', 'A1')).toBe(true);
  });
});
