import { suppressionMark } from '../../src/workbook/suppressionMark';

describe('suppressionMark', () => {
  it('returns the mark as written for SCB and agency suppression and missing marks', () => {
    for (const mark of ['..', '.', '...', '…', '–', '-', '—', 'x', 'X', '<15', '< 5']) {
      expect(suppressionMark(` ${mark} `)).toBe(mark);
    }
  });

  it('returns undefined for numbers, words and codes', () => {
    for (const text of ['15', '0114', 'Mora', '-5', '..5', 'xx', ''])
      expect(suppressionMark(text)).toBeUndefined();
  });
});
