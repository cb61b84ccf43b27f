import { splitAreaAddresses } from '../../src/excel/splitAreaAddresses';

describe('splitAreaAddresses', () => {
  it('returns each area of a plain address', () => {
    expect(splitAreaAddresses('Blad1!A1:C1,Blad1!A3:A4')).toEqual(['Blad1!A1:C1', 'Blad1!A3:A4']);
  });

  it('keeps commas and escaped quotes inside a quoted sheet name', () => {
    expect(splitAreaAddresses("'Budget, Län''s 2025'!A1:C1,'Budget, Län''s 2025'!A3:A4")).toEqual([
      "'Budget, Län''s 2025'!A1:C1",
      "'Budget, Län''s 2025'!A3:A4",
    ]);
  });

  it('returns no areas for an empty address', () => {
    expect(splitAreaAddresses('')).toEqual([]);
  });
});
