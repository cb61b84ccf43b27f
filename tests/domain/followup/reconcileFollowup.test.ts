import fc from 'fast-check';
import { fromBigInt } from '../../../src/domain/money/arithmetic';
import {
  type AllocatedAmount,
  type FollowupAllocation,
  type FollowupReport,
  type ReportedAmount,
  type ReportedRow,
} from '../../../src/domain/followup/Followup';
import { reconcileFollowup } from '../../../src/domain/followup/reconcileFollowup';
import { toNumber } from '../../../src/domain/money/toNumber';
import { kommunCode } from '../../../src/domain/units/UnitCode';
import { defined } from '../../helpers/defined';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const kr = (n: number): ReturnType<typeof fromBigInt> => fromBigInt(BigInt(n));

/** Dalarna 2020 (Vårdens medarbetare), three of its kommuner as published: one pot, column C of rows 2–4. */
const ALLOCATION: FollowupAllocation = {
  sheet: 'Fördelning',
  range: 'A1:C4',
  amounts: [
    { unit: 'Avesta', code: kommunCode('2084'), pot: 'Vårdens medarbetare', amount: kr(1264598), cell: 'C2' },
    {
      unit: 'Borlänge',
      code: kommunCode('2081'),
      pot: 'Vårdens medarbetare',
      amount: kr(2869325),
      cell: 'C3',
    },
    { unit: 'Falun', code: kommunCode('2080'), pot: 'Vårdens medarbetare', amount: kr(3241208), cell: 'C4' },
  ],
};

/** A report row on sheet "Återrapport": B tilldelat, C förbrukat, D ej förbrukat. */
function row(r: number, unit: string, allocated?: number, used?: number, unused?: number): ReportedRow {
  const at = (col: string, header: string, v?: number): ReportedAmount | undefined =>
    v === undefined ? undefined : { value: kr(v), cell: `${col}${r}`, column: header };
  const a = at('B', 'Tilldelat', allocated);
  const u = at('C', 'Förbrukat', used);
  const e = at('D', 'Ej förbrukat', unused);
  return {
    unit,
    labelCell: `A${r}`,
    ...(a ? { allocated: a } : {}),
    ...(u ? { used: u } : {}),
    ...(e ? { unused: e } : {}),
  };
}
const report = (rows: ReportedRow[]): FollowupReport => ({ sheet: 'Återrapport', range: 'A1:D4', rows });
const clean = (): ReportedRow[] => [
  row(2, 'Avesta', 1264598, 1000000, 264598),
  row(3, 'Borlänge', 2869325, 2869325, 0),
  row(4, 'Falun', 3241208, 3000000, 241208),
];

describe('reconcileFollowup', () => {
  it('finds nothing on a report that matches the allocation and balances', () => {
    const result = reconcileFollowup(ALLOCATION, report(clean()));
    expect(result.findings).toEqual([]);
    expect(result.lines.map((l) => l.status)).toEqual(['ok', 'ok', 'ok']);
    // 1 264 598 + 2 869 325 + 3 241 208 = 7 375 131; used 1 000 000 + 2 869 325 + 3 000 000 = 6 869 325.
    expect(toNumber(result.totals.allocated)).toBe(7375131);
    expect(toNumber(result.totals.used)).toBe(6869325);
    expect(toNumber(result.totals.unused)).toBe(505806);
  });

  it('matches by label ignoring case, spaces and hyphens when the report has no codes', () => {
    const rows = clean();
    rows[1] = { ...defined(rows[1], 'Borlänge'), unit: ' BORLÄNGE ' };
    expect(reconcileFollowup(ALLOCATION, report(rows)).findings).toEqual([]);
  });

  it('followup-allocation-mismatch: Falun reports 3 241 280 where it got 3 241 208, Δ +72 kr', () => {
    const rows = clean();
    rows[2] = row(4, 'Falun', 3241280, 3000000, 241280);
    const [f, ...rest] = reconcileFollowup(ALLOCATION, report(rows)).findings;
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      code: 'followup-allocation-mismatch',
      severity: 'error',
      sheet: 'Återrapport',
      cells: ['B4'],
      unit: 'Falun',
      column: 'Tilldelat',
      stated: 3241280,
      computed: 3241208,
      delta: 72,
    });
    expect(f?.message.sv).toContain('Fördelning!C4');
    expect(f?.message.sv).toContain('skillnad 72 kr');
  });

  it('followup-overspent: Avesta reports 1 300 000 used of 1 264 598, Δ 35 402 kr', () => {
    const rows = clean();
    rows[0] = row(2, 'Avesta', 1264598, 1300000, -35402);
    const findings = reconcileFollowup(ALLOCATION, report(rows)).findings;
    expect(findings.map((f) => [f.code, f.cells, f.stated, f.computed, f.delta])).toEqual([
      ['followup-overspent', ['C2'], 1300000, 1264598, 35402],
    ]);
    expect(findings[0]?.message.en).toContain('35,402 kr too much');
  });

  it('followup-balance: Borlänge 2 869 325 − 2 800 000 is 69 325 but it reports 69 000 unused, Δ −325 kr', () => {
    const rows = clean();
    rows[1] = row(3, 'Borlänge', 2869325, 2800000, 69000);
    const findings = reconcileFollowup(ALLOCATION, report(rows)).findings;
    expect(findings.map((f) => [f.code, f.cells, f.stated, f.computed, f.delta])).toEqual([
      ['followup-balance', ['D3', 'B3', 'C3'], 69000, 69325, -325],
    ]);
    expect(findings[0]?.message.sv).toContain('tilldelat (B3) − förbrukat (C3)');
  });

  it('followup-balance counts överfört as neither used nor unused', () => {
    const rows = clean();
    const transferred: ReportedAmount = { value: kr(200000), cell: 'E2', column: 'Överfört' };
    rows[0] = { ...row(2, 'Avesta', 1264598, 1000000, 64598), transferred };
    expect(reconcileFollowup(ALLOCATION, report(rows)).findings).toEqual([]);
    rows[0] = { ...row(2, 'Avesta', 1264598, 1000000, 264598), transferred };
    // 1 264 598 − 1 000 000 − 200 000 = 64 598; 264 598 reported: Δ +200 000.
    expect(reconcileFollowup(ALLOCATION, report(rows)).findings.map((f) => f.delta)).toEqual([200000]);
  });

  it('followup-balance: a förbrukat typed as text cannot be reconciled', () => {
    const rows = clean();
    const { used: _used, ...withoutUsed } = defined(rows[2], 'Falun');
    rows[2] = { ...withoutUsed, unreadable: [{ cell: 'C4', column: 'Förbrukat', text: 'se bilaga' }] };
    const result = reconcileFollowup(ALLOCATION, report(rows));
    expect(result.findings.map((f) => [f.code, f.cells])).toEqual([['followup-balance', ['C4']]]);
    expect(result.findings[0]?.message.sv).toContain('”se bilaga”, inte ett belopp');
    expect(result.lines[2]?.status).toBe('deviation');
  });

  it('followup-unit-missing: Borlänge got 2 869 325 and sends no report, Δ −2 869 325 kr on the allocation sheet', () => {
    const rows = clean();
    const result = reconcileFollowup(
      ALLOCATION,
      report([defined(rows[0], 'Avesta'), defined(rows[2], 'Falun')]),
    );
    expect(result.findings.map((f) => [f.code, f.sheet, f.cells, f.unit, f.delta])).toEqual([
      ['followup-unit-missing', 'Fördelning', ['C3'], 'Borlänge', -2869325],
    ]);
    expect(result.lines.map((l) => l.status)).toEqual(['ok', 'missing', 'ok']);
  });

  it('followup-unit-unexpected: Gagnef reports 562 189 but is not in this allocation, Δ +562 189 kr', () => {
    const result = reconcileFollowup(ALLOCATION, report([...clean(), row(5, 'Gagnef', 562189, 562189, 0)]));
    expect(result.findings.map((f) => [f.code, f.cells, f.unit, f.delta])).toEqual([
      ['followup-unit-unexpected', ['A5'], 'Gagnef', 562189],
    ]);
    expect(result.lines.at(-1)).toMatchObject({ unit: 'Gagnef', status: 'unexpected' });
    expect(toNumber(result.totals.used)).toBe(6869325 + 562189);
  });

  it('compares a report without pots against the sum of the unit’s pots', () => {
    const twoPots: FollowupAllocation = {
      ...ALLOCATION,
      amounts: [
        { unit: 'Falun', pot: 'A', amount: kr(600), cell: 'C2' },
        { unit: 'Falun', pot: 'B', amount: kr(400), cell: 'D2' },
      ],
    };
    expect(reconcileFollowup(twoPots, report([row(2, 'Falun', 1000, 900, 100)])).findings).toEqual([]);
    const [f] = reconcileFollowup(twoPots, report([row(2, 'Falun', 1001, 900, 101)])).findings;
    expect([f?.code, f?.delta]).toEqual(['followup-allocation-mismatch', 1]);
  });

  it('matches a report per pot by pot name', () => {
    const twoPots: FollowupAllocation = {
      ...ALLOCATION,
      amounts: [
        { unit: 'Falun', pot: 'Vårdens medarbetare', amount: kr(600), cell: 'C2' },
        { unit: 'Falun', pot: 'Ambulans', amount: kr(400), cell: 'D2' },
      ],
    };
    const rows = [
      { ...row(2, 'Falun', 400, 500, -100), pot: 'ambulans' },
      { ...row(3, 'Falun', 600, 600, 0), pot: 'Vårdens medarbetare' },
    ];
    const findings = reconcileFollowup(twoPots, report(rows)).findings;
    // Ambulans: 500 used of 400 → overspent Δ +100; its balance 400 − 500 = −100 holds.
    expect(findings.map((f) => [f.code, f.cells, f.delta])).toEqual([['followup-overspent', ['C2'], 100]]);
    expect(findings[0]?.message.sv).toContain('(”Ambulans”)');
  });

  it('properties: a report built from any allocation with used ≤ allocated and unused = allocated − used reconciles with zero findings', () => {
    const allocationArb = fc
      .array(fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.double({ min: 0, max: 1, noNaN: true })), {
        minLength: 1,
        maxLength: 30,
      })
      .chain((units) =>
        fc.tuple(
          fc.constant(units),
          fc.shuffledSubarray(
            units.map((_, i) => i),
            { minLength: units.length },
          ),
        ),
      );
    fc.assert(
      fc.property(allocationArb, ([units, order]) => {
        const amounts: AllocatedAmount[] = units.map(([amount], i) => ({
          unit: `Enhet ${i}`,
          pot: 'Pott',
          amount: fromBigInt(amount),
          cell: `C${i + 2}`,
        }));
        const rows: ReportedRow[] = order.map((i, r) => {
          const [amount, fraction] = defined(units[i], `unit ${i}`);
          const used = BigInt(Math.floor(Number(amount) * fraction));
          const cell = (col: string): string => `${col}${r + 2}`;
          return {
            unit: `enhet ${i}`,
            labelCell: cell('A'),
            allocated: { value: fromBigInt(amount), cell: cell('B'), column: 'Tilldelat' },
            used: { value: fromBigInt(used), cell: cell('C'), column: 'Förbrukat' },
            unused: { value: fromBigInt(amount - used), cell: cell('D'), column: 'Ej förbrukat' },
          };
        });
        const result = reconcileFollowup({ sheet: 'F', range: 'A1', amounts }, report(rows));
        expect(result.findings).toEqual([]);
        expect(result.lines.every((l) => l.status === 'ok')).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
