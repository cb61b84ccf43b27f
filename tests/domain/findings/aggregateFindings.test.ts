import { aggregateFindings } from '../../../src/domain/findings/aggregateFindings';
import { type Finding } from '../../../src/domain/findings/Finding';

const numberAsText = (row: number, column = 'C', sheet = 'Blad1'): Finding => ({
  code: 'number-as-text',
  severity: 'warning',
  sheet,
  cells: [`${column}${row}`],
  column: 'Antal',
  message: {
    sv: `${column}${row} innehåller talet ”1 264 598” som text.`,
    en: `${column}${row} holds text.`,
  },
});

describe('aggregateFindings', () => {
  it('returns 47 187 number-as-text findings in column C as one, counted, with 50 cells and the range', () => {
    const many = Array.from({ length: 47_187 }, (_, i) => numberAsText(i + 2));
    const [one, ...rest] = aggregateFindings(many, { cap: 50 });
    expect(rest).toEqual([]);
    expect(one).toMatchObject({
      code: 'number-as-text',
      severity: 'warning',
      sheet: 'Blad1',
      column: 'Antal',
    });
    expect(one?.count).toBe(47_187);
    expect(one?.cells).toHaveLength(50);
    expect(one?.cells.slice(0, 2)).toEqual(['C2', 'C3']);
    expect(one?.message.sv).toBe(
      '47\u00a0187 tal lagrade som text i kolumn C ”Antal” (C2:C47188), t.ex.: C2 innehåller talet ”1 264 598” som text.',
    );
    expect(one?.message.en).toBe(
      '47,187 numbers stored as text in column C "Antal" (C2:C47188), e.g.: C2 holds text.',
    );
  });

  it('returns one aggregate per column and per sheet, each where its group began', () => {
    const findings = [
      numberAsText(2, 'C'),
      numberAsText(2, 'D'),
      numberAsText(3, 'C'),
      numberAsText(3, 'D'),
      numberAsText(4, 'C'),
      numberAsText(4, 'D'),
      numberAsText(2, 'C', 'Blad2'),
    ];
    const out = aggregateFindings(findings);
    expect(out.map((f) => [f.sheet, f.cells[0], f.count])).toEqual([
      ['Blad1', 'C2', 3],
      ['Blad1', 'D2', 3],
      ['Blad2', 'C2', undefined],
    ]);
  });

  it('returns two of a kind unchanged (fewer than minRepeat 3)', () => {
    const two = [numberAsText(2), numberAsText(3)];
    expect(aggregateFindings(two)).toEqual(two);
  });

  it('returns every column-total-mismatch, row-total-mismatch and key-deviation one by one with its Δ', () => {
    const money = (code: Finding['code'], cell: string, delta: number): Finding => ({
      code,
      severity: code === 'key-deviation' ? 'warning' : 'error',
      sheet: 'Län',
      cells: [cell],
      delta,
      message: { sv: `${cell} Δ ${delta}`, en: `${cell} Δ ${delta}` },
    });
    const findings = [
      money('column-total-mismatch', 'B23', -1),
      money('column-total-mismatch', 'C23', 1),
      money('column-total-mismatch', 'D23', 2),
      money('row-total-mismatch', 'F2', 1),
      money('row-total-mismatch', 'F3', -1),
      money('row-total-mismatch', 'F4', 1),
      money('key-deviation', 'D5', 1),
      money('key-deviation', 'D6', -1),
      money('key-deviation', 'D7', 1),
    ];
    expect(aggregateFindings(findings)).toEqual(findings);
  });

  it('returns the worst severity of a group and aggregates a code it does not know', () => {
    const unknown = (row: number, severity: Finding['severity']): Finding =>
      ({
        code: 'period-gap',
        severity,
        sheet: 'S',
        cells: [`B${row}`],
        message: { sv: `B${row}`, en: `B${row}` },
      }) as unknown as Finding;
    const [one] = aggregateFindings([unknown(5, 'info'), unknown(9, 'error'), unknown(7, 'warning')]);
    expect(one).toMatchObject({ severity: 'error', count: 3, cells: ['B5', 'B9', 'B7'] });
    expect(one?.message.sv).toBe('3 fynd av typen period-gap i kolumn B (B5:B9), t.ex.: B5');
    expect(one).not.toHaveProperty('column');
  });

  describe('edge cases', () => {
    it('returns findings without cells (a missing unit) unchanged and an empty list for none', () => {
      const missing: Finding = {
        code: 'unit-missing',
        severity: 'warning',
        sheet: 'S',
        cells: [],
        message: { sv: 'Orsa saknas', en: 'Orsa is missing' },
      };
      expect(aggregateFindings([missing, missing, missing])).toEqual([missing, missing, missing]);
      expect(aggregateFindings([])).toEqual([]);
    });
  });
});
