import { textNeedsTextFormat } from '../../src/excel/textNeedsTextFormat';

describe('textNeedsTextFormat', () => {
  it.each([
    '=SUMMA(A1)',
    '+46',
    '-1 689 kr',
    '@x',
    '#N/A',
    '#REF!',
    '\tflik',
    '0980',
    '12,5',
    '2024-01-01',
    'TRUE',
    'sant',
    ' Falun',
  ])('returns true for %j, which Excel could convert', (text) =>
    expect(textNeedsTextFormat(text)).toBe(true),
  );

  it('returns false for a leading apostrophe, which is written doubled in a General cell instead', () => {
    expect(textNeedsTextFormat("'citat")).toBe(false);
  });

  it.each(['Falun', 'Upplands-Väsby', 'Fördelning – Nära vård', ''])(
    'returns false for plain text %j',
    (text) => expect(textNeedsTextFormat(text)).toBe(false),
  );
});
