import { updateSheetTitles } from '../../../src/cli/xlsxPackage/updateSheetTitles';

const app = (headings: string, titles: string) =>
  `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><HeadingPairs><vt:vector size="2" baseType="variant">${headings}</vt:vector></HeadingPairs><TitlesOfParts>${titles}</TitlesOfParts></Properties>`;

describe('updateSheetTitles', () => {
  it('returns the titles with our old sheets replaced by the new ones, the count and size updated', () => {
    const before = app(
      '<vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>3</vt:i4></vt:variant>',
      '<vt:vector size="3" baseType="lpstr"><vt:lpstr>Data</vt:lpstr><vt:lpstr>Kontroller</vt:lpstr><vt:lpstr>R&amp;D</vt:lpstr></vt:vector>',
    );
    expect(
      updateSheetTitles(before, ['Data', 'Kontroller', 'R&D'], ['Kontroller'], ['Fördelning', 'Kontroller']),
    ).toBe(
      app(
        '<vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>4</vt:i4></vt:variant>',
        '<vt:vector size="4" baseType="lpstr"><vt:lpstr>Data</vt:lpstr><vt:lpstr>R&amp;D</vt:lpstr><vt:lpstr>Fördelning</vt:lpstr><vt:lpstr>Kontroller</vt:lpstr></vt:vector>',
      ),
    );
  });

  describe('edge cases', () => {
    it('returns undefined (leave the part alone) when the first group is not the sheets', () => {
      const named = app(
        '<vt:variant><vt:lpstr>Named Ranges</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant>',
        '<vt:vector size="1" baseType="lpstr"><vt:lpstr>Befolkning</vt:lpstr></vt:vector>',
      );
      expect(updateSheetTitles(named, ['Data'], [], ['Fördelning'])).toBeUndefined();
    });

    it('returns undefined for a part without titles', () => {
      expect(updateSheetTitles('<Properties/>', ['Data'], [], ['Fördelning'])).toBeUndefined();
    });
  });
});
