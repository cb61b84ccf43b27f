import { type PlanJson } from '../../../src/domain/plan/planSchema';
import { parsePlan } from '../../../src/domain/plan/parsePlan';
import { ambulansPlan } from '../../../src/domain/presets/ambulansPlan';
import { ok2021KommunPotsPlan } from '../../../src/domain/presets/ok2021KommunPotsPlan';
import { populationPerKommunPlan } from '../../../src/domain/presets/populationPerKommunPlan';
import { tiersAndPopulationPlan } from '../../../src/domain/presets/tiersAndPopulationPlan';
import { rational } from '../../../src/domain/money/arithmetic';
import { potFrame, readKnobAmounts, readKnobs, setKnob } from '../../../src/taskpane/meeting/whatIfKnobs';

const kr = (n: number) => rational(BigInt(n));
const stepsOf = (plan: PlanJson) => plan.pots[0]?.steps ?? [];
/** The plan with its first pot's steps replaced. */
const withSteps = (plan: PlanJson, steps: ReturnType<typeof stepsOf>): PlanJson => ({
  ...plan,
  pots: plan.pots.map((pot, i) => (i === 0 ? { ...pot, steps } : pot)),
});

describe('whatIfKnobs', () => {
  it('reads set-asides, floor, grundbelopp and blend weight of a pot', () => {
    expect(readKnobs(tiersAndPopulationPlan(), 0)).toEqual({ setAside: 3_100_000, floor: 0, base: 0 });
    expect(readKnobs(ambulansPlan(), 0)).toEqual({ setAside: 0, floor: 0, base: 500_000 });
    expect(readKnobs(ok2021KommunPotsPlan(), 0).blendWeight).toBe(50);
    expect(potFrame(ambulansPlan())).toEqual(kr(85_000_000));
  });

  it('returns a new valid plan with "1,2 Mkr off the top" added first, leaving the input unchanged', () => {
    const plan = populationPerKommunPlan();
    const before = JSON.stringify(plan);
    const next = setKnob(plan, 0, 'setAside', kr(1_200_000));
    expect(JSON.stringify(plan)).toBe(before);
    expect(stepsOf(next)[0]).toEqual({ kind: 'set-aside', name: 'Länsgemensamt', amount: '1200000' });
    expect(readKnobs(next).setAside).toBe(1_200_000);
    expect(parsePlan(next).ok).toBe(true);
  });

  it('moves the set-aside total by changing the last set-aside first, never below 0', () => {
    const plan = tiersAndPopulationPlan(); // 1,9 Mkr + 1,2 Mkr
    const more = setKnob(plan, 0, 'setAside', kr(3_500_000));
    expect(
      stepsOf(more)
        .slice(0, 2)
        .map((s) => (s.kind === 'set-aside' ? s.amount : '')),
    ).toEqual(['1900000', '1600000']);
    const less = setKnob(plan, 0, 'setAside', kr(1_000_000));
    expect(
      stepsOf(less)
        .slice(0, 2)
        .map((s) => (s.kind === 'set-aside' ? s.amount : '')),
    ).toEqual(['1000000', '0']);
    expect(readKnobs(less).setAside).toBe(1_000_000);
  });

  it('sets and removes a floor, keeping a cap', () => {
    const plan = populationPerKommunPlan();
    const floored = setKnob(plan, 0, 'floor', kr(300_000));
    expect(stepsOf(floored).at(-1)).toEqual({ kind: 'limits', floor: '300000' });
    expect(readKnobs(floored).floor).toBe(300_000);
    expect(stepsOf(setKnob(floored, 0, 'floor', kr(0)))).toEqual(stepsOf(plan));
    const capped = withSteps(plan, [...stepsOf(plan), { kind: 'limits', cap: '9000000' }]);
    expect(stepsOf(setKnob(capped, 0, 'floor', kr(1))).at(-1)).toEqual({
      kind: 'limits',
      cap: '9000000',
      floor: '1',
    });
  });

  it('puts a new grundbelopp before the key, edits an existing one and removes it at 0', () => {
    const withBase = setKnob(populationPerKommunPlan(), 0, 'base', kr(100_000));
    expect(stepsOf(withBase).map((s) => s.kind)).toEqual(['base', 'key']);
    expect(stepsOf(setKnob(ambulansPlan(), 0, 'base', kr(600_000)))[0]).toEqual({
      kind: 'base',
      label: 'Minimibelopp',
      amount: '600000',
    });
    expect(stepsOf(setKnob(ambulansPlan(), 0, 'base', kr(0))).map((s) => s.kind)).toEqual(['key']);
  });

  it('splits a two-part blend so the weights still sum to 100 %', () => {
    const next = setKnob(ok2021KommunPotsPlan(), 0, 'blendWeight', rational(3333n, 100n));
    expect(readKnobs(next).blendWeight).toBe(33.33);
    const key = stepsOf(next).find((s) => s.kind === 'key');
    expect(key?.kind === 'key' && key.key.type === 'blend' && key.key.parts.map((p) => p.weight)).toEqual([
      '33.33',
      '66.67',
    ]);
    expect(parsePlan(next).ok).toBe(true);
  });

  it('adds set-asides exactly and rounds a knob to whole kronor half away from zero', () => {
    const plan = populationPerKommunPlan();
    const tenths = withSteps(plan, [
      { kind: 'set-aside', name: 'a', amount: '0.1' },
      { kind: 'set-aside', name: 'b', amount: '0.2' },
      ...stepsOf(plan),
    ]);
    // 0.1 + 0.2 is 3/10 exactly, not 0.30000000000000004.
    expect(readKnobAmounts(tenths).setAside).toEqual(rational(3n, 10n));
    const next = setKnob(plan, 0, 'floor', rational(2_400_001n, 2n)); // 1 200 000,5 kr
    expect(stepsOf(next).at(-1)).toEqual({ kind: 'limits', floor: '1200001' });
  });

  describe('edge cases', () => {
    it('refuses negative values, missing pots and weights over 100', () => {
      expect(() => setKnob(ambulansPlan(), 0, 'floor', rational(-1n))).toThrow(RangeError);
      expect(() => setKnob(ambulansPlan(), 3, 'floor', kr(1))).toThrow(/pot 3/);
      expect(() => setKnob(ok2021KommunPotsPlan(), 0, 'blendWeight', kr(101))).toThrow(/100/);
    });
  });
});
