import { rational } from '../../../src/domain/money/arithmetic';
import { formatPath, parsePlan, parsePlanText } from '../../../src/domain/plan/parsePlan';

const minimal = (over: Record<string, unknown> = {}) => ({
  version: 1,
  name: 'Test',
  pots: [
    { id: 'p', name: 'Pott', frame: { amount: '1 000' }, steps: [{ kind: 'key', key: { type: 'equal' } }] },
  ],
  ...over,
});
const codesAndPaths = (json: unknown) => {
  const r = parsePlan(json);
  return r.ok ? [] : r.problems.map((p) => [p.code, p.path]);
};

describe('parsePlan', () => {
  it('returns a plan with exact amounts and default rounding', () => {
    const r = parsePlan(minimal());
    if (!r.ok) throw new Error(r.problems[0]?.message.en);
    expect(r.plan.pots[0]?.frame).toEqual({ amount: rational(1000n) });
    expect(r.plan.rounding).toEqual({ unit: '1', method: 'largest-remainder' });
  });

  it('returns amounts written as JSON numbers or Swedish decimal strings', () => {
    const r = parsePlan(
      minimal({
        pots: [
          {
            id: 'p',
            name: 'P',
            frame: { amount: 1000 },
            steps: [
              { kind: 'set-aside-percent', name: 'Adm', percent: '2,5' },
              { kind: 'key', key: { type: 'equal' } },
            ],
          },
        ],
      }),
    );
    expect(r.ok && r.plan.pots[0]?.steps[0]).toEqual({
      kind: 'set-aside-percent',
      name: 'Adm',
      percent: rational(5n, 2n),
    });
  });

  it('returns a problem naming the JSON path of a malformed field', () => {
    const bad = minimal();
    const [pot] = bad.pots as { frame: unknown }[];
    if (!pot) throw new Error('minimal() has a pot');
    pot.frame = { amount: '12 kr' };
    expect(codesAndPaths(bad)).toEqual([['plan-invalid', 'pots[0].frame.amount']]);
    expect(codesAndPaths(minimal({ extra: true }))).toEqual([['plan-invalid', '']]);
    expect(
      codesAndPaths({
        ...minimal(),
        pots: [{ id: 'p', name: 'P', frame: { amount: 1 }, steps: [{ kind: 'magic' }] }],
      }),
    ).toEqual([['plan-invalid', 'pots[0].steps[0].kind']]);
  });

  it('returns sv and en messages for every schema problem', () => {
    const r = parsePlan({ version: 1, name: 5, pots: [] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.length).toBe(2);
      for (const p of r.problems) expect(p.message.sv).toMatch(/^Planen är ogiltig/);
      for (const p of r.problems) expect(p.message.en).toMatch(/^The plan is invalid/);
    }
  });

  it('returns a plan-version problem for a plan from a newer Länsnyckel', () => {
    expect(codesAndPaths(minimal({ version: 2 }))).toEqual([['plan-version', 'version']]);
  });

  describe('edge cases', () => {
    it('returns problems, not throws, for hostile input', () => {
      expect(parsePlan(null).ok).toBe(false);
      expect(parsePlan('plan').ok).toBe(false);
      expect(
        codesAndPaths(minimal({ pots: [{ id: 'p', name: 'P', frame: { amount: 1e300 }, steps: [] }] })),
      ).toEqual([['plan-invalid', 'pots[0].frame.amount']]);
      expect(
        codesAndPaths(minimal({ pots: [{ id: 'p', name: 'P', frame: { amount: '1e999999' }, steps: [] }] })),
      ).toEqual([['plan-invalid', 'pots[0].frame.amount']]);
      const tooMany = Array.from({ length: 101 }, (_, i) => ({
        id: `p${i}`,
        name: 'P',
        frame: { amount: 1 },
        steps: [],
      }));
      expect(codesAndPaths(minimal({ pots: tooMany }))).toEqual([['plan-invalid', 'pots']]);
      let deep: unknown = 1;
      for (let i = 0; i < 10_000; i++) deep = { a: deep };
      expect(parsePlan(minimal({ name: deep })).ok).toBe(false);
    });

    it('returns frames above 2^53 exactly when written as strings', () => {
      const r = parsePlan(
        minimal({ pots: [{ id: 'p', name: 'P', frame: { amount: '90071992547409930' }, steps: [] }] }),
      );
      expect(r.ok && r.plan.pots[0]?.frame).toEqual({ amount: rational(90071992547409930n) });
    });

    it('returns plan-level problems with their paths', () => {
      const pot = (steps: unknown[], id = 'p', amount: unknown = '1000') => ({
        id,
        name: 'P',
        frame: { amount },
        steps,
      });
      const blend = {
        kind: 'key',
        key: {
          type: 'blend',
          parts: [
            { indicator: 'a', weight: 50 },
            { indicator: 'b', weight: 40 },
          ],
        },
      };
      expect(codesAndPaths(minimal({ pots: [pot([blend])] }))).toEqual([
        ['plan-invalid', 'pots[0].steps[0].key.parts'],
      ]);
      const tiers = {
        kind: 'tiers',
        indicator: 'a',
        tiers: [
          { from: 10, amount: 1 },
          { from: 5, amount: 2 },
        ],
      };
      expect(codesAndPaths(minimal({ pots: [pot([tiers])] }))).toEqual([
        ['plan-invalid', 'pots[0].steps[0].tiers'],
      ]);
      const limits = { kind: 'limits', floor: 300, cap: 200 };
      const key = { kind: 'key', key: { type: 'equal' } };
      expect(codesAndPaths(minimal({ pots: [pot([key, limits])] }))).toEqual([
        ['cap-below-floor', 'pots[0].steps[1]'],
      ]);
      expect(codesAndPaths(minimal({ pots: [pot([limits])] }))[0]).toEqual(['plan-invalid', 'pots[0].steps']);
      expect(codesAndPaths(minimal({ pots: [pot([key, key])] }))).toEqual([
        ['plan-invalid', 'pots[0].steps'],
      ]);
      expect(codesAndPaths(minimal({ pots: [pot([key, { kind: 'limits' }, { kind: 'limits' }])] }))).toEqual([
        ['plan-invalid', 'pots[0].steps'],
      ]);
      expect(codesAndPaths(minimal({ pots: [pot([]), pot([])] }))).toEqual([['plan-invalid', 'pots[1].id']]);
      expect(codesAndPaths(minimal({ pots: [pot([], 'p', '10,5')] }))).toEqual([
        ['frame-not-multiple', 'pots[0].frame.amount'],
      ]);
      const aside = { kind: 'set-aside', name: 'S', amount: 2000 };
      expect(codesAndPaths(minimal({ pots: [pot([aside])] }))).toEqual([
        ['set-asides-exceed-frame', 'pots[0].steps'],
      ]);
      const pct = { kind: 'set-aside-percent', name: 'S', percent: 60 };
      expect(codesAndPaths(minimal({ pots: [pot([pct, pct])] }))).toEqual([
        ['set-asides-exceed-frame', 'pots[0].steps'],
      ]);
    });
  });
});

describe('parsePlanText', () => {
  it('returns the plan from JSON text', () => {
    expect(parsePlanText(JSON.stringify(minimal())).ok).toBe(true);
  });
  it('returns a problem for malformed JSON, absurd nesting and oversized text', () => {
    expect(codesAndPathsText('{"version": 1,')).toEqual(['plan-invalid']);
    expect(codesAndPathsText('['.repeat(200_000) + ']'.repeat(200_000))).toEqual(['plan-invalid']);
    expect(codesAndPathsText(' '.repeat(1_000_001))).toEqual(['plan-invalid']);
  });
});

describe('formatPath', () => {
  it('returns dotted paths with [index] for arrays', () => {
    expect(formatPath(['pots', 1, 'steps', 0, 'amount'])).toBe('pots[1].steps[0].amount');
    expect(formatPath([])).toBe('');
  });
});

function codesAndPathsText(text: string): string[] {
  const r = parsePlanText(text);
  return r.ok ? [] : r.problems.map((p) => p.code);
}

describe('parsePlan messages', () => {
  it('names the expected type in Swedish', () => {
    const parsed = parsePlan({ version: 1, name: 42, pots: [] });
    expect(!parsed.ok && parsed.problems[0]!.message.sv).toContain('fel typ (väntade en text)');
  });
});
