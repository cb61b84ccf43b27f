import { exactOf } from '../../src/domain/checks/tableFacts';
import { defaultUnitRegistry } from '../../src/domain/units/defaultUnitRegistry';
import { findTables } from '../../src/workbook/findTables';
import { type Cell, gridFromRows } from '../../src/workbook/Grid';
import { isNumericCell, rescaledTableCell, tableCellAt, toTableCell } from '../../src/workbook/toTableCell';
import { gridOf } from './gridOf';

const text = (value: string) => ({ value: { kind: 'text' as const, value } });

describe('toTableCell', () => {
  it('returns a percentage as the exact decimal: "33,3 %" is 333/1000', () => {
    const cell = toTableCell(text('33,3 %'));
    expect(cell.number).toBe(0.333);
    expect(exactOf(cell)).toEqual({ num: 333n, den: 1000n });
  });

  it('returns "1,9 mnkr" and "250 tkr" in kronor in a kronor column', () => {
    expect(toTableCell(text('1,9 mnkr')).number).toBe(1_900_000);
    expect(toTableCell(text('250 tkr')).number).toBe(250_000);
    expect(toTableCell(text('1 264 598 kr')).number).toBe(1_264_598);
  });

  it('returns the value in the column unit: "250 tkr" in a tkr column stays 250, "1,9 mnkr" is 1 900', () => {
    expect(toTableCell(text('250 tkr'), 1000).number).toBe(250);
    expect(toTableCell(text('1,9 mnkr'), 1000).number).toBe(1900);
  });

  it('reads a cell suffix against the header scale in a detected table', () => {
    const table = findTables(
      gridOf([
        ['Kommun', 'Belopp (tkr)'],
        ['Mora', '1,9 mnkr'],
        ['Orsa', '250 tkr'],
        ['Falun', 300],
      ]),
      defaultUnitRegistry(),
    )[0]!;
    expect(table.columns[1]!.scale).toBe(1000);
    expect(table.rows.map((r) => r.cells[1]!.number)).toEqual([1900, 250, 300]);
  });
});

describe('toTableCell cells (no address, light)', () => {
  it('returns a number as { number } only, and a formula beside it', () => {
    expect(toTableCell({ value: { kind: 'number', value: 1206 } })).toEqual({ number: 1206 });
    expect(toTableCell({ value: { kind: 'number', value: 6 }, formula: '=C5+D5' })).toEqual({
      number: 6,
      formula: '=C5+D5',
    });
    expect(toTableCell({ value: { kind: 'number', value: Number.POSITIVE_INFINITY } })).toEqual({
      error: '#NUM!',
    });
  });

  it('returns small integers, −0, halves and totals past 2^30 as the numbers they are', () => {
    const num = (value: number) => toTableCell({ value: { kind: 'number', value } }).number;
    expect(num(-1_073_741_824)).toBe(-1_073_741_824);
    expect(num(1_073_741_824)).toBe(1_073_741_824);
    expect(num(14_000_000_000_000)).toBe(14_000_000_000_000);
    expect(num(0.5)).toBe(0.5);
    expect(Object.is(num(-0), -0)).toBe(true);
    expect(Object.keys(toTableCell({ value: { kind: 'number', value: 7 } }))).toEqual(['number']);
  });

  it('returns one shared frozen cell per empty, text, mark and error value', () => {
    const empty = toTableCell({ value: { kind: 'empty' } });
    expect(empty).toEqual({ empty: true });
    expect(toTableCell({ value: { kind: 'empty' } })).toBe(empty);
    expect(Object.isFrozen(empty)).toBe(true);
    expect(toTableCell(text('Mora'))).toBe(toTableCell(text('Mora')));
    expect(toTableCell(text('..'))).toEqual({ text: '..', suppressed: '..' });
    expect(toTableCell(text('..'))).toBe(toTableCell(text('..')));
    expect(toTableCell({ value: { kind: 'error', value: '#REF!' } })).toEqual({ error: '#REF!' });
    expect(toTableCell({ value: { kind: 'boolean', value: true } })).toEqual({ text: 'TRUE' });
  });

  it('returns a shared cell with its formula as a cell of its own, the shared one untouched', () => {
    const withFormula = toTableCell({ value: { kind: 'text', value: 'Mora' }, formula: '=A1' });
    expect(withFormula).toEqual({ text: 'Mora', formula: '=A1' });
    expect(toTableCell(text('Mora'))).toEqual({ text: 'Mora' });
  });
});

describe('tableCellAt (read from the grid store, no Cell made)', () => {
  it('reads each kind as toTableCell does: numbers, formulas, number text, marks, errors, booleans, blanks', () => {
    const grid = gridFromRows('Blad1', [
      [
        { value: { kind: 'number', value: 1264598 } },
        { value: { kind: 'number', value: 0.5 }, formula: '=1/2' },
        text('1,9 mnkr'),
        text('..'),
      ],
      [
        { value: { kind: 'error', value: '#REF!' } },
        { value: { kind: 'boolean', value: true } },
        { value: { kind: 'empty' } },
        text('Avesta'),
      ],
    ]);
    expect(tableCellAt(grid, 0, 0)).toEqual({ number: 1264598 });
    expect(tableCellAt(grid, 0, 1)).toEqual({ number: 0.5, formula: '=1/2' });
    expect(tableCellAt(grid, 0, 2)).toEqual({ number: 1_900_000, numberFromText: true, text: '1,9 mnkr' });
    expect(tableCellAt(grid, 0, 2, 1000)).toEqual({ number: 1900, numberFromText: true, text: '1,9 mnkr' });
    expect(tableCellAt(grid, 0, 3)).toEqual({ text: '..', suppressed: '..' });
    expect(tableCellAt(grid, 1, 0)).toEqual({ error: '#REF!' });
    expect(tableCellAt(grid, 1, 1)).toEqual({ text: 'TRUE' });
    expect(tableCellAt(grid, 1, 2)).toEqual({ empty: true });
    expect(tableCellAt(grid, 1, 3)).toEqual({ text: 'Avesta' });
    // Outside the block: empty, as a sheet's unused cell.
    expect(tableCellAt(grid, 5, 9)).toEqual({ empty: true });
  });
});

describe('rescaledTableCell', () => {
  it('reads "250 tkr" again in a tkr column (250) and returns every other cell as it was', () => {
    const tkr = text('250 tkr');
    expect(rescaledTableCell(toTableCell(tkr), 1000).number).toBe(250);
    const plain = text('1 206');
    const read = toTableCell(plain);
    expect(rescaledTableCell(read, 1000)).toBe(read);
    const typed = { value: { kind: 'number' as const, value: 300 } };
    const typedRead = toTableCell(typed);
    expect(rescaledTableCell(typedRead, 1000)).toBe(typedRead);
    expect(rescaledTableCell(toTableCell(tkr), 1).number).toBe(250_000);
  });
});

describe('isNumericCell (what detection asks of a cell without building it)', () => {
  it('sees numbers, error values, number text and suppression marks, not words, booleans or blanks', () => {
    const kinds: [Cell['value'], boolean][] = [
      [{ kind: 'number', value: 1206 }, true],
      [{ kind: 'number', value: Number.NaN }, true],
      [{ kind: 'error', value: '#REF!' }, true],
      [{ kind: 'text', value: '1 206' }, true],
      [{ kind: 'text', value: '..' }, true],
      [{ kind: 'text', value: '<15' }, true],
      [{ kind: 'text', value: 'Mora' }, false],
      [{ kind: 'boolean', value: true }, false],
      [{ kind: 'empty' }, false],
    ];
    expect(kinds.map(([value]) => isNumericCell({ value }))).toEqual(kinds.map(([, numeric]) => numeric));
  });
});
