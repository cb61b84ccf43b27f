import { type Cell } from '../workbook/Grid';
import { type SampleSheet } from './layoutSample';
import { FOLLOWUP_SAMPLE } from './samples/followupSample';

/**
 * The example återredovisning for Dalarna 2020 as a preview sheet: numbers as numbers, the sum row as =SUM
 * formulas carrying their results (as Excel caches them), the title and header bold.
 * @example followupSampleSheet().rows[3][0] //=> { value: { kind: 'text', value: 'Avesta' } }
 */
export function followupSampleSheet(): SampleSheet {
  const rows = FOLLOWUP_SAMPLE.rows.map((row) =>
    row.map((value, c): Cell => {
      if (typeof value === 'number') return { value: { kind: 'number', value }, numberFormat: '#,##0' };
      if (!value.startsWith('=')) return { value: { kind: 'text', value } };
      const result = FOLLOWUP_SAMPLE.rows.reduce((acc, r) => {
        const v = r[c];
        return acc + (typeof v === 'number' ? v : 0);
      }, 0);
      return { value: { kind: 'number', value: result }, formula: value, numberFormat: '#,##0' };
    }),
  );
  return { name: FOLLOWUP_SAMPLE.sheet, rows, bold: ['A1', 'A3', 'B3', 'C3', 'D3'] };
}
