import { type PlanJson } from '../plan/planSchema';
import { type PlanPreset, PRESET_INDICATORS } from './PlanPreset';
import { PRESET_TEXTS } from '../findings/presetTexts';

/**
 * Jönköping style: set-asides off the top of Nära vård (1,9 Mkr samordning, 1,2 Mkr digitalisering), Nära vård
 * and Vårdens medarbetare by population, vidareutbildning as fixed amounts by population size class
 * (400 000 / 800 000 / 3 200 000 kr from 0 / 20 000 / 50 000 inhabitants — thresholds that reproduce the
 * published 2019–2022 column). Frames default to the published totals; edit them for your län.
 * @example tiersAndPopulationPlan().pots[0].steps.map((s) => s.kind) //=> ['set-aside', 'set-aside', 'key']
 */
export function tiersAndPopulationPlan(
  frames: { naraVard: string; medarbetare: string; vidareutbildning: string } = {
    naraVard: '37791485',
    medarbetare: '46759217',
    vidareutbildning: '9600000',
  },
): PlanJson {
  const byPopulation = { kind: 'key', key: { type: 'indicator', indicator: 'population' } } as const;
  return {
    version: 1,
    name: 'Socialchefsnätverket – storleksklasser och befolkning',
    level: 'kommun',
    indicators: [{ ...PRESET_INDICATORS.population }],
    rounding: { unit: '1', method: 'largest-remainder' },
    pots: [
      {
        id: 'nara-vard',
        name: 'Insatsområde Nära vård',
        frame: { amount: frames.naraVard },
        steps: [
          { kind: 'set-aside', name: 'Länsgemensamt – samordning', amount: '1900000' },
          { kind: 'set-aside', name: 'Länsgemensamt – digitalisering', amount: '1200000' },
          byPopulation,
        ],
      },
      {
        id: 'vardens-medarbetare',
        name: 'Insatsområde Vårdens medarbetare',
        frame: { amount: frames.medarbetare },
        steps: [byPopulation],
      },
      {
        id: 'vidareutbildning',
        name: 'Vidareutbildning sjuksköterska',
        frame: { amount: frames.vidareutbildning },
        steps: [
          {
            kind: 'tiers',
            label: 'Storleksklass',
            indicator: 'population',
            tiers: [
              { from: '0', amount: '400000' },
              { from: '20000', amount: '800000' },
              { from: '50000', amount: '3200000' },
            ],
          },
        ],
      },
    ],
  };
}

export const tiersAndPopulationPreset: PlanPreset = {
  id: 'storleksklasser-befolkning',
  level: 'kommun',
  ...PRESET_TEXTS['storleksklasser-befolkning'],
  build: () => tiersAndPopulationPlan(),
};
