import { checkAllocationInput } from '../../../src/domain/checks/checkAllocationInput';
import { defaultUnitRegistry } from '../../../src/domain/units/defaultUnitRegistry';
import { findTables } from '../../../src/workbook/findTables';
import { gridOf } from '../../workbook/gridOf';

const registry = defaultUnitRegistry();
const table = findTables(
  gridOf([
    ['Fördelning 2025', null],
    ['Kommun', 'Befolkning'],
    ['Mora', 20470],
    ['Orsa', 6911],
    ['Falun', 59406],
    ['Summa', 86787],
  ]),
  registry,
)[0]!;
const codes = (merged: string[]) =>
  checkAllocationInput(table, [1], { merged }).map((p) => [p.code, p.blocking, p.cells.join(' ')]);

describe('checkAllocationInput', () => {
  describe('merged cells', () => {
    it('returns nothing for one-row merges: the title above and "Summa" over the total row', () => {
      expect(codes(['A1:B1', 'A6:B6'])).toEqual([]);
    });

    it('returns nothing for a one-row merge across a unit row', () => {
      expect(codes(['A4:B4'])).toEqual([]);
    });

    it('refuses a merge over two unit rows in the key or the label column', () => {
      expect(codes(['B3:B4'])).toEqual([['merged-cells', true, 'B3:B4']]);
      expect(codes(['A4:A5'])).toEqual([['merged-cells', true, 'A4:A5']]);
    });
  });

  it('returns unit-duplicate for Mora on two rows', () => {
    const twice = findTables(
      gridOf([
        ['Kommun', 'Befolkning'],
        ['Mora', 1],
        ['Mora', 2],
      ]),
      registry,
    )[0]!;
    expect(checkAllocationInput(twice, [1])[0]!.code).toBe('unit-duplicate');
  });

  describe('messages', () => {
    it('returns a negative key in Swedish number format', () => {
      const negative = findTables(
        gridOf([
          ['Kommun', 'Befolkning'],
          ['Mora', -1234.5],
          ['Orsa', 2],
        ]),
        registry,
      )[0]!;
      expect(checkAllocationInput(negative, [1])[0]!.message.sv).toContain('är negativ (\u22121\u00a0234,5)');
    });

    it('says "Raderna" for several rows without a unit name, "Rad" for one', () => {
      const many = {
        ...table,
        unclassified: [
          { row: 4, reason: 'x' },
          { row: 6, reason: 'y' },
        ],
      };
      expect(checkAllocationInput(many, [1]).at(-1)!.message.sv).toMatch(/^Raderna 5, 7 inne i tabellen har/);
      const one = { ...table, unclassified: [{ row: 4, reason: 'x' }] };
      expect(checkAllocationInput(one, [1]).at(-1)!.message.sv).toMatch(/^Rad 5 inne i tabellen har/);
    });
  });
});
