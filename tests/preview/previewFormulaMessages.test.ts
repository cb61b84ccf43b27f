import { PREVIEW_FORMULA_MESSAGES } from '../../src/preview/previewFormulaMessages';

describe('PREVIEW_FORMULA_MESSAGES', () => {
  it('names the blocked spill range and the unreadable argument in both languages', () => {
    expect(PREVIEW_FORMULA_MESSAGES.spill('C4:C18')).toEqual({
      sv: 'spillområdet C4:C18 är inte tomt',
      en: 'the spill range C4:C18 is not empty',
    });
    expect(PREVIEW_FORMULA_MESSAGES.otherSheet('Blad2!B4:B18').en).toBe(
      'the preview reads only cells on the same sheet (Blad2!B4:B18)',
    );
  });
});
