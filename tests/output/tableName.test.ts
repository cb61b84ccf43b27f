import { tableName } from '../../src/output/tableName';

describe('tableName', () => {
  it('returns an ASCII name with our prefix and a hash suffix', () => {
    expect(tableName('Fördelning – Dalarna')).toMatch(/^Lansnyckel_Fordelning_Dalarna_[0-9a-f]{8}$/);
  });

  it('returns different names for sheet names that fold to the same ASCII', () => {
    expect(tableName('Fördelning – Å')).not.toBe(tableName('Fördelning – A'));
  });
});
