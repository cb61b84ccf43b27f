import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../src/workbook/parseCsv';
import { cellsOf } from './gridOf';

describe('parseCsv', () => {
  it('returns a comma-separated sample table as a grid of text and numbers', () => {
    const text = readFileSync(
      join(__dirname, '../fixtures/data/dalarna-2020-vardens-medarbetare-per-kommun.csv'),
      'utf8',
    );
    const grid = parseCsv(text, 'Dalarna');
    expect(cellsOf(grid)).toHaveLength(17);
    expect(cellsOf(grid)[0]!.map((c) => c.value)).toEqual([
      { kind: 'text', value: 'Kommun' },
      { kind: 'text', value: 'Befolkning dec 2019' },
      { kind: 'text', value: 'Ers per kommun' },
    ]);
    expect(grid.cell(6, 0).value).toEqual({ kind: 'text', value: 'Leksand ' });
    expect(grid.cell(16, 2).value).toEqual({ kind: 'number', value: 15711504 });
  });

  it('returns semicolon files with a BOM, decimal commas and Swedish thousands', () => {
    const grid = parseCsv(
      '\uFEFFKommun;Andel;Belopp\r\nAvesta;12,5;1 264 598\r\nMora;"3,5";"2 000 kr"\r\n',
      'x',
    );
    expect(grid.cell(0, 0).value).toEqual({ kind: 'text', value: 'Kommun' });
    expect(cellsOf(grid)[1]!.map((c) => c.value)).toEqual([
      { kind: 'text', value: 'Avesta' },
      { kind: 'number', value: 12.5 },
      { kind: 'number', value: 1264598 },
    ]);
    expect(grid.cell(2, 2).value).toEqual({ kind: 'number', value: 2000 });
  });

  it('returns quoted fields with separators, quotes and line breaks intact', () => {
    const grid = parseCsv('a,b\n"x, ""y""","rad 1\nrad 2"\n', 'q');
    expect(grid.cell(1, 0).value).toEqual({ kind: 'text', value: 'x, "y"' });
    expect(grid.cell(1, 1).value).toEqual({ kind: 'text', value: 'rad 1\nrad 2' });
  });

  it('returns a rectangular grid when rows are ragged', () => {
    const grid = parseCsv('a;b;c\n1\n', 'r');
    expect(cellsOf(grid).map((r) => r.length)).toEqual([3, 3]);
    expect(grid.cell(1, 2).value.kind).toBe('empty');
  });
});
