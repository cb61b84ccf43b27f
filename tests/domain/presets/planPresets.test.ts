import { parsePlan } from '../../../src/domain/plan/parsePlan';
import { PLAN_PRESETS } from '../../../src/domain/presets/planPresets';

describe('PLAN_PRESETS', () => {
  it.each(PLAN_PRESETS.map((p) => [p.id, p]))('returns a valid, named plan for %s', (_id, preset) => {
    expect(
      preset.name.sv.length *
        preset.name.en.length *
        preset.description.sv.length *
        preset.description.en.length,
    ).toBeGreaterThan(0);
    const parsed = parsePlan(preset.build());
    expect(parsed.ok && parsed.plan.level).toBe(preset.level);
  });

  it('returns a fresh copy on every build, so editing one never changes the preset', () => {
    const [preset] = PLAN_PRESETS;
    const [pot] = preset?.build().pots ?? [];
    if (!preset || !pot) throw new Error('expected a preset with a pot');
    pot.name = 'Ändrad';
    expect(preset.build().pots[0]?.name).not.toBe('Ändrad');
  });

  it('returns unique ids', () => {
    expect(new Set(PLAN_PRESETS.map((p) => p.id)).size).toBe(PLAN_PRESETS.length);
  });
});
