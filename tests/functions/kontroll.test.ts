import { join } from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { type FormulaError } from '../../src/functions/FormulaError';
import { kontroll } from '../../src/functions/kontroll';
import { LOCALIZED_FUNCTIONS } from '../../src/functions/localizedNames';
import { loadDalarna } from './helpers/dalarnaFixture';
import { defined } from '../helpers/defined';

const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);

describe('kontroll', () => {
  it('returns 0 when the parts add up to the total', () => {
    expect(kontroll(col(100, 200), 300)).toBe(0);
  });

  it('returns Σ parts − total with its sign', () => {
    expect(kontroll(col(100, 199), 300)).toBe(-1);
    expect(kontroll(col(100, 202), 300)).toBe(2);
  });

  it('sums decimals exactly (0,1 + 0,2 − 0,3 = 0, where doubles give 5,55E-17)', () => {
    expect(0.1 + 0.2 - 0.3).not.toBe(0);
    expect(kontroll(col(0.1, 0.2), 0.3)).toBe(0);
  });

  it('reconciles the published Dalarna columns with their sum row', () => {
    const { rows, total, populationTotal } = loadDalarna();
    expect(
      kontroll(
        rows.map((r) => [r.amount]),
        total,
      ),
    ).toBe(0);
    expect(
      kontroll(
        rows.map((r) => [r.population]),
        populationTotal,
      ),
    ).toBe(0);
  });

  it('counts blank cells as 0, like SUM', () => {
    expect(kontroll(col(100, null, '', 200), 300)).toBe(0);
  });

  it('sums a block of several columns', () => {
    expect(
      kontroll(
        [
          [1, 2],
          [3, 4],
        ],
        10,
      ),
    ).toBe(0);
  });

  it('refuses text in the parts, naming the row', () => {
    expect(kontroll(col(100, '1 264 598', 5), 300) as FormulaError).toMatchObject({
      message: 'text i delar (rad 2)',
    });
  });

  it('refuses a total that is not a number', () => {
    expect(kontroll(col(100), 'summa') as FormulaError).toMatchObject({ message: 'total är inte ett tal' });
  });

  describe('which way the difference goes', () => {
    it('returns Σ parts − total, like the control row, so parts 1 689 kr short give −1 689', () => {
      expect(kontroll(col(5_000_000, 3_000_000 - 1689), 8_000_000)).toBe(-1689);
    });

    it('says "Σ delar − total" in its Swedish description and result, "Σ parts − total" in English', () => {
      const { sv, en } = defined(LOCALIZED_FUNCTIONS.KONTROLL, 'KONTROLL');
      expect(sv.description).toMatch(/^Σ delar − total\b/);
      expect(sv.result).toContain('Σ delar − total');
      expect(en.description).toMatch(/^Σ parts − total\b/);
      expect(en.result).toContain('Σ parts − total');
    });

    it('says "Σ delar − total" in the functions.json description Excel shows', async () => {
      const result = await generateCustomFunctionsMetadata(
        join(__dirname, '../../src/functions/functions.ts'),
      );
      const { functions } = JSON.parse(result.metadataJson) as {
        functions: { id: string; description?: string }[];
      };
      expect(functions.find((f) => f.id === 'KONTROLL')?.description).toMatch(/^Σ delar − total\b/);
    });
  });
});
