import { textNeedsTextFormat } from '../../src/excel/textNeedsTextFormat';

describe('textNeedsTextFormat', () => {
  it.each([
    '=SUMMA(A1)',
    '+46',
    '-1 689 kr',
    '@x',
    "'citat",
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

  it.each(['Falun', 'Upplands-Väsby', 'Fördelning – Nära vård', ''])(
    'returns false for plain text %j',
    (text) => expect(textNeedsTextFormat(text)).toBe(false),
  );
});
