import { exactOf } from '../../src/domain/checks/tableFacts';
import { defaultUnitRegistry } from '../../src/domain/units/defaultUnitRegistry';
import { findTables } from '../../src/workbook/findTables';
import { type Cell } from '../../src/workbook/Grid';
import { isNumericCell, toTableCell } from '../../src/workbook/toTableCell';
import { gridOf } from './gridOf';

const text = (value: string) => ({ value: { kind: 'text' as const, value } });

describe('toTableCell', () => {
  it('returns a percentage as the exact decimal: "33,3 %" is 333/1000', () => {
    const cell = toTableCell(text('33,3 %'), 'B2');
    expect(cell.number).toBe(0.333);
    expect(exactOf(cell)).toEqual({ num: 333n, den: 1000n });
  });

  it('returns "1,9 mnkr" and "250 tkr" in kronor in a kronor column', () => {
    expect(toTableCell(text('1,9 mnkr'), 'B2').number).toBe(1_900_000);
    expect(toTableCell(text('250 tkr'), 'B2').number).toBe(250_000);
    expect(toTableCell(text('1 264 598 kr'), 'B2').number).toBe(1_264_598);
  });

  it('returns the value in the column unit: "250 tkr" in a tkr column stays 250, "1,9 mnkr" is 1 900', () => {
    expect(toTableCell(text('250 tkr'), 'B2', 1000).number).toBe(250);
    expect(toTableCell(text('1,9 mnkr'), 'B2', 1000).number).toBe(1900);
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
