import { rational } from '../../../src/domain/money/arithmetic';
import { kronor } from '../../../src/domain/money/Kronor';
import { type PlanJson } from '../../../src/domain/plan/planSchema';
import { populationPerKommunPlan } from '../../../src/domain/presets/populationPerKommunPlan';
import {
  decodePaneMessage,
  decodeWindowMessage,
  encodePaneMessage,
  encodeWindowMessage,
  type PresentationSnapshot,
} from '../../../src/taskpane/meeting/presentationProtocol';
import { buildAllocation, units } from '../../helpers/allocationBuilder';

const UNITS = units([
  ['0604', 'Aneby'],
  ['0680', 'Jönköping'],
  ['0662', 'Gislaved'],
]);
// 1 000 000 kr by keys 1 : 6 : 3 → 100 000 / 600 000 / 300 000 kr; öre frame 1 000 000,50 kr keeps a fraction.
const allocation = buildAllocation({
  planName: 'A',
  units: UNITS,
  pots: [{ name: 'Nära vård', frame: 1_000_000n, keys: [1n, 6n, 3n] }],
});
const plan = populationPerKommunPlan() as PlanJson;

function snapshot(extra: Partial<PresentationSnapshot> = {}): PresentationSnapshot {
  return {
    lang: 'sv',
    plan,
    allocation,
    canUndo: true,
    canRedo: false,
    scenarios: [
      { id: 'a', name: 'Scenario A' },
      { id: 'b', name: 'Utan länsgemensamt' },
    ],
    activeId: 'a',
    ...extra,
  };
}

describe('encodePaneMessage / decodePaneMessage', () => {
  it('returns the same kronor per unit after the round trip (exact amounts as num/den text)', () => {
    const text = encodePaneMessage({ v: 1, type: 'state', snapshot: snapshot() });
    const decoded = decodePaneMessage(text)!;
    const pot = decoded.snapshot.allocation!.pots[0]!;
    expect(pot.amounts).toEqual([rational(100_000n), rational(600_000n), rational(300_000n)]);
    expect(pot.frame).toEqual(rational(1_000_000n));
    expect(decoded.snapshot.allocation!.units.map((u) => u.name)).toEqual(['Aneby', 'Jönköping', 'Gislaved']);
    expect(decoded.snapshot.scenarios).toHaveLength(2);
    expect(decoded.snapshot.canUndo).toBe(true);
    // The trace stays in the pane: the window shows amounts, never "Varför?".
    expect(pot.trace).toEqual([]);
    expect(text).toContain('"100000/1"');
  });

  it('keeps a fractional amount exact (öre: 1 000 000,5 kr is 2000001/2)', () => {
    const half = { ...allocation, totals: [kronor(rational(2_000_001n, 2n)), ...allocation.totals.slice(1)] };
    const decoded = decodePaneMessage(
      encodePaneMessage({ v: 1, type: 'state', snapshot: snapshot({ allocation: half }) }),
    )!;
    expect(decoded.snapshot.allocation!.totals[0]).toEqual({ num: 2_000_001n, den: 2n });
  });

  it('carries a snapshot without a result (the plan has problems)', () => {
    const decoded = decodePaneMessage(
      encodePaneMessage({ v: 1, type: 'state', snapshot: snapshot({ allocation: undefined }) }),
    )!;
    expect(decoded.snapshot.allocation).toBeUndefined();
    expect(decoded.snapshot.plan.name).toBe(plan.name);
  });

  describe('edge cases', () => {
    it('returns undefined for another protocol version', () => {
      const text = encodePaneMessage({ v: 1, type: 'state', snapshot: snapshot() }).replace('"v":1', '"v":2');
      expect(decodePaneMessage(text)).toBeUndefined();
    });

    it('returns undefined for text that is not JSON, not a string, or a window message', () => {
      expect(decodePaneMessage('{')).toBeUndefined();
      expect(decodePaneMessage({ v: 1 })).toBeUndefined();
      expect(decodePaneMessage(encodeWindowMessage({ v: 1, type: 'ready' }))).toBeUndefined();
    });

    it('returns undefined when an amount is not an exact num/den', () => {
      const text = encodePaneMessage({ v: 1, type: 'state', snapshot: snapshot() }).replace(
        '"100000/1"',
        '"1e5"',
      );
      expect(decodePaneMessage(text)).toBeUndefined();
    });
  });
});

describe('decodeWindowMessage', () => {
  it('returns ready, closed, undo, redo and scenario switches as sent', () => {
    expect(decodeWindowMessage(encodeWindowMessage({ v: 1, type: 'ready' }))).toEqual({
      v: 1,
      type: 'ready',
    });
    expect(decodeWindowMessage(encodeWindowMessage({ v: 1, type: 'closed' }))).toEqual({
      v: 1,
      type: 'closed',
    });
    for (const command of [
      { kind: 'undo' },
      { kind: 'redo' },
      { kind: 'switch-scenario', scenarioId: 'b' },
    ] as const)
      expect(decodeWindowMessage(encodeWindowMessage({ v: 1, type: 'command', command }))).toEqual({
        v: 1,
        type: 'command',
        command,
      });
  });

  it('returns a what-if edit with its plan and coalesce key', () => {
    const edited: PlanJson = { ...plan, name: 'Med golv' };
    const message = decodeWindowMessage(
      encodeWindowMessage({
        v: 1,
        type: 'command',
        command: { kind: 'edit-plan', plan: edited, coalesce: 'what-if-floor' },
      }),
    );
    expect(message).toEqual({
      v: 1,
      type: 'command',
      command: { kind: 'edit-plan', plan: edited, coalesce: 'what-if-floor' },
    });
  });

  describe('edge cases', () => {
    it('refuses an edit whose plan fails the plan schema', () => {
      const text = JSON.stringify({
        v: 1,
        type: 'command',
        command: { kind: 'edit-plan', plan: { pots: 'x' } },
      });
      expect(decodeWindowMessage(text)).toBeUndefined();
    });

    it('refuses unknown commands, other versions and a switch without a scenario id', () => {
      expect(decodeWindowMessage(JSON.stringify({ v: 1, type: 'command', command: { kind: 'write' } }))).toBe(
        undefined,
      );
      expect(decodeWindowMessage(JSON.stringify({ v: 0, type: 'ready' }))).toBeUndefined();
      expect(
        decodeWindowMessage(JSON.stringify({ v: 1, type: 'command', command: { kind: 'switch-scenario' } })),
      ).toBeUndefined();
      expect(decodeWindowMessage('[1]')).toBeUndefined();
    });
  });
});
