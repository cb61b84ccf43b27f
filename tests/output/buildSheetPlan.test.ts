import { type Finding } from '../../src/domain/findings/Finding';
import { buildSheetPlan, type SheetPlanInput } from '../../src/output/buildSheetPlan';
import { dalarnaAllocation, dalarnaRows } from '../helpers/allocationBuilder';
import { cellAt, sheetOf } from '../helpers/evaluateSheetPlan';
import { defined } from '../helpers/defined';
import { NoUnitsError } from '../../src/output/outputErrors';

const PLAN = {
  name: 'Dalarna 2020',
  keyInWords: 'Befolkning 31 dec 2019',
  steps: ['Hela ramen fördelas efter befolkning.'],
  json: '{"name":"Dalarna 2020","frame":15711504}',
  sources: [{ label: 'Befolkning', value: 'SCB, 31 dec 2019' }],
};

function input(overrides: Partial<SheetPlanInput> = {}): SheetPlanInput {
  const rows = dalarnaRows();
  return {
    allocation: dalarnaAllocation(),
    findings: [],
    plan: PLAN,
    source: { sheet: 'Dalarna', range: 'A1:C17' },
    date: '2026-11-26',
    lang: 'sv',
    existingSheetNames: ['Dalarna'],
    keyColumns: [{ header: 'Befolkning dec 2019', values: rows.map((r) => Number(r.population)) }],
    ...overrides,
  };
}

/** The amounts a finding may lack (a label problem has no stated/computed/delta). */
type AmountKey = 'stated' | 'computed' | 'delta';

/** A finding like the Dalarna sum mismatch, changed by `over` and without the amounts named in `omit`. */
const finding = (over: Partial<Finding>, omit: readonly AmountKey[] = []): Finding => {
  const f: { -readonly [K in keyof Finding]: Finding[K] } = {
    code: 'column-total-mismatch',
    severity: 'error',
    sheet: 'Dalarna',
    cells: ['C17', 'C2'],
    column: 'Ers per kommun',
    stated: 15711505,
    computed: 15711504,
    delta: 1,
    message: { sv: 'Summan stämmer inte', en: 'The sum does not match' },
    ...over,
  };
  for (const key of omit) delete f[key];
  return f;
};

describe('buildSheetPlan', () => {
  it('returns the three sheets with Swedish names, the allocation sheet first', () => {
    const plan = buildSheetPlan(input());
    expect(plan.sheets.map((s) => [s.role, s.name])).toEqual([
      ['allocation', 'Fördelning – Dalarna 2020'],
      ['checks', 'Kontroller'],
      ['basis', 'Underlag'],
    ]);
    expect(plan.marker).toBe('Dalarna 2020|2026-11-26');
  });

  it('returns English sheet names and texts when lang is en', () => {
    const plan = buildSheetPlan(input({ lang: 'en' }));
    expect(plan.sheets.map((s) => s.name)).toEqual(['Allocation – Dalarna 2020', 'Checks', 'Basis']);
    expect(cellAt(plan.sheets[0], 'B20')).toEqual({ kind: 'text', text: 'Sum' });
  });

  it('returns names unique against the existing sheets and among themselves, at most 31 characters', () => {
    const long = 'Vårdens medarbetare och kompetensförsörjning 2020';
    const plan = buildSheetPlan(
      input({
        plan: { ...PLAN, name: long },
        existingSheetNames: ['kontroller', 'Underlag', 'Underlag (2)'],
      }),
    );
    const names = plan.sheets.map((s) => s.name);
    expect(names).toEqual(['Fördelning – Vårdens medarbeta…', 'Kontroller (2)', 'Underlag (3)']);
    for (const name of names) expect([...name].length).toBeLessThanOrEqual(31);
  });

  it('writes the caption, header and one row per unit with code as text and the published amounts', () => {
    const sheet = sheetOf(buildSheetPlan(input()), 'allocation');
    expect(cellAt(sheet, 'A2')).toEqual({
      kind: 'text',
      text: 'Plan: Dalarna 2020 · Nyckel: Befolkning 31 dec 2019 · Källa: Dalarna!A1:C17 · Datum: 2026-11-26',
    });
    expect(['A4', 'B4', 'C4', 'D4', 'E4', 'F4'].map((a) => cellAt(sheet, a))).toEqual(
      ['Kod', 'Kommun', 'Befolkning dec 2019', 'Andel', 'Vårdens medarbetare', 'Totalt'].map((text) => ({
        kind: 'text',
        text,
      })),
    );
    // Avesta is first in the published table: 23 178 inhabitants, 1 264 598 kr.
    expect(cellAt(sheet, 'A5')).toEqual({ kind: 'text', text: '2084' });
    expect(cellAt(sheet, 'B5')).toEqual({ kind: 'text', text: 'Avesta' });
    expect(cellAt(sheet, 'C5')).toEqual({ kind: 'number', value: 23178 });
    expect(cellAt(sheet, 'D5')).toEqual({ kind: 'number', value: 23178 / 287966 });
    expect(cellAt(sheet, 'E5')).toEqual({ kind: 'number', value: 1264598 });
    expect(cellAt(sheet, 'F5')).toEqual({ kind: 'formula', formula: '=SUM(E5)', result: 1264598 });
    expect(cellAt(sheet, 'B19')).toEqual({ kind: 'text', text: 'Älvdalen' });
  });

  it('writes a sum row of live SUMs and a control row that is 0 against the frame', () => {
    const sheet = sheetOf(buildSheetPlan(input()), 'allocation');
    expect(cellAt(sheet, 'B20')).toEqual({ kind: 'text', text: 'Summa' });
    expect(cellAt(sheet, 'C20')).toEqual({ kind: 'formula', formula: '=SUM(C5:C19)', result: 287966 });
    expect(cellAt(sheet, 'E20')).toEqual({ kind: 'formula', formula: '=SUM(E5:E19)', result: 15711504 });
    expect(cellAt(sheet, 'F20')).toEqual({ kind: 'formula', formula: '=SUM(F5:F19)', result: 15711504 });
    expect(cellAt(sheet, 'B21')).toEqual({ kind: 'text', text: 'Kontroll: summa − ram (ska vara 0)' });
    expect(cellAt(sheet, 'E21')).toEqual({ kind: 'formula', formula: '=SUM(E5:E19)-15711504', result: 0 });
    expect(cellAt(sheet, 'F21')).toEqual({ kind: 'formula', formula: '=SUM(F5:F19)-15711504', result: 0 });
  });

  it('returns the formats, table, red control rule, frozen header and printable page setup', () => {
    const sheet = sheetOf(buildSheetPlan(input()), 'allocation');
    expect(sheet.numberFormats).toEqual([
      { range: 'C5:C20', format: '#,##0' },
      { range: 'D5:D20', format: '0.00%' },
      { range: 'E5:F21', format: '#,##0' },
    ]);
    expect(sheet.table?.range).toBe('A4:F19');
    expect(sheet.table?.name).toMatch(/^Lansnyckel_Fordelning_Dalarna_2020_[0-9a-f]{8}$/);
    expect(sheet.conditionalFormats).toEqual([
      { range: 'E21:F21', rule: 'not-equal-zero', fill: '#FFC7CE', fontColor: '#9C0006' },
    ]);
    expect(sheet.freezeRows).toBe(4);
    expect(sheet.bold).toEqual(['A1', 'A4:F4', 'A20:F21']);
    expect(sheet.pageSetup).toEqual({
      orientation: 'landscape',
      paper: 'A4',
      fitToPagesWide: 1,
      header: 'Fördelning – Dalarna 2020 – 2026-11-26',
      footer: 'Länsnyckel – Befolkning 31 dec 2019 – Dalarna!A1:C17',
    });
  });

  it('writes "Inga fel" on Kontroller when there are no findings', () => {
    const sheet = sheetOf(buildSheetPlan(input()), 'checks');
    expect(cellAt(sheet, 'A4')).toEqual({ kind: 'text', text: 'Inga fel' });
    expect(cellAt(sheet, 'A2')).toEqual({
      kind: 'text',
      text: 'Inga fel, 0 varningar, 0 upplysningar (2026-11-26)',
    });
    expect(sheet.hyperlinks).toEqual([]);
  });

  it('lists findings errors first, severity and title in Swedish, with a link to the first cell', () => {
    const findings = [
      finding(
        {
          code: 'label-whitespace',
          severity: 'warning',
          cells: ['A7'],
          unit: 'Leksand ',
        },
        ['stated'],
      ),
      finding({}),
    ];
    const sheet = sheetOf(buildSheetPlan(input({ findings })), 'checks');
    const row5 = ['A5', 'B5', 'C5', 'D5', 'E5', 'F5', 'G5', 'H5', 'I5', 'J5', 'K5'].map((a) =>
      cellAt(sheet, a),
    );
    expect(row5).toEqual([
      { kind: 'text', text: 'Fel' },
      { kind: 'text', text: 'Kolumnsumman stämmer inte' },
      { kind: 'text', text: 'column-total-mismatch' },
      { kind: 'text', text: 'Summan stämmer inte' },
      { kind: 'text', text: 'Dalarna' },
      { kind: 'text', text: 'C17, C2' },
      { kind: 'empty' },
      { kind: 'text', text: 'Ers per kommun' },
      { kind: 'number', value: 15711505 },
      { kind: 'number', value: 15711504 },
      { kind: 'number', value: 1 },
    ]);
    expect(cellAt(sheet, 'A6')).toEqual({ kind: 'text', text: 'Varning' });
    expect(cellAt(sheet, 'B6')).toEqual({ kind: 'text', text: 'Extra mellanslag i namnet' });
    expect(cellAt(sheet, 'I6')).toEqual({ kind: 'empty' });
    expect(sheet.hyperlinks).toEqual([
      { address: 'F5', text: 'C17, C2', sheet: 'Dalarna', cell: 'C17' },
      { address: 'F6', text: 'A7', sheet: 'Dalarna', cell: 'A7' },
    ]);
    expect(cellAt(sheet, 'A2')).toEqual({
      kind: 'text',
      text: '1 fel, 1 varning, 0 upplysningar (2026-11-26)',
    });
  });

  it('heads Kontroller in Swedish and says which way the difference goes', () => {
    const sheet = sheetOf(buildSheetPlan(input({ findings: [finding({})] })), 'checks');
    expect(sheet.blocks[2]?.rows[0]).toEqual(
      [
        'Allvarlighetsgrad',
        'Kontroll',
        'Kod',
        'Meddelande',
        'Blad',
        'Celler',
        'Enhet',
        'Kolumn',
        'Angivet',
        'Beräknat',
        'Differens (angivet − beräknat)',
      ].map((text) => ({ kind: 'text', text })),
    );
    expect(sheet.bold).toEqual(['A1', 'A4:K4']);
    expect(sheet.columnWidths?.map((w) => w.col)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('heads Checks in English with English titles when lang is en', () => {
    const findings = [finding({ severity: 'info', code: 'total-formula-range' })];
    const sheet = sheetOf(buildSheetPlan(input({ findings, lang: 'en' })), 'checks');
    expect(cellAt(sheet, 'K4')).toEqual({ kind: 'text', text: 'Difference (stated − computed)' });
    expect(cellAt(sheet, 'B5')).toEqual({ kind: 'text', text: 'Total formula covers the wrong rows' });
    expect(cellAt(sheet, 'A2')).toEqual({ kind: 'text', text: 'No errors, 0 warnings, 1 info (2026-11-26)' });
  });

  it('counts one info finding as "1 upplysning"', () => {
    const findings = [finding({ severity: 'info', code: 'rounding-drift' })];
    const sheet = sheetOf(buildSheetPlan(input({ findings })), 'checks');
    expect(cellAt(sheet, 'A5')).toEqual({ kind: 'text', text: 'Upplysning' });
    expect(cellAt(sheet, 'B5')).toEqual({ kind: 'text', text: 'Avrundat cell för cell' });
    expect(cellAt(sheet, 'A2')).toEqual({
      kind: 'text',
      text: 'Inga fel, 0 varningar, 1 upplysning (2026-11-26)',
    });
  });

  it('formats the amount columns in one range per run of findings that share a format', () => {
    const findings = [
      finding({}),
      finding({ stated: 10.5, computed: 10, delta: 0.5 }),
      finding({ stated: 0.25, computed: 0, delta: 0.25 }),
      finding({ severity: 'warning' }),
      finding({ severity: 'info' }, ['stated', 'computed', 'delta']),
    ];
    const sheet = sheetOf(buildSheetPlan(input({ findings })), 'checks');
    expect(sheet.numberFormats).toEqual([
      { range: 'I5:K5', format: '#,##0' },
      { range: 'I6:K7', format: '#,##0.00' },
      { range: 'I8:K9', format: '#,##0' },
    ]);
  });

  it('formats 500 whole-krona findings with a single number format', () => {
    const findings = Array.from({ length: 500 }, (_, i) => finding({ cells: [`C${i + 2}`] }));
    const sheet = sheetOf(buildSheetPlan(input({ findings })), 'checks');
    expect(sheet.numberFormats).toEqual([{ range: 'I5:K504', format: '#,##0' }]);
    expect(sheet.hyperlinks?.[499]).toEqual({
      address: 'F504',
      text: 'C501',
      sheet: 'Dalarna',
      cell: 'C501',
    });
  });

  it('writes no English word in the Swedish sheets but the finding codes, which stay for searching', () => {
    const findings = [
      finding({}),
      finding({ code: 'label-whitespace', severity: 'info', unit: 'Leksand' }),
      finding({ code: 'number-as-text', severity: 'warning' }),
    ];
    const plan = buildSheetPlan(input({ findings }));
    const codes = new Set(findings.map((f) => f.code));
    const texts = plan.sheets
      .flatMap((s) => s.blocks.flatMap((b) => b.rows.flat()))
      .flatMap((c) => (c.kind === 'text' ? [c.text] : []))
      .filter((t) => !codes.has(t as Finding['code']) && t !== PLAN.json);
    // Words of the English texts; none of them is also a Swedish word the sheets use.
    const english =
      /\b(info|check|checks|sum|total|severity|code|message|sheet|cells|unit|stated|computed|difference|floor|remainder|rank|rounded|yes|no|key|share|amount|frame)\b/i;
    expect(texts.filter((t) => english.test(t))).toEqual([]);
  });

  it('writes the trace on Underlag with the exact share and amount as decimal and fraction', () => {
    const sheet = sheetOf(buildSheetPlan(input()), 'basis');
    const rows = defined(sheet.blocks[0], 'the trace block').rows;
    const avesta = rows.find(
      ([code, name]) => name?.kind === 'text' && name.text === 'Avesta' && code?.kind === 'text',
    );
    // Expected values computed independently (Python fractions/decimal): 23178/287966 and 15711504 · that.
    expect(avesta).toEqual([
      { kind: 'text', text: '2084' },
      { kind: 'text', text: 'Avesta' },
      { kind: 'text', text: '0,080488668801177916837404415799' },
      { kind: 'text', text: '11589/143983' },
      { kind: 'text', text: '1264598,04182438204510254683' },
      { kind: 'text', text: '182080619856/143983' },
      { kind: 'number', value: 1264598 },
      { kind: 'text', text: '0,04182438204510254683' },
      { kind: 'empty' },
      { kind: 'text', text: 'Nej' },
      { kind: 'text', text: 'nyckel: 1264598,041824 kr' },
      { kind: 'empty' },
      { kind: 'number', value: 1264598 },
    ]);
  });

  it('heads the trace with the rounded-down amount and the remainder in kronor, not the plan\'s "Golv"', () => {
    const sheet = sheetOf(buildSheetPlan(input()), 'basis');
    const header = defined(sheet.blocks[0], 'the trace block').rows.find(
      ([first]) => first?.kind === 'text' && first.text === 'Kod',
    );
    expect(header?.map((c) => (c.kind === 'text' ? c.text : ''))).toEqual([
      'Kod',
      'Namn',
      'Andel (decimal)',
      'Andel (bråk)',
      'Exakt belopp i kr (decimal)',
      'Exakt belopp i kr (bråk)',
      'Avrundat nedåt',
      'Rest i kr (decimal)',
      'Rang',
      'Avrundat uppåt',
      'Delar per steg',
      'Begränsning',
      'Belopp',
    ]);
  });

  it('writes the plan in words, its JSON, sources and the tie-break rule on Underlag', () => {
    const sheet = sheetOf(buildSheetPlan(input()), 'basis');
    const texts = defined(sheet.blocks[0], 'the first block')
      .rows.flat()
      .flatMap((c) => (c.kind === 'text' ? [c.text] : []));
    expect(texts).toEqual(
      expect.arrayContaining([
        'Underlag – Dalarna 2020',
        'Befolkning 31 dec 2019',
        'Hela ramen fördelas efter befolkning.',
        PLAN.json,
        'SCB, 31 dec 2019',
        'Dalarna!A1:C17',
        '2026-11-26',
        '1 kr',
      ]),
    );
    expect(
      texts.some((t) => t.includes('Lika rest: större nyckelvärde först, därefter lägre officiell kod')),
    ).toBe(true);
  });

  it('splits a long plan JSON into cells under 32 767 characters that join back to it', () => {
    const json = JSON.stringify({ name: 'x', notes: 'ä'.repeat(70000) });
    const sheet = sheetOf(buildSheetPlan(input({ plan: { ...PLAN, json } })), 'basis');
    const chunks = defined(sheet.blocks[0], 'the first block')
      .rows.map(([first]) => first)
      .flatMap((c) => (c?.kind === 'text' && c.text.length > 1000 ? [c.text] : []));
    expect(chunks.length).toBe(3);
    for (const c of chunks) expect(c.length).toBeLessThan(32767);
    expect(chunks.join('')).toBe(json);
  });

  describe('edge cases', () => {
    it('keeps a unit label or plan name that looks like a formula as text', () => {
      const allocation = dalarnaAllocation();
      const evil = '=HYPERLINK("http://x","y")';
      const units = allocation.units.map((u, i) => (i === 0 ? { ...u, name: evil } : u));
      const plan = buildSheetPlan(
        input({ allocation: { ...allocation, units }, plan: { ...PLAN, name: '+Plan', keyInWords: '-1' } }),
      );
      const sheet = sheetOf(plan, 'allocation');
      expect(cellAt(sheet, 'B5')).toEqual({ kind: 'text', text: evil });
      expect(cellAt(sheet, 'A1')).toEqual({ kind: 'text', text: 'Fördelning – +Plan' });
      const formulas = plan.sheets.flatMap((s) =>
        s.blocks.flatMap((b) => b.rows.flat().flatMap((c) => (c.kind === 'formula' ? [c.formula] : []))),
      );
      expect(formulas.every((f) => /^=(SUM|ROUND)\(/.test(f))).toBe(true);
      const basis = defined(sheetOf(plan, 'basis').blocks[0], 'the first block').rows.flat();
      expect(basis).toContainEqual({ kind: 'text', text: evil });
    });

    it('writes unit labels trimmed, so "Leksand " from the source table appears as "Leksand"', () => {
      const allocation = dalarnaAllocation();
      const units = allocation.units.map((u) => (u.name === 'Leksand' ? { ...u, name: ' Leksand ' } : u));
      const plan = buildSheetPlan(input({ allocation: { ...allocation, units } }));
      const texts = plan.sheets
        .flatMap((s) => s.blocks.flatMap((b) => b.rows.flat()))
        .flatMap((c) => (c.kind === 'text' ? [c.text] : []));
      expect(texts.filter((t) => t.includes('Leksand'))).toEqual(['Leksand', 'Leksand']);
    });

    it('throws for an allocation without units', () => {
      const allocation = { ...dalarnaAllocation(), units: [], totals: [] };
      expect(() => buildSheetPlan(input({ allocation, keyColumns: [] }))).toThrow(/at least one unit/);
      expect(() => buildSheetPlan(input({ allocation, keyColumns: [] }))).toThrow(NoUnitsError);
    });
  });
});
