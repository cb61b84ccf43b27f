import { fordelaBas } from '../../src/functions/fordelaBas';
import { type FormulaError } from '../../src/functions/FormulaError';

const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);

describe('fordelaBas', () => {
  it('gives every unit the base, then splits the rest by the key', () => {
    // 1 000 kr, base 200 each, rest 400 by 1:1:8 → 40/40/320 (base first, then the rest pro rata).
    expect(fordelaBas(1000, 200, col(1, 1, 8))).toEqual(col(240, 240, 520));
  });

  it('follows the ambulans model: 500 000 kr per region and the rest by population', () => {
    // Rest 2 000 000 by 1:3 → 500 000 / 1 500 000.
    expect(fordelaBas(3_000_000, 500_000, col(100_000, 300_000))).toEqual(col(1_000_000, 2_000_000));
  });

  it('rounds the rest by largest remainder so the sum is exact', () => {
    // Rest 10 by 1:1:1 → 4/3/3 (earlier row wins the tie).
    expect(fordelaBas(40, 10, col(1, 1, 1))).toEqual(col(14, 13, 13));
  });

  it('refuses a 0 in the key (desktop Excel passes a blank cell as 0)', () => {
    expect(fordelaBas(100, 10, col(0, 1, 1))).toMatchObject({
      message: '0 eller tom cell i nyckeln (rad 1)',
    });
  });

  it('with a base of 0 is FORDELA', () => {
    expect(fordelaBas(13, 0, col(1, 2, 3, 4))).toEqual(col(1, 3, 4, 5));
  });

  it('allocates in hundreds and breaks ties by code', () => {
    expect(fordelaBas(1100, 300, col(1, 1), 100, col('2', '1'))).toEqual(col(500, 600));
  });

  describe('errors', () => {
    const cases: [string, unknown[], string][] = [
      ['Σ base > amount', [100, 60, col(1, 1)], 'Σ grundbelopp > belopp'],
      ['negative base', [100, -10, col(1, 1)], 'negativt grundbelopp'],
      ['base not a number', [100, 'bas', col(1, 1)], 'grundbelopp är inte ett tal'],
      [
        'base not a multiple of the unit',
        [1000, 150, col(1, 1), 100],
        'grundbelopp är inte en multipel av avrundningen',
      ],
      ['text in the key', [100, 10, col(1, 'x')], 'text i nyckeln (rad 2)'],
      ['all-zero key', [100, 10, col(0, 0)], '0 eller tom cell i nyckeln (rad 1)'],
      ['blank in the key', [100, 10, col(null, 1)], 'tom cell i nyckeln (rad 1)'],
    ];
    it.each(cases)('refuses %s', (_name, args, message) => {
      expect(fordelaBas(...(args as Parameters<typeof fordelaBas>)) as FormulaError).toMatchObject({
        error: '#VALUE!',
        message,
      });
    });
  });
});
