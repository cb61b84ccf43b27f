import { bland } from '../../src/functions/bland';
import { type FormulaError } from '../../src/functions/FormulaError';

const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);

describe('bland', () => {
  it('weights the normalized shares of each key, not the raw values', () => {
    // Key 1 shares 1/4, 3/4; key 2 shares 1/2, 1/2; 50/50 → 3/8, 5/8.
    expect(bland([col(1, 3), [[0.5]], col(1000, 1000), [[0.5]]])).toEqual(col(0.375, 0.625));
  });

  it('accepts weights typed as percent numbers (50 and 50)', () => {
    expect(bland([col(1, 3), [[50]], col(1, 1), [[50]]])).toEqual(col(0.375, 0.625));
  });

  it('accepts a weight passed as a plain number', () => {
    expect(bland([col(1, 3), 0.5, col(1, 1), 0.5])).toEqual(col(0.375, 0.625));
  });

  it('computes the blend exactly before converting to numbers', () => {
    // 1/2·(1/3) + 1/2·1 = 2/3; 1/2·(1/3) = 1/6 twice.
    expect(bland([col(1, 1, 1), [[0.5]], col(1, 0, 0), [[0.5]]])).toEqual(col(2 / 3, 1 / 6, 1 / 6));
  });

  it('takes three keys', () => {
    expect(bland([col(1, 0), [[0.2]], col(0, 1), [[0.3]], col(1, 1), [[0.5]]])).toEqual(col(0.45, 0.55));
  });

  it('returns a row for row keys', () => {
    expect(bland([[[1, 1]], [[1]]])).toEqual([[0.5, 0.5]]);
  });

  describe('errors', () => {
    const cases: [string, unknown[], string][] = [
      [
        'weights summing to 90 %',
        [col(1, 1), [[0.6]], col(1, 2), [[0.3]]],
        'vikterna summerar inte till 100 %',
      ],
      ['weights summing to 110', [col(1, 1), [[60]], col(1, 2), [[50]]], 'vikterna summerar inte till 100 %'],
      [
        'a key without a weight',
        [col(1, 1), [[1]], col(1, 2)],
        'BLAND vill ha par: nyckel; vikt; nyckel; vikt …',
      ],
      ['no arguments', [], 'BLAND vill ha par: nyckel; vikt; nyckel; vikt …'],
      [
        'keys of different lengths',
        [col(1, 1), [[0.5]], col(1, 2, 3), [[0.5]]],
        'nyckeln har 3 rader men nyckeln 2',
      ],
      ['a negative weight', [col(1, 1), [[1.5]], col(1, 2), [[-0.5]]], 'negativ vikt'],
      ['a weight that is text', [col(1, 1), [['hälften']], col(1, 2), [[0.5]]], 'vikten är inte ett tal'],
      ['text in a key', [col(1, 'x'), [[1]]], 'text i nyckeln (rad 2)'],
      ['a key summing to 0', [col(1, 1), [[0.5]], col(0, 0), [[0.5]]], 'nyckeln summerar till 0'],
    ];
    it.each(cases)('refuses %s', (_name, args, message) => {
      expect(bland(args) as FormulaError).toMatchObject({ error: '#VALUE!', message });
    });
  });
});
