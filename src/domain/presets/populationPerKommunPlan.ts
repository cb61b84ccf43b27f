import { type PlanJson } from '../plan/planSchema';
import { type PlanPreset, PRESET_INDICATORS } from './PlanPreset';
import { PRESET_TEXTS } from '../findings/presetTexts';

/**
 * One pot split over a län's kommuner by population (Dalarna 2020: 15 711 504 kr, population 31 Dec 2019).
 * @example populationPerKommunPlan().pots[0].frame //=> { amount: '15711504' }
 */
export function populationPerKommunPlan(frame = '15711504', name = 'Vårdens medarbetare'): PlanJson {
  return {
    version: 1,
    name: `${name} – per kommun efter befolkning`,
    level: 'kommun',
    indicators: [{ ...PRESET_INDICATORS.population }],
    rounding: { unit: '1', method: 'largest-remainder' },
    pots: [
      {
        id: 'pott',
        name,
        frame: { amount: frame },
        steps: [{ kind: 'key', key: { type: 'indicator', indicator: 'population' } }],
      },
    ],
  };
}

export const populationPerKommunPreset: PlanPreset = {
  id: 'kommun-befolkning',
  level: 'kommun',
  ...PRESET_TEXTS['kommun-befolkning'],
  build: () => populationPerKommunPlan(),
};
