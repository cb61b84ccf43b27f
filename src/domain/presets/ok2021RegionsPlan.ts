import { type PlanJson } from '../plan/planSchema';
import { type PlanPreset, PRESET_INDICATORS } from './PlanPreset';
import { PRESET_TEXTS } from '../findings/presetTexts';

const POTS = [
  ['nara-vard', 'Utveckling av den nära vården med fokus på primärvård', '2409000000'],
  ['vardens-medarbetare', 'Goda förutsättningar för vårdens medarbetare', '2531000000'],
  ['vidareutbildning', 'Vidareutbildning för sjuksköterskor', '400000000'],
  ['karriartjanster', 'Karriärtjänster för specialistsjuksköterskor', '100000000'],
  ['1177', 'Utveckling av 1177 Vårdguiden', '100000000'],
  ['vision-e-halsa', 'Insatser inom ramen för Vision e-hälsa', '100000000'],
] as const;

/**
 * ÖK 2021 Bilaga 4: the regions' six pots, each by population 1 Nov 2020, largest remainder to the krona.
 * @example ok2021RegionsPlan().pots[1].frame //=> { amount: '2531000000' } (Goda förutsättningar för vårdens medarbetare)
 */
export function ok2021RegionsPlan(): PlanJson {
  return {
    version: 1,
    name: 'ÖK 2021 – medel till regionerna',
    level: 'region',
    indicators: [{ ...PRESET_INDICATORS.population, source: 'SCB, befolkning 1 november 2020' }],
    rounding: { unit: '1', method: 'largest-remainder' },
    pots: POTS.map(([id, name, amount]) => ({
      id,
      name,
      frame: { amount },
      steps: [{ kind: 'key', key: { type: 'indicator', indicator: 'population' } }],
    })),
  };
}

export const ok2021RegionsPreset: PlanPreset = {
  id: 'ok2021-regioner',
  level: 'region',
  ...PRESET_TEXTS['ok2021-regioner'],
  build: ok2021RegionsPlan,
};
