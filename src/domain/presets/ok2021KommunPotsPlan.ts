import { type PlanJson } from '../plan/planSchema';
import { type PlanPreset, PRESET_INDICATORS } from './PlanPreset';
import { PRESET_TEXTS } from '../findings/presetTexts';

const POTS = [
  ['nara-vard', 'Nära vård', '750000000'],
  ['vardens-medarbetare', 'Vårdens medarbetare', '150000000'],
  ['vidareutbildning', 'Vidareutbildning', '100000000'],
] as const;

/**
 * ÖK 2021 Bilaga 3: the kommunernas medel per län, with the key the agreement states: half by mottagare of
 * kommunal hälso- och sjukvård, half by population. The published columns do not follow it (see the tests).
 * @example ok2021KommunPotsPlan().pots.map((p) => p.frame.amount) //=> ['750000000', '150000000', '100000000']
 */
export function ok2021KommunPotsPlan(): PlanJson {
  return {
    version: 1,
    name: 'ÖK 2021 – kommunernas medel per län',
    level: 'region',
    indicators: [
      { ...PRESET_INDICATORS.population, source: 'SCB, befolkning 1 november 2020' },
      { ...PRESET_INDICATORS.mottagare, source: 'Socialstyrelsen, 2019' },
    ],
    rounding: { unit: '1', method: 'largest-remainder' },
    pots: POTS.map(([id, name, amount]) => ({
      id,
      name,
      frame: { amount },
      steps: [
        {
          kind: 'key',
          key: {
            type: 'blend',
            parts: [
              { indicator: 'mottagare', weight: '50' },
              { indicator: 'population', weight: '50' },
            ],
          },
        },
      ],
    })),
  };
}

export const ok2021KommunPotsPreset: PlanPreset = {
  id: 'ok2021-kommuner-per-lan',
  level: 'region',
  ...PRESET_TEXTS['ok2021-kommuner-per-lan'],
  build: ok2021KommunPotsPlan,
};
