import { PROBLEM_MESSAGES } from '../../../src/domain/findings/problemMessages';

describe('PROBLEM_MESSAGES', () => {
  it('returns a Swedish and an English text for every problem', () => {
    const params = {
      areas: 'A2:A3',
      column: 'Folkmängd',
      unit: 'Mora',
      cell: 'B4',
      error: '#REF!',
      text: 'många',
      value: -3,
      first: 'B2',
      last: 'B16',
      count: 2,
      list: '4 (Mora), 9 (Rättvik)',
      rows: ['4', '9'],
      indicator: 'Befolkning',
      table: 'Blad1!A1:C16',
      total: { num: 1001n, den: 1n },
      row: 2,
      pot: 'Nära vård',
    };
    for (const [key, message] of Object.entries(PROBLEM_MESSAGES)) {
      const text = (message as (p: unknown) => { sv: string; en: string })({
        ...params,
        unit: key === 'frameNotMultiple' ? { num: 100n, den: 1n } : params.unit,
        text: key === 'inPot' ? { sv: 'ramen är negativ.', en: 'the frame is negative.' } : params.text,
      });
      expect(text.sv.length).toBeGreaterThan(0);
      expect(text.en.length).toBeGreaterThan(0);
      expect(text.sv).not.toBe(text.en);
    }
  });

  it('names the unit of a negative key when known, its row otherwise', () => {
    expect(PROBLEM_MESSAGES.negativeKey({ row: 3, name: 'Mora' }).sv).toContain('”Mora”');
    expect(PROBLEM_MESSAGES.negativeKey({ row: 3 }).sv).toContain('rad 3');
  });
});
