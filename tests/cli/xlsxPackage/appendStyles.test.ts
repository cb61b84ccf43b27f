import { appendStyles } from '../../../src/cli/xlsxPackage/appendStyles';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const USER = `<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts><fonts count="1"><font><sz val="10"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
const OURS = `<styleSheet ${NS}><numFmts count="2"><numFmt numFmtId="164" formatCode="# ##0 &quot;kr&quot;"/><numFmt numFmtId="165" formatCode="0.0"/></numFmts><fonts count="2"><font><sz val="11"/></font><font><b/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font></dxf></dxfs></styleSheet>`;

describe('appendStyles', () => {
  it("returns the user's part with ours appended, a free id for a new number format, the user's id for the same code, and a new dxfs list", () => {
    const { xml, xf, dxf } = appendStyles(USER, OURS);
    expect(xml).toBe(
      `<styleSheet ${NS}><numFmts count="2"><numFmt numFmtId="164" formatCode="0.0"/><numFmt numFmtId="165" formatCode="# ##0 &quot;kr&quot;"/></numFmts><fonts count="3"><font><sz val="10"/></font><font><sz val="11"/></font><font><b/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0"/><xf numFmtId="165" fontId="2" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font></dxf></dxfs></styleSheet>`,
    );
    expect([xf(0), xf(1), xf(2), dxf(0)]).toEqual([0, 3, 4, 0]);
  });

  it('returns the part unchanged when run again on its own result (re-runs do not grow it)', () => {
    const once = appendStyles(USER, OURS).xml;
    const twice = appendStyles(once, OURS);
    expect(twice.xml).toBe(once);
    expect([twice.xf(1), twice.xf(2), twice.dxf(0)]).toEqual([3, 4, 0]);
  });
});
