import { parsePlan } from '../../src/domain/plan/parsePlan';
import { type PlanJson } from '../../src/domain/plan/planSchema';
import { PLAN_PRESETS } from '../../src/domain/presets/planPresets';
import { populationPerKommunPlan } from '../../src/domain/presets/populationPerKommunPlan';
import { amountText, describePlanSentence } from '../../src/output/describePlanSentence';
import { defined } from '../helpers/defined';

const NBSP = '\u00A0';
const preset = (id: string): PlanJson => defined(PLAN_PRESETS.find((p) => p.id === id)).build();

describe('describePlanSentence', () => {
  it('returns the sentence of every preset in Swedish and English', () => {
    expect(PLAN_PRESETS.map((p) => [p.id, describePlanSentence(p.build(), 'sv')])).toEqual([
      ['ok2021-regioner', 'Efter befolkning'],
      ['ok2021-ambulans', `Grundbelopp 500${NBSP}000${NBSP}kr var, resten efter befolkning`],
      ['ok2021-kommuner-per-lan', 'Efter 50 % mottagare av kommunal hälso- och sjukvård + 50 % befolkning'],
      ['kommun-befolkning', 'Efter befolkning'],
      [
        'storleksklasser-befolkning',
        `Insatsområde Nära vård: 3,1${NBSP}Mkr länsgemensamt, resten efter befolkning; ` +
          'Insatsområde Vårdens medarbetare: efter befolkning; ' +
          'Vidareutbildning sjuksköterska: fasta belopp per storleksklass efter befolkning',
      ],
    ]);
    expect(describePlanSentence(preset('ok2021-ambulans'), 'en')).toBe(
      `Base amount 500${NBSP}000${NBSP}kr each, the rest by population`,
    );
    expect(describePlanSentence(preset('ok2021-kommuner-per-lan'), 'en')).toBe(
      'By 50 % recipients of municipal health care + 50 % population',
    );
  });

  it('returns the same sentence for the JSON and the parsed plan', () => {
    for (const p of PLAN_PRESETS) {
      const parsed = parsePlan(p.build());
      if (!parsed.ok) throw new Error(p.id);
      expect(describePlanSentence(parsed.plan, 'sv')).toBe(describePlanSentence(p.build(), 'sv'));
    }
  });

  it('returns the meeting sentence: set-aside off the top, the rest by key, a floor', () => {
    const plan = populationPerKommunPlan();
    const pot = defined(plan.pots[0], 'the pot');
    pot.steps = [
      { kind: 'set-aside', name: 'Länsgemensamt', amount: 1_900_000 },
      ...pot.steps,
      { kind: 'limits', floor: '300000', cap: '5 000 000' },
    ];
    expect(describePlanSentence(plan, 'sv')).toBe(
      `1,9${NBSP}Mkr länsgemensamt, resten efter befolkning, golv 300${NBSP}000${NBSP}kr, tak 5${NBSP}Mkr`,
    );
    expect(describePlanSentence(plan, 'en')).toBe(
      `1.9${NBSP}Mkr set aside for the county, the rest by population, floor 300${NBSP}000${NBSP}kr, cap 5${NBSP}Mkr`,
    );
  });

  it('refuses an amount that is not a number instead of describing a wrong plan', () => {
    const plan = populationPerKommunPlan();
    const pot = defined(plan.pots[0], 'the pot');
    pot.steps = [{ kind: 'base', amount: 'mycket' }, ...pot.steps];
    expect(() => describePlanSentence(plan, 'sv')).toThrow(/mycket/);
  });

  describe('edge cases', () => {
    it('returns Mkr only for whole tens of thousands from one million', () => {
      expect(amountText({ num: 1_200_000n, den: 1n }, 'sv')).toBe(`1,2${NBSP}Mkr`);
      expect(amountText({ num: 1_250_000n, den: 1n }, 'sv')).toBe(`1,25${NBSP}Mkr`);
      expect(amountText({ num: 1_250_001n, den: 1n }, 'sv')).toBe(`1${NBSP}250${NBSP}001${NBSP}kr`);
      expect(amountText({ num: 999_990n, den: 1n }, 'sv')).toBe(`999${NBSP}990${NBSP}kr`);
      expect(amountText({ num: -3_000_000n, den: 1n }, 'sv')).toBe(`\u22123${NBSP}Mkr`);
    });
  });
});
