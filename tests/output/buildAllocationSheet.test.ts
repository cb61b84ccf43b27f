import { buildAllocationSheet } from '../../src/output/buildAllocationSheet';
import { kronor, share } from '../../src/domain/money/Kronor';
import { outputTexts } from '../../src/output/outputTexts';
import { type SheetPlan } from '../../src/output/SheetPlan';
import {
  DALARNA_FRAME,
  dalarnaAllocation,
  dalarnaRows,
  swedenAllocation,
} from '../helpers/allocationBuilder';
import { cellAt, evaluateSheetPlan } from '../helpers/evaluateSheetPlan';
import { type Allocation } from '../../src/domain/allocation/Allocation';
import { defined } from '../helpers/defined';

const NAME = 'Fördelning – Test';

function planFor(allocation: Allocation, keyColumns = 0): SheetPlan {
  const sheet = buildAllocationSheet({
    name: NAME,
    allocation,
    plan: { name: 'Test', keyInWords: 'Befolkning' },
    source: { sheet: 'Data', range: 'A1:C300' },
    date: '2026-11-26',
    texts: outputTexts('sv'),
    keyColumns: Array.from({ length: keyColumns }, (_, j) => ({
      header: `Nyckel ${j + 1}`,
      values: allocation.units.map((_, i) => i + j),
    })),
    tableName: 'Lansnyckel_Test',
  });
  return { marker: 'test', sheets: [sheet] };
}

describe('buildAllocationSheet', () => {
  describe('290 kommuner × 3 pots, evaluated in HyperFormula', () => {
    const allocation = swedenAllocation();
    const plan = planFor(allocation);
    // Columns: A kod, B kommun, C andel (one: all pots share the key), D–F pots, G totalt; rows 5–294.
    const sumRow = 295;
    const controlRow = 296;

    it('returns control cells that are all 0 and sums equal to what each pot distributes', () => {
      const sheet = evaluateSheetPlan(plan);
      expect(['D', 'E', 'F', 'G'].map((c) => sheet.value(NAME, `${c}${controlRow}`))).toEqual([0, 0, 0, 0]);
      // Vidareutbildning has 1 234 567 kr set aside before the split.
      expect(['D', 'E', 'F', 'G'].map((c) => sheet.value(NAME, `${c}${sumRow}`))).toEqual([
        750_000_000, 150_000_000, 98_765_433, 998_765_433,
      ]);
      expect(sheet.value(NAME, `C${sumRow}`)).toBeCloseTo(1, 12);
    });

    it('returns the cached result of every formula equal to what HyperFormula computes', () => {
      const sheet = evaluateSheetPlan(plan);
      const block = defined(plan.sheets[0]?.blocks[2], 'the unit block');
      block.rows.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          if (cell.kind !== 'formula') return;
          const a1 = `${String.fromCharCode(65 + c)}${4 + r}`;
          expect([a1, sheet.value(NAME, a1)]).toEqual([a1, cell.result]);
        }),
      );
    });

    it('returns the exact delta in the control cells after a unit amount is edited', () => {
      const sheet = evaluateSheetPlan(plan);
      const before = sheet.value(NAME, 'E100') as number;
      sheet.set(NAME, 'E100', before + 1234);
      expect(sheet.value(NAME, `E${controlRow}`)).toBe(1234);
      expect(sheet.value(NAME, `G${controlRow}`)).toBe(1234);
      expect(sheet.value(NAME, `D${controlRow}`)).toBe(0);
      expect(sheet.value(NAME, 'G100')).toBe(
        (sheet.value(NAME, 'D100') as number) + before + 1234 + (sheet.value(NAME, 'F100') as number),
      );
    });

    it('writes a set-aside row under its pot', () => {
      expect(cellAt(plan.sheets[0], `B${controlRow + 1}`)).toEqual({
        kind: 'text',
        text: 'Avsatt: Länsgemensamt',
      });
      expect(cellAt(plan.sheets[0], `F${controlRow + 1}`)).toEqual({ kind: 'number', value: 1_234_567 });
      expect(cellAt(plan.sheets[0], `D${controlRow + 1}`)).toEqual({ kind: 'empty' });
    });
  });

  describe('Dalarna 2020, evaluated in HyperFormula', () => {
    const plan = planFor(dalarnaAllocation(), 1);

    it('returns 0 in the control cells and the frame in the sum row', () => {
      const sheet = evaluateSheetPlan(plan);
      expect(sheet.value(NAME, 'E20')).toBe(Number(DALARNA_FRAME));
      expect(sheet.value(NAME, 'E21')).toBe(0);
      expect(sheet.value(NAME, 'F21')).toBe(0);
    });

    it('returns −1 in the control cell when Avesta is lowered by one krona, and 0 again when restored', () => {
      const sheet = evaluateSheetPlan(plan);
      const avesta = defined(dalarnaRows()[0], 'Avesta');
      sheet.set(NAME, 'E5', Number(avesta.amount) - 1);
      expect(sheet.value(NAME, 'E21')).toBe(-1);
      expect(sheet.value(NAME, 'F21')).toBe(-1);
      sheet.set(NAME, 'E5', Number(avesta.amount));
      expect(sheet.value(NAME, 'E21')).toBe(0);
    });

    it('returns the whole amount as the gap when an amount is overwritten with text (SUM skips text)', () => {
      const sheet = evaluateSheetPlan(plan);
      sheet.set(NAME, 'E6', '2869325');
      expect(sheet.value(NAME, 'E21')).toBe(-2869325);
    });
  });

  describe('edge cases', () => {
    it('writes no share column for a pot without a key part (tiers or fixed amounts only)', () => {
      const base = dalarnaAllocation();
      const pot = defined(base.pots[0], 'the pot');
      const tiersOnly = {
        ...pot,
        potId: 'tiers',
        potName: 'Vidareutbildning',
        trace: pot.trace.map((t) => ({ ...t, share: share({ num: 0n, den: 1n }) })),
      };
      const allocation = {
        ...base,
        pots: [pot, tiersOnly],
        totals: base.totals.map((t) => kronor({ num: t.num * 2n, den: t.den })),
      };
      const sheet = defined(planFor(allocation).sheets[0], 'the sheet');
      const header = sheet.blocks
        .flatMap((b) => b.rows)
        .find((r) => r.some((c) => c.kind === 'text' && c.text === 'Kommun'));
      if (!header) throw new Error('no header row with Kommun');
      const texts = header.flatMap((c) => (c.kind === 'text' ? [c.text] : []));
      expect(texts.filter((t) => t.startsWith('Andel'))).toHaveLength(1);
      expect(texts.some((t) => t.includes('Vidareutbildning') && t.startsWith('Andel'))).toBe(false);
    });

    it('returns a ROUND control for öre amounts so an untouched sheet shows exactly 0', () => {
      const base = dalarnaAllocation();
      const ore = kronor({ num: 1n, den: 100n });
      const allocation: Allocation = {
        ...base,
        roundingUnit: ore,
        pots: base.pots.map((p) => ({
          ...p,
          // 0.10 + 0.20 style amounts: not exact in binary, exact in the plan.
          amounts: p.amounts.map((a, i) =>
            i < 2 ? kronor({ num: a.num * 100n + (i === 0 ? 10n : -10n), den: 100n }) : a,
          ),
        })),
      };
      const sheet = planFor(allocation);
      expect(cellAt(sheet.sheets[0], 'D21')).toEqual({
        kind: 'formula',
        formula: '=ROUND(SUM(D5:D19)-15711504,2)',
        result: 0,
      });
      expect(evaluateSheetPlan(sheet).value(NAME, 'D21')).toBe(0);
      expect(sheet.sheets[0]?.numberFormats).toContainEqual({ range: 'D5:E21', format: '#,##0.00' });
    });

    it('returns a control against a negative frame written in parentheses', () => {
      const base = dalarnaAllocation();
      const negate = (r: { num: bigint; den: bigint }) => kronor({ num: -r.num, den: r.den });
      const allocation: Allocation = {
        ...base,
        pots: base.pots.map((p) => ({
          ...p,
          frame: negate(p.frame),
          distributed: negate(p.distributed),
          amounts: p.amounts.map(negate),
        })),
      };
      const plan = planFor(allocation);
      expect(cellAt(plan.sheets[0], 'D21')).toEqual({
        kind: 'formula',
        formula: '=SUM(D5:D19)-(-15711504)',
        result: 0,
      });
      expect(evaluateSheetPlan(plan).value(NAME, 'D21')).toBe(0);
    });
  });
});
