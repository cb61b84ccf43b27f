import { formatCellValue } from '../../../src/app/previewHost/formatCellValue';

const NBSP = '\u00A0';
const number = (value: number, numberFormat?: string) => ({
  value: { kind: 'number' as const, value },
  ...(numberFormat ? { numberFormat } : {}),
});

describe('formatCellValue', () => {
  it('returns amounts with NBSP grouping and the format’s decimals', () => {
    expect(formatCellValue(number(1264598, '#,##0'), 'sv')).toBe(`1${NBSP}264${NBSP}598`);
    expect(formatCellValue(number(-3400.5, '#,##0.00'), 'sv')).toBe(`\u22123${NBSP}400,50`);
  });

  it('returns a share in a percent format as Excel shows it: × 100 with a % sign', () => {
    expect(formatCellValue(number(0.0184, '0.00%'), 'sv')).toBe('1,84%');
    expect(formatCellValue(number(1, '0.00%'), 'sv')).toBe('100,00%');
    expect(formatCellValue(number(0.5, '0%'), 'en')).toBe('50%');
  });

  it('returns booleans in the UI language', () => {
    expect(formatCellValue({ value: { kind: 'boolean', value: true } }, 'sv')).toBe('SANT');
    expect(formatCellValue({ value: { kind: 'boolean', value: false } }, 'en')).toBe('FALSE');
  });
});
