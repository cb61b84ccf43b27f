import { startsLikeFormula } from '../../src/output/startsLikeFormula';

describe('startsLikeFormula', () => {
  it('returns true for text a spreadsheet would parse as a formula or signed number', () => {
    expect(
      ['=1+1', '+46', '-5', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x","y")'].map(startsLikeFormula),
    ).toEqual(Array(7).fill(true));
  });

  it('returns false for ordinary labels', () => {
    expect(['Avesta', ' =x', 'Upplands-Väsby', ''].map(startsLikeFormula)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
