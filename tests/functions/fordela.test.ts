import { fordela } from '../../src/functions/fordela';
import { type FormulaError } from '../../src/functions/FormulaError';
import { loadDalarna } from './helpers/dalarnaFixture';
import { defined } from '../helpers/defined';

const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);
const flat = (spill: unknown): number[] => (spill as number[][]).flat();

describe('fordela', () => {
  it('reproduces the published Dalarna 2020 "Ers per kommun" column from the population column', () => {
    const { rows, total } = loadDalarna();
    expect(total).toBe(15711504);
    const result = fordela(
      total,
      rows.map((r) => [r.population]),
    );
    expect(result).toEqual(rows.map((r) => [r.amount]));
  });

  it('splits by largest remainder, not by largest ratio', () => {
    // Exact shares 1.3, 2.6, 3.9, 5.2: the two largest fractional parts (.9, .6) get the extra krona.
    expect(fordela(13, col(1, 2, 3, 4))).toEqual(col(1, 3, 4, 5));
  });

  it('returns a row when the key is a row', () => {
    expect(fordela(10, [[1, 1, 1, 1, 1]])).toEqual([[2, 2, 2, 2, 2]]);
  });

  it('refuses a 0 in the key, since Excel on Windows/Mac passes a blank key cell as 0', () => {
    expect(fordela(5, col(0, 1, 1))).toMatchObject({
      error: '#VALUE!',
      message: '0 eller tom cell i nyckeln (rad 1)',
    });
  });

  it('mirrors a negative amount (a repayment)', () => {
    expect(fordela(-13, col(1, 2, 3, 4))).toEqual(col(-1, -3, -4, -5));
  });

  it('accepts decimal key values exactly', () => {
    // 0.1 and 0.2 are 1:2 exactly, not the binary approximations.
    expect(fordela(3, col(0.1, 0.2))).toEqual(col(1, 2));
  });

  describe('rounding unit (avrundning)', () => {
    it('allocates whole hundreds', () => {
      expect(fordela(1000, col(1, 1, 1), null, null, 100)).toEqual(col(400, 300, 300));
    });

    it('allocates öre', () => {
      expect(fordela(1, col(1, 1, 1), null, null, 0.01)).toEqual(col(0.34, 0.33, 0.33));
    });

    it('defaults to 1 kr when the argument is omitted or blank', () => {
      expect(fordela(10, col(1, 1, 1), undefined, undefined, null)).toEqual(col(4, 3, 3));
    });
  });

  describe('ties', () => {
    it('gives an equal remainder to the larger key first', () => {
      // Shares 0.5 and 1.5 have equal remainders; the key 3 wins even though it is the later row.
      expect(fordela(2, col(1, 3))).toEqual(col(0, 2));
    });

    it('then to the lower unit code', () => {
      expect(fordela(1, col(1, 1), null, null, null, col('2084', '2021'))).toEqual(col(0, 1));
    });

    it('compares codes typed as numbers with their leading zero restored (0980 before 1060)', () => {
      expect(fordela(1, col(1, 1), null, null, null, col(1060, 980))).toEqual(col(0, 1));
    });

    it('ranks the key above the code', () => {
      expect(fordela(2, col(1, 3), null, null, null, col('0114', '2584'))).toEqual(col(0, 2));
    });

    it('then to the earlier row', () => {
      expect(fordela(1, col(1, 1))).toEqual(col(1, 0));
    });
  });

  describe('floors and caps (golv, tak)', () => {
    it('lifts units to the floor and lets the others pay pro rata', () => {
      // 1 000 kr by 1:1:8 is 100/100/800; a 200 kr floor lifts the first two to 200 and the third pays: 600.
      expect(fordela(1000, col(1, 1, 8), 200)).toEqual(col(200, 200, 600));
    });

    it('holds units under the cap and gives the excess to the others pro rata', () => {
      expect(fordela(1000, col(1, 1, 8), null, 500)).toEqual(col(250, 250, 500));
    });

    it('applies per-unit floors from a column, a blank meaning no floor', () => {
      // Unit 3's floor of 500 binds; units 1 and 2 split the other 500 by 1:3.
      expect(fordela(1000, col(1, 3, 1), col(null, 0, 500))).toEqual(col(125, 375, 500));
    });

    it('combines floors and caps, then rounds the free units by largest remainder', () => {
      // Floor 300 for unit 1 and cap 300 for unit 4 bind; 1 000 − 600 = 400 left over keys 2:1 → 266.67, 133.33.
      const result = fordela(1000, col(1, 2, 1, 10), col(300, 0, 0, 0), col(1000, 1000, 1000, 300));
      expect(result).toEqual(col(300, 267, 133, 300));
    });

    it('returns zeros for a zero amount with zero floors', () => {
      expect(fordela(0, col(1, 2), 0)).toEqual(col(0, 0));
    });

    it('keeps a floor of exactly the amount feasible', () => {
      expect(fordela(100, col(1, 1), col(50, 50))).toEqual(col(50, 50));
    });
  });

  describe('blank cells as Excel on Windows/Mac passes them (0, office-js 4702/5262/1951)', () => {
    // Excel on the web passes a blank cell as null, desktop Excel as 0: no meaning may hang on blank vs 0.
    it('refuses a blank cap cell passed as 0 instead of capping that kommun at 0 kr', () => {
      // Web shape: [[500], [null], [500]] = no cap for row 2; desktop shape: the same blank arrives as 0.
      expect(fordela(1000, col(1, 1, 1), null, col(500, null, 500))).toEqual(col(334, 333, 333));
      expect(fordela(1000, col(1, 1, 1), null, col(500, 0, 500))).toMatchObject({
        error: '#VALUE!',
        message: 'tak 0 (rad 2)',
      });
      expect(fordela(1000, col(1, 1, 1), null, 0)).toMatchObject({ error: '#VALUE!', message: 'tak 0' });
    });

    it('refuses a blank key cell passed as 0 instead of giving that kommun 0 kr', () => {
      expect(fordela(1000, col(3, null, 1))).toMatchObject({ message: 'tom cell i nyckeln (rad 2)' });
      expect(fordela(1000, col(3, 0, 1))).toMatchObject({
        error: '#VALUE!',
        message: '0 eller tom cell i nyckeln (rad 2)',
      });
    });

    it('treats a blank floor cell passed as 0 like no floor (the same meaning)', () => {
      expect(fordela(1000, col(1, 3, 1), col(null, 0, 500))).toEqual(
        fordela(1000, col(1, 3, 1), col(null, null, 500)),
      );
    });
  });

  describe('errors', () => {
    const cases: [string, unknown[], string][] = [
      ['Σ floors > amount', [100, col(1, 1), 60], 'Σ golv > belopp'],
      ['Σ caps < amount', [100, col(1, 1), null, 40], 'Σ tak < belopp'],
      ['cap < floor', [100, col(1, 1), col(10, 10), col(50, 5)], 'tak < golv (rad 2)'],
      ['an all-zero key', [100, col(0, 0)], '0 eller tom cell i nyckeln (rad 1)'],
      ['text in the key', [100, col(1, 2, 'tre')], 'text i nyckeln (rad 3)'],
      ['a number typed as text', [100, col(1, '1 264 598')], 'text i nyckeln (rad 2)'],
      ['a boolean in the key', [100, col(true, 1)], 'text i nyckeln (rad 1)'],
      ['negative key', [100, col(1, -2)], 'negativt nyckelvärde (rad 2)'],
      ['blank key cell (null, Excel on the web)', [100, col(1, null, 2)], 'tom cell i nyckeln (rad 2)'],
      ['blank key cell (empty text)', [100, col(1, 2, '')], 'tom cell i nyckeln (rad 3)'],
      [
        'a key of several columns',
        [
          100,
          [
            [1, 2],
            [3, 4],
          ],
        ],
        'nyckeln ska vara en kolumn eller en rad',
      ],
      ['an empty key', [100, []], 'nyckeln ska vara en kolumn eller en rad'],
      ['amount not a number', ['många', col(1)], 'belopp är inte ett tal'],
      ['amount missing', [null, col(1)], 'belopp är inte ett tal'],
      ['amount with öre at 1 kr rounding', [100.5, col(1, 1)], 'belopp är inte en multipel av avrundningen'],
      [
        'amount not a multiple of 100',
        [1050, col(1, 1), null, null, 100],
        'belopp är inte en multipel av avrundningen',
      ],
      ['rounding unit 0', [100, col(1), null, null, 0], 'avrundning måste vara > 0'],
      ['negative rounding unit', [100, col(1), null, null, -1], 'avrundning måste vara > 0'],
      ['floor column of the wrong length', [100, col(1, 1, 1), col(1, 1)], 'golv har 2 rader men nyckeln 3'],
      [
        'codes of the wrong length',
        [100, col(1, 1), null, null, null, col('0180')],
        'koder har 1 rad men nyckeln 2',
      ],
      ['negative floor', [100, col(1, 1), -5], 'negativt golv'],
      [
        'floor not a multiple of the unit',
        [1000, col(1, 1), col(150, 0), null, 100],
        'golv är inte en multipel av avrundningen (rad 1)',
      ],
      ['text in the caps', [100, col(1, 1), null, col(50, 'max')], 'text i tak (rad 2)'],
      ['floors with a negative amount', [-100, col(1, 1), 0], 'golv och tak kräver belopp ≥ 0'],
    ];
    it.each(cases)('refuses %s', (_name, args, message) => {
      const result = fordela(...(args as Parameters<typeof fordela>)) as FormulaError;
      expect(result).toMatchObject({ error: '#VALUE!', message });
      expect(result.localized.en.length).toBeGreaterThan(0);
    });

    it('names the row in English too', () => {
      expect((fordela(100, col(1, 0)) as FormulaError).localized.en).toBe(
        '0 or blank cell in the key (row 2)',
      );
      expect((fordela(100, col(1, 2, 'x')) as FormulaError).localized.en).toBe('text in the key (row 3)');
    });

    it('never returns a number when the key is refused', () => {
      expect(Array.isArray(fordela(100, col(1, 'x')))).toBe(false);
    });
  });

  it('keeps every amount within one krona of its exact share on the Dalarna table', () => {
    const { rows, total, populationTotal } = loadDalarna();
    const amounts = flat(
      fordela(
        total,
        rows.map((r) => [r.population]),
      ),
    );
    amounts.forEach((a, i) => {
      const exactTimesP = BigInt(total) * BigInt(defined(rows[i], `row ${i + 1}`).population);
      const diff = BigInt(a) * BigInt(populationTotal) - exactTimesP;
      expect(diff < BigInt(populationTotal) && -diff < BigInt(populationTotal)).toBe(true);
    });
  });
});
