import { InvariantError, NotNaturalNumberError } from '../../src/domain/errors';
import { type Cell, EMPTY_CELL, GridBuilder, gridFromRows } from '../../src/workbook/Grid';

const num = (value: number): Cell => ({ value: { kind: 'number', value } });
const txt = (value: string): Cell => ({ value: { kind: 'text', value } });

describe('Grid', () => {
  it('returns every kind of value as it was written, through cell() and the typed readers', () => {
    const cells: Cell[] = [
      num(1264598.5),
      txt('Avesta'),
      { value: { kind: 'boolean', value: true } },
      { value: { kind: 'boolean', value: false } },
      { value: { kind: 'error', value: '#REF!' } },
      EMPTY_CELL,
    ];
    const grid = gridFromRows('Blad1', [cells]);
    expect(grid.row(0)).toEqual(cells);
    expect([0, 1, 2, 3, 4, 5].map((c) => grid.kindAt(0, c))).toEqual([
      'number',
      'text',
      'boolean',
      'boolean',
      'error',
      'empty',
    ]);
    expect(grid.numberAt(0, 0)).toBe(1264598.5);
    expect(grid.numberAt(0, 1)).toBeUndefined();
    expect(grid.textAt(0, 1)).toBe('Avesta');
    expect(grid.textAt(0, 4)).toBeUndefined();
    expect(grid.valueAt(0, 2)).toEqual({ kind: 'boolean', value: true });
    expect(grid.valueAt(0, 3)).toEqual({ kind: 'boolean', value: false });
    expect(grid.valueAt(0, 4)).toEqual({ kind: 'error', value: '#REF!' });
    expect(grid.cell(0, 5)).toEqual(EMPTY_CELL);
  });

  it('returns a formula, display text and number format only on the cells that have one', () => {
    const grid = new GridBuilder('Blad1')
      .setNumber(0, 0, 15711504)
      .setFormula(0, 0, '=SUM(C2:C16)')
      .setNumberFormat(0, 0, '# ##0')
      .setText(0, 1, '..')
      .setDisplayText(0, 1, '..')
      .setNumber(0, 2, 0.25)
      .build();
    expect(grid.cell(0, 0)).toStrictEqual({
      value: { kind: 'number', value: 15711504 },
      formula: '=SUM(C2:C16)',
      numberFormat: '# ##0',
    });
    expect(grid.cell(0, 1)).toStrictEqual({ value: { kind: 'text', value: '..' }, text: '..' });
    expect(grid.cell(0, 2)).toStrictEqual({ value: { kind: 'number', value: 0.25 } });
    expect(grid.formulaAt(0, 1)).toBeUndefined();
  });

  it('keeps a formula on a cell without a cached value', () => {
    const grid = new GridBuilder('Blad1').setFormula(1, 1, '=B1*2').build();
    expect(grid.cell(1, 1)).toStrictEqual({ value: { kind: 'empty' }, formula: '=B1*2' });
    expect(grid.kindAt(1, 1)).toBe('empty');
  });

  it('returns empty outside the block: negative, past the last row or column, and in rows never written', () => {
    const grid = new GridBuilder('Blad1').setNumber(0, 0, 1).setNumber(5, 2, 6).build();
    expect([grid.rowCount, grid.colCount]).toEqual([6, 3]);
    for (const [r, c] of [
      [-1, 0],
      [0, -1],
      [6, 0],
      [0, 3],
      [3, 1],
    ] as const) {
      expect(grid.cell(r, c)).toBe(EMPTY_CELL);
      expect(grid.kindAt(r, c)).toBe('empty');
      expect(grid.numberAt(r, c)).toBeUndefined();
      expect(grid.isBlankAt(r, c)).toBe(true);
    }
    expect(grid.numberAt(5, 2)).toBe(6);
  });

  it('holds a repeated text once: 1 000 kommun names and marks make three strings', () => {
    const builder = new GridBuilder('Blad1', { rows: 1000, cols: 2 });
    for (let r = 0; r < 1000; r++) builder.setText(r, 0, r % 2 ? 'Mora' : 'Orsa').setText(r, 1, '..');
    const grid = builder.build();
    expect(grid.stringCount).toBe(3);
    expect(grid.textAt(999, 0)).toBe('Mora');
    expect(grid.textAt(998, 1)).toBe('..');
  });

  it('shares one string between a text, a display text and a formula of the same characters', () => {
    const grid = new GridBuilder('Blad1')
      .setText(0, 0, '=A1')
      .setFormula(0, 1, '=A1')
      .setDisplayText(0, 1, '=A1')
      .build();
    expect(grid.stringCount).toBe(1);
    expect(grid.cell(0, 1)).toEqual({ value: { kind: 'empty' }, formula: '=A1', text: '=A1' });
  });

  it('grows past its size hint in rows and columns, rows written in any order', () => {
    const builder = new GridBuilder('Blad1', { rows: 1, cols: 1 });
    builder.setText(0, 0, 'Kommun').setDisplayText(0, 0, 'Kommun');
    builder.setNumber(40, 0, 40);
    builder.setNumber(7, 25, 725).setFormula(7, 25, '=Z7');
    builder.setNumber(3, 3, 33);
    const grid = builder.build();
    expect([grid.rowCount, grid.colCount]).toEqual([41, 26]);
    expect(grid.cell(0, 0)).toEqual({ value: { kind: 'text', value: 'Kommun' }, text: 'Kommun' });
    expect(grid.numberAt(40, 0)).toBe(40);
    expect(grid.cell(7, 25)).toEqual({ value: { kind: 'number', value: 725 }, formula: '=Z7' });
    expect(grid.numberAt(3, 3)).toBe(33);
    expect(grid.kindAt(3, 2)).toBe('empty');
  });

  it('reads the same through a dense display-text column (a CSV: every cell has one) as through a sparse one', () => {
    const builder = new GridBuilder('Blad1', { rows: 100, cols: 2 });
    for (let r = 0; r < 100; r++) builder.setNumber(r, 1, r).setDisplayText(r, 1, `${r} kr`);
    builder.setFormula(99, 1, '=SUM(B1:B99)');
    const grid = builder.build();
    expect(grid.cell(42, 1).text).toBe('42 kr');
    expect(grid.formulaAt(99, 1)).toBe('=SUM(B1:B99)');
    expect(grid.formulaAt(98, 1)).toBeUndefined();
    expect(grid.cell(42, 0)).toEqual(EMPTY_CELL);
  });

  it('cuts cells beyond the size given to build() and pads up to it', () => {
    const builder = new GridBuilder('Blad1').setNumber(0, 0, 1).setNumber(0, 4, 5).setNumber(9, 0, 10);
    const grid = builder.build({}, { rows: 3, cols: 2 });
    expect([grid.rowCount, grid.colCount]).toEqual([3, 2]);
    expect(grid.numberAt(0, 4)).toBeUndefined();
    expect(grid.row(0)).toEqual([num(1), EMPTY_CELL]);
    expect(new GridBuilder('Blad1').build({}, { rows: 2, cols: 3 }).row(1)).toEqual([
      EMPTY_CELL,
      EMPTY_CELL,
      EMPTY_CELL,
    ]);
  });

  it('clears a cell with its formula and format (a merged area keeps its top-left cell only)', () => {
    const grid = new GridBuilder('Blad1')
      .setNumber(0, 0, 1)
      .setNumber(0, 1, 2)
      .setFormula(0, 1, '=A1*2')
      .setNumberFormat(0, 1, '0%')
      .clear(0, 1)
      .clear(5, 5)
      .build();
    expect(grid.row(0)).toEqual([num(1), EMPTY_CELL]);
  });

  it('returns the sheet facts it was built with, and the same cells marked as output by with()', () => {
    const grid = gridFromRows('Blad1', [[txt('Mora')]], {
      origin: { row: 2, col: 1 },
      hiddenRows: [2],
      merged: ['B3:C3'],
    });
    expect(grid).toMatchObject({
      sheet: 'Blad1',
      origin: { row: 2, col: 1 },
      hiddenRows: [2],
      merged: ['B3:C3'],
    });
    expect(grid.isOutput).toBeUndefined();
    const marked = grid.with({ isOutput: true });
    expect(marked).toMatchObject({ isOutput: true, origin: { row: 2, col: 1 }, merged: ['B3:C3'] });
    expect(marked.textAt(0, 0)).toBe('Mora');
  });

  it('treats a whitespace-only text as blank and a zero as filled', () => {
    const grid = gridFromRows('Blad1', [[txt(' \u00a0'), num(0)]]);
    expect(grid.isBlankAt(0, 0)).toBe(true);
    expect(grid.isBlankAt(0, 1)).toBe(false);
  });

  it('throws on a negative position and on use after build()', () => {
    const builder = new GridBuilder('Blad1');
    expect(() => builder.setNumber(-1, 0, 1)).toThrow(NotNaturalNumberError);
    expect(() => builder.setText(0, -2, 'x')).toThrow(NotNaturalNumberError);
    builder.build();
    expect(() => builder.setNumber(0, 0, 1)).toThrow(InvariantError);
    expect(() => builder.build()).toThrow(InvariantError);
  });
});
