import { JSDOM } from 'jsdom';
import { fromBigInt } from '../../src/domain/money/arithmetic';
import { type Allocation } from '../../src/domain/allocation/Allocation';
import { buildMemoTable, escapeHtml } from '../../src/output/memoTable';
import { memoNumberText, plainNumberText } from '../../src/output/memoNumberText';
import { buildAllocation, units } from '../helpers/allocationBuilder';
import { defined } from '../helpers/defined';

const NBSP = '\u00A0';
const MINUS = '\u2212';

function dalarnaLike(): Allocation {
  return buildAllocation({
    planName: 'Dalarna 2020 <test>',
    units: units([
      ['2080', 'Falun'],
      ['2085', 'Ludvika'],
      ['2021', 'Vansbro'],
      ['', `<b>Aneby & "Co" 'x' =SUM(A1)</b>`],
    ]),
    pots: [
      { name: 'Nära vård', frame: 15_711_504n, keys: [59_406n, 26_047n, 6_682n, 1_234n] },
      {
        name: 'Vårdens medarbetare',
        frame: 3_100_001n,
        keys: [1n, 2n, 3n, 4n],
        setAsides: [{ name: 'Länsgemensamt', amount: 1_900_000n }],
      },
    ],
  });
}

function parse(html: string): Document {
  return new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
}

/** Row `r` of a table section (thead, a tbody, tfoot); a missing section or row fails the test. */
function rowOf(section: HTMLTableSectionElement | null | undefined, r: number): HTMLTableRowElement {
  return defined(defined(section ?? undefined, 'table section').rows[r], `row ${r}`);
}

/** Cell `c` of a row, failing the test when it is missing. */
function cellOf(row: HTMLTableRowElement, c: number): HTMLTableCellElement {
  return defined(row.cells[c], `cell ${c}`);
}

/** The texts of a row's cells. */
function rowTexts(row: HTMLTableRowElement): string[] {
  return [...row.cells].map((c) => c.textContent ?? '');
}

/** "−1 234 567" (sv-SE) back to a bigint, refusing anything not in that exact format. */
function svToBigInt(text: string): bigint {
  expect(text).toMatch(/^\u2212?\d{1,3}(\u00A0\d{3})*$/);
  return BigInt(text.replace(/\u00A0/g, '').replace(MINUS, '-'));
}

describe('buildMemoTable', () => {
  const memo = buildMemoTable(
    {
      allocation: dalarnaLike(),
      keyInWords: 'Befolkning 31 dec 2019',
      source: { sheet: 'Dalarna 2020', range: 'A4:C19' },
      date: '2025-05-01',
    },
    'sv',
  );
  const doc = parse(memo.html);
  const table = defined(doc.querySelector('table') ?? undefined, 'the table');

  it('returns one real table with caption, thead, one body row per unit and a tfoot sum row', () => {
    expect(doc.querySelectorAll('table')).toHaveLength(1);
    expect(table.caption?.textContent).toBe(
      'Dalarna 2020 <test>Nyckel: Befolkning 31 dec 2019. Källa: Dalarna 2020!A4:C19. Datum: 2025-05-01.',
    );
    expect(rowTexts(rowOf(table.tHead, 0))).toEqual([
      'Kod',
      'Namn',
      'Nära vård',
      'Vårdens medarbetare',
      'Totalt',
    ]);
    expect(table.tBodies[0]?.rows).toHaveLength(4);
    expect(table.tFoot?.rows).toHaveLength(1);
    expect(cellOf(rowOf(table.tFoot, 0), 1).textContent).toBe('Summa');
  });

  it('returns a sum row that equals the sum of the rows, per column, in the text a reader sees', () => {
    const body = [...defined(table.tBodies[0], 'tbody').rows].map((r) =>
      rowTexts(r).slice(2).map(svToBigInt),
    );
    const foot = rowTexts(rowOf(table.tFoot, 0)).slice(2).map(svToBigInt);
    const columnSums = foot.map((_, c) =>
      body.reduce((acc, row) => acc + defined(row[c], `column ${c}`), 0n),
    );
    expect(foot).toEqual(columnSums);
    expect(foot).toEqual([15_711_504n, 1_200_001n, 16_911_505n]);
    // The total column is the sum of the pots on every row.
    body.forEach(([a = 0n, b = 0n, total]) => expect(total).toBe(a + b));
  });

  it('returns numbers right-aligned in sv-SE format with the exact value for Excel in x:num', () => {
    const first = cellOf(rowOf(table.tBodies[0], 0), 2);
    expect(first.getAttribute('style')).toContain('text-align:right');
    expect(first.textContent).toMatch(new RegExp(`^\\d{1,3}(${NBSP}\\d{3})+$`));
    expect(first.getAttribute('x:num')).toBe((first.textContent ?? '').replace(/\u00A0/g, ''));
    expect(table.getAttribute('style')).toContain('border-collapse:collapse');
  });

  it('escapes every text so a unit label cannot become markup or an attribute', () => {
    const label = cellOf(rowOf(table.tBodies[0], 3), 1);
    expect(label.textContent).toBe(`<b>Aneby & "Co" 'x' =SUM(A1)</b>`);
    expect(label.querySelector('b')).toBeNull();
    expect(doc.querySelectorAll('b')).toHaveLength(1); // only the caption's own headline
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('returns TSV with plain numbers, a sum row and formula-like labels forced to text', () => {
    const lines = memo.tsv
      .trimEnd()
      .split('\r\n')
      .map((l) => l.split('\t'));
    expect(lines[2]).toEqual(['Kod', 'Namn', 'Nära vård', 'Vårdens medarbetare', 'Totalt']);
    expect(lines[3]?.[0]).toBe('2080');
    expect(lines[3]?.slice(2).every((v) => /^-?\d+$/.test(v))).toBe(true);
    expect(lines[6]?.[1]).toBe(`<b>Aneby & "Co" 'x' =SUM(A1)</b>`);
    const sumLine = defined(lines.at(-1), 'the sum line');
    expect(sumLine.slice(0, 2)).toEqual(['', 'Summa']);
    const rows = lines.slice(3, -1);
    sumLine.slice(2).forEach((v, c) => {
      expect(BigInt(v)).toBe(rows.reduce((acc, r) => acc + BigInt(defined(r[c + 2], `column ${c + 2}`)), 0n));
    });
    const hostile = buildMemoTable(
      {
        allocation: buildAllocation({
          planName: '=cmd',
          units: units([['', '=HYPERLINK("x")']]),
          pots: [{ name: 'P', frame: 5n, keys: [1n] }],
        }),
        keyInWords: 'k',
        date: '2025-01-01',
      },
      'en',
    );
    expect(hostile.tsv.split('\r\n')[0]).toBe("'=cmd");
    expect(hostile.tsv.split('\r\n')[3]?.split('\t')[1]).toBe(`'=HYPERLINK("x")`);
  });

  it('returns English headers and a single amount column when the plan has one pot', () => {
    const one = buildMemoTable(
      {
        allocation: buildAllocation({
          planName: 'P',
          units: units([['0180', 'Stockholm']]),
          pots: [{ name: 'Pot', frame: 1234n, keys: [1n] }],
        }),
        keyInWords: 'Population',
        date: '2025-01-01',
      },
      'en',
    );
    const t = defined(parse(one.html).querySelector('table') ?? undefined, 'the table');
    expect(rowTexts(rowOf(t.tHead, 0))).toEqual(['Code', 'Name', 'Pot']);
    const code = cellOf(rowOf(t.tBodies[0], 0), 0);
    expect(code.textContent).toBe('0180');
    expect(code.getAttribute('style')).toContain("mso-number-format:'\\@'");
    expect(cellOf(rowOf(t.tFoot, 0), 2).textContent).toBe(`1${NBSP}234`);
  });

  describe('edge cases', () => {
    it('formats negatives with U+2212 and öre with a decimal comma; TSV uses the language separator', () => {
      expect(memoNumberText(fromBigInt(-1_234_567n))).toBe(`${MINUS}1${NBSP}234${NBSP}567`);
      expect(memoNumberText({ num: -1n, den: 1000n }, 2)).toBe('0,00');
      expect(memoNumberText({ num: 123456789n, den: 100n }, 2)).toBe(`1${NBSP}234${NBSP}567,89`);
      expect(plainNumberText({ num: -25n, den: 2n }, 2, 'sv')).toBe('-12,50');
      expect(plainNumberText({ num: -25n, den: 2n }, 2, 'en')).toBe('-12.50');
    });
  });
});
