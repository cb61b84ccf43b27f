import { rational } from '../../../src/domain/money/arithmetic';
import { type PlanJson } from '../../../src/domain/plan/planSchema';
import { performCommand } from '../../../src/taskpane/commands/registry';
import { initialSession, sessionReducer } from '../../../src/taskpane/state/sessionReducer';

const kr = (n: number) => rational(BigInt(n));

/** A small plan written out by hand: one pot of 10 Mkr with a set-aside, tiers, a blend key and a floor. */
const plan = (): PlanJson => ({
  version: 1,
  name: 'Test',
  indicators: [
    { id: 'bef', name: 'Befolkning' },
    { id: 'yta', name: 'Yta' },
  ],
  rounding: { unit: '1', method: 'largest-remainder' },
  pots: [
    {
      id: 'p1',
      name: 'Pott 1',
      frame: { amount: '10000000' },
      steps: [
        { kind: 'set-aside', name: 'Länsgemensamt', amount: '500000' },
        { kind: 'tiers', indicator: 'bef', tiers: [{ from: '0', amount: '100000' }] },
        {
          kind: 'key',
          key: {
            type: 'blend',
            parts: [
              { indicator: 'bef', weight: '50' },
              { indicator: 'yta', weight: '50' },
            ],
          },
        },
        { kind: 'limits', floor: '200000' },
      ],
    },
  ],
});

const steps = (p: PlanJson) => p.pots[0]?.steps;

describe('plan commands', () => {
  it('sets a pot frame from a Rational as an exact decimal string, leaving the input unchanged', () => {
    const before = plan();
    const next = performCommand(before, {
      name: 'setPotFrame',
      args: { pot: 0, amount: rational(31_400_001n, 2n) },
    });
    expect(next.pots[0]?.frame).toEqual({ amount: '15700000.5' });
    expect(before).toEqual(plan());
  });

  it('adds a grundbelopp between the tiers and the key', () => {
    const next = performCommand(plan(), { name: 'addStep', args: { pot: 0, kind: 'base' } });
    expect(steps(next)?.map((s) => s.kind)).toEqual(['set-aside', 'tiers', 'base', 'key', 'limits']);
    expect(steps(next)?.[2]).toEqual({ kind: 'base', amount: '0' });
  });

  it('adds a percent set-aside after the existing set-aside, before the tiers', () => {
    const next = performCommand(plan(), { name: 'addStep', args: { pot: 0, kind: 'set-aside-percent' } });
    expect(steps(next)?.[1]).toEqual({ kind: 'set-aside-percent', name: 'Länsgemensamt', percent: '0' });
    expect(steps(next)?.[2]?.kind).toBe('tiers');
  });

  it('sets and removes a cap beside the floor', () => {
    const capped = performCommand(plan(), {
      name: 'setLimit',
      args: { pot: 0, step: 3, limit: 'cap', amount: kr(2_000_000) },
    });
    expect(steps(capped)?.[3]).toEqual({ kind: 'limits', floor: '200000', cap: '2000000' });
    const noFloor = performCommand(capped, {
      name: 'setLimit',
      args: { pot: 0, step: 3, limit: 'floor', amount: undefined },
    });
    expect(steps(noFloor)?.[3]).toEqual({ kind: 'limits', cap: '2000000' });
  });

  it('edits a tier row and adds one', () => {
    const edited = performCommand(plan(), {
      name: 'setTier',
      args: { pot: 0, step: 1, row: 0, field: 'amount', value: kr(125_000) },
    });
    const added = performCommand(edited, { name: 'addTier', args: { pot: 0, step: 1 } });
    expect(steps(added)?.[1]).toEqual({
      kind: 'tiers',
      indicator: 'bef',
      tiers: [
        { from: '0', amount: '125000' },
        { from: '0', amount: '0' },
      ],
    });
  });

  it('sets a blend weight of 33,33 % and removes the second part', () => {
    const weighted = performCommand(plan(), {
      name: 'setBlendWeight',
      args: { pot: 0, step: 2, part: 0, weight: rational(3333n, 100n) },
    });
    const single = performCommand(weighted, { name: 'removeBlendPart', args: { pot: 0, step: 2, part: 1 } });
    expect(steps(single)?.[2]).toEqual({
      kind: 'key',
      key: { type: 'blend', parts: [{ indicator: 'bef', weight: '33.33' }] },
    });
  });

  it('turns the key into a one-indicator key on the first indicator', () => {
    const next = performCommand(plan(), { name: 'setKeyType', args: { pot: 0, step: 2, type: 'indicator' } });
    expect(steps(next)?.[2]).toEqual({ kind: 'key', key: { type: 'indicator', indicator: 'bef' } });
  });

  it('adds a pot with the first free id and a key on the first indicator, and removes it again', () => {
    const added = performCommand(plan(), { name: 'addPot', args: { name: 'Pott 2' } });
    expect(added.pots[1]).toEqual({
      id: 'pott-2',
      name: 'Pott 2',
      frame: { amount: '0' },
      steps: [{ kind: 'key', key: { type: 'indicator', indicator: 'bef' } }],
    });
    expect(performCommand(added, { name: 'removePot', args: { pot: 1 } })).toEqual(plan());
  });

  it('sets a what-if knob through the registry', () => {
    const next = performCommand(plan(), {
      name: 'setWhatIfKnob',
      args: { pot: 0, knob: 'setAside', value: kr(800_000) },
    });
    expect(steps(next)?.[0]).toEqual({ kind: 'set-aside', name: 'Länsgemensamt', amount: '800000' });
  });

  describe('edge cases', () => {
    it('changes nothing when the step at the address is of another kind (a stale command)', () => {
      const next = performCommand(plan(), {
        name: 'setTier',
        args: { pot: 0, step: 0, row: 0, field: 'from', value: kr(5) },
      });
      expect(next).toEqual(plan());
    });

    it('keeps the last pot, the last tier row and the last blend part', () => {
      expect(performCommand(plan(), { name: 'removePot', args: { pot: 0 } }).pots).toHaveLength(1);
      const oneRow = performCommand(plan(), { name: 'removeTier', args: { pot: 0, step: 1, row: 0 } });
      expect(steps(oneRow)?.[1]).toEqual(steps(plan())?.[1]);
    });
  });
});

describe('the session reducer runs commands as data', () => {
  it('dispatches a command on the active scenario, coalesces typing into one undo step and undoes it', () => {
    const s0 = initialSession(plan(), 'A');
    const typed = ['N', 'Nä', 'När'].reduce(
      (s, name) =>
        sessionReducer(s, { type: 'command', name: 'setPlanName', args: { name }, coalesce: 'name' }),
      s0,
    );
    expect(typed.scenarios[0]?.plan.name).toBe('När');
    expect(typed.past).toHaveLength(1);
    expect(sessionReducer(typed, { type: 'undo' }).scenarios[0]?.plan).toEqual(plan());
  });
});
