import { type PlanJson } from '../plan/planSchema';
import { type PlanPreset, PRESET_INDICATORS } from './PlanPreset';
import { PRESET_TEXTS } from '../findings/presetTexts';

/**
 * Ambulans (ÖK 2021): 500 000 kr grundbelopp per region, the rest (74 500 000 kr of 85 Mkr) by population.
 * @example ambulansPlan().pots[0].steps[0] //=> { kind: 'base', label: 'Minimibelopp', amount: '500000' }
 */
export function ambulansPlan(frame = '85000000', base = '500000'): PlanJson {
  return {
    version: 1,
    name: 'ÖK 2021 – förstärkning av ambulanssjukvården',
    level: 'region',
    indicators: [{ ...PRESET_INDICATORS.population, source: 'SCB, befolkning 1 november 2020' }],
    rounding: { unit: '1', method: 'largest-remainder' },
    pots: [
      {
        id: 'ambulans',
        name: 'Förstärkning av ambulanssjukvården',
        frame: { amount: frame },
        steps: [
          { kind: 'base', label: 'Minimibelopp', amount: base },
          { kind: 'key', key: { type: 'indicator', indicator: 'population' } },
        ],
      },
    ],
  };
}

export const ambulansPreset: PlanPreset = {
  id: 'ok2021-ambulans',
  level: 'region',
  ...PRESET_TEXTS['ok2021-ambulans'],
  build: () => ambulansPlan(),
};
