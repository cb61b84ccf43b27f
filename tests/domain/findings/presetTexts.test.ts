import { PRESET_TEXTS } from '../../../src/domain/findings/presetTexts';
import { PLAN_PRESETS } from '../../../src/domain/presets/planPresets';

describe('PRESET_TEXTS', () => {
  it('has the text of every shipped preset and of no other', () => {
    expect(PLAN_PRESETS.map((p) => p.id).sort()).toEqual(Object.keys(PRESET_TEXTS).sort());
  });

  it('is what the presets show, in both languages', () => {
    const ambulans = PLAN_PRESETS.find((p) => p.id === 'ok2021-ambulans');
    expect(ambulans?.name).toEqual({
      sv: 'Ambulans – grundbelopp + befolkning',
      en: 'Ambulance – base amount + population',
    });
    expect(ambulans?.description.sv).toBe(
      '500 000 kr till varje region, resten (74,5 Mkr av 85 Mkr) efter befolkning.',
    );
  });
});
