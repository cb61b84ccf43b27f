import { PORT_ERROR_MESSAGES, PORT_MESSAGES } from '../../src/port/portMessages';

describe('PORT_MESSAGES', () => {
  it('names the cell, what it shows and what it should show when the read-back check fails', () => {
    expect(
      PORT_MESSAGES.checkFailed({ where: "'Fördelning'!E20", actual: 15711503, expected: 15711504 }),
    ).toEqual({
      sv: "Kontrollen efter skrivningen misslyckades: 'Fördelning'!E20 visar 15711503 men skulle visa 15711504. Inget ändrades.",
      en: "The check after writing failed: 'Fördelning'!E20 shows 15711503 but should show 15711504. Nothing was changed.",
    });
  });

  it('tells a sheet that is gone from one that never was', () => {
    expect(PORT_MESSAGES.sheetGone('Befolkning').sv).toBe(
      'Bladet Befolkning finns inte längre. Det kan ha bytt namn eller tagits bort.',
    );
    expect(PORT_MESSAGES.sheetNotFound('Befolkning').en).toBe(
      'The workbook has no sheet named “Befolkning”.',
    );
  });

  it("keeps Excel's own code and text after the general message for an unmapped Office error", () => {
    expect(PORT_MESSAGES.unknownOfficeError('GeneralException', 'boom')).toEqual({
      sv: 'Excel kunde inte slutföra åtgärden. (GeneralException: boom)',
      en: 'Excel could not complete the operation. (GeneralException: boom)',
    });
  });

  it('adds the leftover temporary sheets to the failure it explains', () => {
    expect(PORT_MESSAGES.withLeftovers(PORT_ERROR_MESSAGES.cancelled, 'Lnk_tmp_1').sv).toBe(
      'Avbrutet. Inget ändrades. Tillfälliga blad kan finnas kvar (Lnk_tmp_1); de tas bort vid nästa skrivning.',
    );
  });
});
