import { type FollowupAllocation, type ReportedRow } from '../../src/domain/followup/Followup';
import { reconcileFollowup } from '../../src/domain/followup/reconcileFollowup';
import { fromBigInt } from '../../src/domain/money/arithmetic';
import { buildFollowupSheet } from '../../src/output/buildFollowupSheet';
import { FOLLOWUP_TEXTS } from '../../src/output/followupTexts';
import { evaluateSheetPlan } from '../helpers/evaluateSheetPlan';
import { kommunCode } from '../../src/domain/units/UnitCode';
import { defined } from '../helpers/defined';

const kr = (n: number): ReturnType<typeof fromBigInt> => fromBigInt(BigInt(n));
const SHEET = 'Återredovisning';

/** Dalarna 2020, three kommuner as published, and 100 000 kr set aside länsgemensamt (invented). */
const ALLOCATION: FollowupAllocation = {
  sheet: 'Fördelning',
  range: 'A4:F7',
  setAside: kr(100000),
  amounts: [
    { unit: 'Avesta', code: kommunCode('2084'), pot: 'Vårdens medarbetare', amount: kr(1264598), cell: 'E5' },
    {
      unit: 'Borlänge',
      code: kommunCode('2081'),
      pot: 'Vårdens medarbetare',
      amount: kr(2869325),
      cell: 'E6',
    },
    { unit: 'Falun', code: kommunCode('2080'), pot: 'Vårdens medarbetare', amount: kr(3241208), cell: 'E7' },
  ],
};

function reported(
  r: number,
  unit: string,
  code: string,
  allocated: number,
  used: number,
  unused: number,
): ReportedRow {
  const amount = (col: string, column: string, v: number) => ({ value: kr(v), cell: `${col}${r}`, column });
  return {
    unit,
    code: kommunCode(code),
    labelCell: `A${r}`,
    allocated: amount('B', 'Tilldelat', allocated),
    used: amount('C', 'Förbrukat', used),
    unused: amount('D', 'Ej förbrukat', unused),
  };
}

function sheetFor(rows: ReportedRow[]) {
  const report = { sheet: 'Rapport', range: 'A1:D4', rows };
  const result = reconcileFollowup(ALLOCATION, report);
  const sheet = buildFollowupSheet({
    name: SHEET,
    allocation: ALLOCATION,
    report,
    result,
    findings: result.findings,
    texts: FOLLOWUP_TEXTS.sv,
    date: '2021-03-31',
  });
  return { sheet, evaluated: evaluateSheetPlan({ marker: 'test', sheets: [sheet] }) };
}

const CLEAN = [
  reported(2, 'Avesta', '2084', 1264598, 1000000, 264598),
  reported(3, 'Borlänge', '2081', 2869325, 2869325, 0),
  reported(4, 'Falun', '2080', 3241208, 3000000, 241208),
];

describe('buildFollowupSheet', () => {
  it('lays out one row per kommun with status, live sums and a summary for the ekonomisk redovisning', () => {
    const { evaluated } = sheetFor(CLEAN);
    const v = (a1: string) => evaluated.value(SHEET, a1);
    expect([v('A4'), v('B4'), v('C4'), v('E4'), v('F4'), v('G4'), v('I4')]).toEqual([
      'Kod',
      'Kommun',
      'Tilldelat',
      'Förbrukat',
      'Ej förbrukat',
      'Andel förbrukad',
      'Status',
    ]);
    expect([v('A5'), v('B5'), v('C5'), v('E5'), v('F5'), v('I5')]).toEqual([
      '2084',
      'Avesta',
      1264598,
      1000000,
      264598,
      'stämmer',
    ]);
    // Avesta used 1 000 000 of 1 264 598 = 79,08 %.
    expect(v('G5')).toBeCloseTo(0.7908, 4);
    // Sum row: 1 264 598 + 2 869 325 + 3 241 208 = 7 375 131; used 6 869 325; unused 505 806.
    expect([v('B8'), v('C8'), v('E8'), v('F8')]).toEqual(['Summa', 7375131, 6869325, 505806]);
    // Ekonomisk redovisning: received 7 475 131 = 100 000 set aside + 7 375 131 distributed.
    expect([v('B11'), v('B12'), v('C12'), v('C13'), v('C14'), v('C15'), v('C16')]).toEqual([
      'Ekonomisk redovisning',
      'Mottaget av RSS',
      7475131,
      100000,
      7375131,
      6869325,
      505806,
    ]);
  });

  it('shows 0 in every control cell on a clean report, and the Δ after an edit', () => {
    const { evaluated } = sheetFor(CLEAN);
    const v = (a1: string) => evaluated.value(SHEET, a1);
    expect([v('H5'), v('H6'), v('H7'), v('H8'), v('C9'), v('C18')]).toEqual([0, 0, 0, 0, 0, 0]);
    evaluated.set(SHEET, 'E5', 1000500); // Avesta's förbrukat 500 kr higher
    expect([v('H5'), v('H8'), v('C18')]).toEqual([-500, -500, -500]);
    evaluated.set(SHEET, 'C6', 2869000); // someone types over Borlänge's tilldelat: 325 kr short
    expect([v('C9'), v('H6')]).toEqual([-325, -325]);
  });

  it('marks the control cells red when not 0 and lists every finding with a link to its cell', () => {
    const rows = [...CLEAN];
    rows[2] = reported(4, 'Falun', '2080', 3241280, 3000000, 241280); // Δ +72
    const { sheet, evaluated } = sheetFor(rows.slice(0, 1).concat(defined(rows[2], 'Falun'))); // Borlänge missing
    const v = (a1: string) => evaluated.value(SHEET, a1);
    expect([v('I5'), v('I6'), v('I7')]).toEqual(['stämmer', 'saknas', 'avvikelse']);
    // Row controls: Borlänge 2 869 325 − 0 − 0; Falun 3 241 208 − 3 000 000 − 241 280 = −72.
    expect([v('H6'), v('H7')]).toEqual([2869325, -72]);
    expect(sheet.conditionalFormats?.map((c) => c.range)).toEqual(['H5:H7', 'C9', 'C18']);
    expect(sheet.hyperlinks).toEqual([
      { address: 'C21', text: 'Gå till Fördelning!E6', sheet: 'Fördelning', cell: 'E6' },
      { address: 'C22', text: 'Gå till Rapport!B4', sheet: 'Rapport', cell: 'B4' },
    ]);
    expect([v('A20'), v('A21'), v('B21'), v('A22'), v('B22')]).toEqual([
      'Anmärkningar',
      'Fel',
      'Återredovisning saknas',
      'Fel',
      'Redovisat tilldelat avviker från fördelningen',
    ]);
  });

  it('repays only what is left: an overspending kommun does not lower the others’ repayment', () => {
    const { evaluated } = sheetFor([
      reported(2, 'Avesta', '2084', 1264598, 1300000, -35402), // 35 402 kr more than it got
      reported(3, 'Borlänge', '2081', 2869325, 2800000, 69325),
      reported(4, 'Falun', '2080', 3241208, 3000000, 241208),
    ]);
    const v = (a1: string) => evaluated.value(SHEET, a1);
    // Att återbetala 69 325 + 241 208 = 310 533 (not 275 131); förbrukat utöver tilldelat 35 402; control
    // 7 375 131 − 7 100 000 − 310 533 + 35 402 = 0.
    expect([v('B15'), v('C15'), v('B16'), v('C16'), v('B17'), v('C17'), v('C18')]).toEqual([
      'Redovisat förbrukat',
      7100000,
      'Ej förbrukat (att återbetala)',
      310533,
      'Förbrukat utöver tilldelat (negativt ej förbrukat)',
      35402,
      0,
    ]);
    evaluated.set(SHEET, 'F6', 0); // Borlänge's ej förbrukat typed over as 0: 69 325 unaccounted for
    expect([v('C16'), v('C18')]).toEqual([241208, 69325]);
  });
});
