import { formulaShape } from '../../../src/domain/checks/formulaShape';

describe('formulaShape', () => {
  it('returns the relative R1C1 shape of a formula (row and column 0-based)', () => {
    expect(formulaShape('=ROUND(B7*$C$2,0)', 6, 3)).toBe('=ROUND(RC[-2]*R2C3,0)');
    expect(formulaShape('=SUM(B4:B18)', 18, 1)).toBe('=SUM(R[-15]C:R[-1]C)');
    expect(formulaShape('=A1+B2-C$3', 0, 0)).toBe('=RC+R[1]C[1]-R3C[2]');
  });

  it('gives every row of a well-built column the same shape', () => {
    expect(formulaShape('=B5*$C$2', 4, 3)).toBe(formulaShape('=B6*$C$2', 5, 3));
  });

  describe('edge cases', () => {
    it('leaves references inside string literals, names, functions and other sheets alone', () => {
      expect(formulaShape('="A1"&B1', 0, 0)).toBe('="A1"&RC[1]');
      expect(formulaShape('=LOG10(X_A1)', 0, 0)).toBe('=LOG10(X_A1)');
      expect(formulaShape('=Blad1!A1+A1', 0, 0)).toBe('=Blad1!A1+RC');
    });
  });
});
