import { DetailedCellError, type HyperFormula } from 'hyperformula';
import { buildLansnyckelEngine } from './helpers/LansnyckelPlugin';
import { loadDalarna } from './helpers/dalarnaFixture';

const at = (hf: HyperFormula, row: number, col: number) => hf.getCellValue({ sheet: 0, row, col });
const column = (hf: HyperFormula, col: number, from: number, count: number) =>
  Array.from({ length: count }, (_, i) => at(hf, from + i, col));

describe('LANSNYCKEL formulas evaluated by HyperFormula', () => {
  it('=LANSNYCKEL.FORDELA(15711504; B2:B16) spills the published Dalarna column', () => {
    const { rows } = loadDalarna();
    // Sheet like the published one: A kommun, B befolkning, C the formula in C2 spilling down to C16.
    const sheet: unknown[][] = [['Kommun', 'Befolkning dec 2019', 'Ers per kommun']];
    rows.forEach((r, i) =>
      sheet.push([r.kommun, r.population, i === 0 ? '=LANSNYCKEL.FORDELA(15711504, B2:B16)' : null]),
    );
    sheet.push(['Summa', '=SUM(B2:B16)', '=SUM(C2:C16)', '=LANSNYCKEL.KONTROLL(C2:C16, 15711504)']);
    const hf = buildLansnyckelEngine({ Dalarna: sheet });
    expect(column(hf, 2, 1, rows.length)).toEqual(rows.map((r) => r.amount));
    expect(at(hf, 16, 2)).toBe(15711504);
    expect(at(hf, 16, 3)).toBe(0);
  });

  it('recalculates the spill when a key cell changes, and KONTROLL still shows 0', () => {
    const hf = buildLansnyckelEngine({
      S: [
        [1, '=LANSNYCKEL.FORDELA(100, A1:A3)', '=LANSNYCKEL.KONTROLL(B1:B3, 100)'],
        [1, null],
        [2, null],
      ],
    });
    expect(column(hf, 1, 0, 3)).toEqual([25, 25, 50]);
    hf.setCellContents({ sheet: 0, row: 2, col: 0 }, [[7]]);
    // 100 by 1:1:7 → 11.11, 11.11, 77.78: floors sum to 99 and the largest remainder (.78) gets the krona.
    expect(column(hf, 1, 0, 3)).toEqual([11, 11, 78]);
    expect(at(hf, 0, 2)).toBe(0);
  });

  it('shows the delta in KONTROLL after a manual edit of an amount', () => {
    const hf = buildLansnyckelEngine({ S: [[100], [200], ['=LANSNYCKEL.KONTROLL(A1:A2, 300)']] });
    expect(at(hf, 2, 0)).toBe(0);
    hf.setCellContents({ sheet: 0, row: 1, col: 0 }, [[201]]);
    expect(at(hf, 2, 0)).toBe(1);
  });

  it('passes optional floors, rounding and codes through', () => {
    const hf = buildLansnyckelEngine({
      S: [
        [1, '2084', '=LANSNYCKEL.FORDELA(1000, A1:A3, 200)', '=LANSNYCKEL.FORDELA(1, A1:A2, , , 1, B1:B2)'],
        [1, '2021'],
        [8, '2080'],
      ],
    });
    expect(column(hf, 2, 0, 3)).toEqual([200, 200, 600]);
    // Equal keys tie; code 2021 is lower, so the second row gets the krona.
    expect(column(hf, 3, 0, 2)).toEqual([0, 1]);
  });

  it('spills FORDELA.BAS and BLAND, and feeds a BLAND into FORDELA', () => {
    const hf = buildLansnyckelEngine({
      S: [
        [
          1,
          1,
          '=LANSNYCKEL.FORDELA.BAS(1000, 200, A1:A3)',
          '=LANSNYCKEL.BLAND(A1:A3, 0.5, B1:B3, 0.5)',
          '=LANSNYCKEL.FORDELA(1000, LANSNYCKEL.BLAND(A1:A3, 0.5, B1:B3, 0.5))',
        ],
        [1, 1],
        [8, 2],
      ],
    });
    expect(column(hf, 2, 0, 3)).toEqual([240, 240, 520]);
    // Shares 1/10, 1/10, 8/10 and 1/4, 1/4, 1/2 blended 50/50 → 0.175, 0.175, 0.65.
    expect(column(hf, 3, 0, 3)).toEqual([0.175, 0.175, 0.65]);
    expect(column(hf, 4, 0, 3)).toEqual([175, 175, 650]);
  });

  it('shows #VALUE! with the Swedish message for refused input', () => {
    const hf = buildLansnyckelEngine({ S: [[1, '=LANSNYCKEL.FORDELA(100, A1:A3)'], ['tre'], [2]] });
    const value = at(hf, 0, 1);
    expect(value).toBeInstanceOf(DetailedCellError);
    expect(value).toMatchObject({ value: '#VALUE!', message: 'text i nyckeln (rad 2)' });
  });

  it('shows the floor feasibility error', () => {
    const hf = buildLansnyckelEngine({ S: [[1, '=LANSNYCKEL.FORDELA(100, A1:A2, 60)'], [1]] });
    expect(at(hf, 0, 1)).toMatchObject({ value: '#VALUE!', message: 'Σ golv > belopp' });
  });
});
