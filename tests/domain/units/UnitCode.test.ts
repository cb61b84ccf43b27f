import { InvalidUnitCodeError } from '../../../src/domain/errors';
import {
  countyOf,
  kommunCode,
  parseKommunCode,
  parseRegionCode,
  parseUnitCode,
  regionCode,
} from '../../../src/domain/units/UnitCode';
import { defaultUnitRegistry } from '../../../src/domain/units/defaultUnitRegistry';

describe('UnitCode', () => {
  it('accepts exactly four digits as a kommunkod and two as a länskod', () => {
    expect(parseKommunCode('0114')).toBe('0114');
    expect(parseKommunCode('114')).toBeUndefined();
    expect(parseKommunCode('01145')).toBeUndefined();
    expect(parseRegionCode('20')).toBe('20');
    expect(parseRegionCode('2')).toBeUndefined();
    expect(parseUnitCode('2080')).toBe('2080');
    expect(parseUnitCode('Falun')).toBeUndefined();
    expect(parseUnitCode(' 2080')).toBeUndefined();
  });

  it('gives the länskod a kommunkod starts with', () => {
    expect(countyOf(kommunCode('2080'))).toBe('20');
  });

  it('throws InvalidUnitCodeError for a malformed code in our own data', () => {
    expect(() => kommunCode('180')).toThrow(InvalidUnitCodeError);
    expect(() => regionCode('Dalarna')).toThrow('Not a kommun or region code: "Dalarna"');
  });

  it("is every code in the registry: Falun's is 2080 in län 20", () => {
    const falun = defaultUnitRegistry().byCode('2080');
    expect(falun).toMatchObject({ code: '2080', name: 'Falun', countyCode: '20' });
  });
});
