import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkRowTotals } from '../../../src/domain/checks/checkRowTotals';
import { checkTable } from '../../../src/domain/checks/checkTable';
import { type Finding } from '../../../src/domain/findings/Finding';
import { defaultUnitRegistry } from '../../../src/domain/units/defaultUnitRegistry';
import { findTables } from '../../../src/workbook/findTables';
import { type Grid } from '../../../src/workbook/Grid';
import { parseCsv } from '../../../src/workbook/parseCsv';
import { type CellLiteral, gridOf } from '../../workbook/gridOf';

const registry = defaultUnitRegistry();
const check = (grid: Grid, keyColumn?: string): Finding[] =>
  findTables(grid, registry).flatMap((t) => checkTable(t, { registry, ...(keyColumn ? { keyColumn } : {}) }));
const sample = (name: string): Grid =>
  parseCsv(readFileSync(join(__dirname, '../../fixtures/data', name), 'utf8'), name);
const brief = (f: Finding): string =>
  [f.code, f.severity, f.unit ?? '-', f.column ?? '-', f.delta ?? '-', f.cells.join(' ')].join('|');
const errors = (fs: Finding[]): string[] => fs.filter((f) => f.severity === 'error').map(brief);
const codes = (fs: Finding[], code: Finding['code']): string[] =>
  fs.filter((f) => f.code === code).map(brief);

/** A small clean kommun table: Mora, Orsa, Falun with population and an amount split 3 ways, total by SUM. */
const clean = (): CellLiteral[][] => [
  ['Kommun', 'Befolkning', 'Belopp'],
  ['Mora', 20470, 100],
  ['Orsa', 6911, 200],
  ['Falun', 59406, 300],
  ['Summa', { f: '=SUM(B2:B4)', v: 86787 }, { f: '=SUM(C2:C4)', v: 600 }],
];

describe('checkTable on the published tables', () => {
  it('flags Bilaga 4: Vårdens medarbetare column off by 1 and Västra Götaland Totalt off by 1', () => {
    expect(errors(check(sample('ok2021-bilaga4-medel-till-regionerna.csv')))).toEqual([
      'column-total-mismatch|error|-|Vårdens medarbetare|-1|D23',
      'row-total-mismatch|error|Västra Götaland|Totalt|-1|L3 C3 D3 E3 F3 G3 H3 K3',
    ]);
  });

  it('flags Bilaga 4 with the population key: only Västernorrland deviates in the pot columns', () => {
    const fs = check(sample('ok2021-bilaga4-medel-till-regionerna.csv'), 'Befolkning 1/11 2020');
    expect(codes(fs, 'key-deviation').filter((f) => !f.includes('Minimibelopp'))).toEqual([
      'key-deviation|warning|Västernorrland|Vårdens medarbetare|1|D18',
    ]);
    expect(codes(fs, 'rounding-drift')).toEqual(['rounding-drift|info|-|Vårdens medarbetare|1|D18']);
    expect(codes(fs, 'reference-mismatch')).toEqual([]);
  });

  it('flags Jönköping: Vårdens medarbetare and Totalt totals 1 689 kr above their columns', () => {
    expect(errors(check(sample('jonkoping-2019-2022-socialchefsnatverket.csv')))).toEqual([
      'column-total-mismatch|error|-|Insatsområde Vårdens medarbetare|1689|C15',
      'column-total-mismatch|error|-|Totalt|1689|E15',
    ]);
  });

  it("returns no error for Bilaga 3 and Dalarna, only Leksand's trailing space as info", () => {
    expect(errors(check(sample('ok2021-bilaga3-kommunernas-medel-lansvis.csv')))).toEqual([]);
    const dalarna = check(sample('dalarna-2020-vardens-medarbetare-per-kommun.csv'), 'Befolkning dec 2019');
    expect(errors(dalarna)).toEqual([]);
    expect(codes(dalarna, 'label-whitespace')).toEqual(['label-whitespace|info|Leksand|-|-|A7']);
    expect(codes(dalarna, 'key-deviation')).toEqual([]);
  });
});

describe('checkTable on made-up grids', () => {
  it('returns nothing but the hard-coded note for a clean table of constants', () => {
    const rows = clean();
    rows[4] = ['Summa', 86787, 600];
    expect(check(gridOf(rows)).map((f) => f.code)).toEqual(['hard-coded-total']);
    expect(check(gridOf(rows))[0]!.severity).toBe('info');
  });

  it('returns no finding at all for a clean table with SUM totals', () => {
    expect(check(gridOf(clean()))).toEqual([]);
  });

  it('says kr after an amount difference, and no unit after an indicator difference', () => {
    const rows = clean();
    rows[0] = ['Kommun', 'Invånare', 'Belopp'];
    rows[4] = ['Summa', { f: '=SUM(B2:B4)', v: 86792 }, { f: '=SUM(C2:C4)', v: 601 }];
    const [invanare, belopp] = check(gridOf(rows)).filter((f) => f.code === 'column-total-mismatch');
    expect(invanare!.message.sv).toContain('skillnad 5.');
    expect(invanare!.message.sv).not.toMatch(/\bkr\b/);
    expect(belopp!.message.sv).toContain('skillnad 1 kr.');
  });

  it('says no kr for a row total of indicator columns', () => {
    const grid = gridOf([
      ['Kommun', 'A', 'B', 'Totalt'],
      ['Mora', 1, 2, 3],
      ['Orsa', 1, 2, 4],
      ['Falun', 5, 5, 10],
    ]);
    const table = findTables(grid, registry)[0]!;
    const counts = {
      ...table,
      columns: table.columns.map((c) =>
        c.letter === 'B' || c.letter === 'C' ? { ...c, role: 'indicator' as const } : c,
      ),
    };
    expect(checkRowTotals(table)[0]!.message.sv).toContain('skillnad 1 kr.');
    expect(checkRowTotals(counts)[0]!.message.sv).toContain('skillnad 1.');
  });

  it('flags column-total-mismatch on an amount and on a population column', () => {
    const rows = clean();
    rows[4] = ['Summa', { f: '=SUM(B2:B4)', v: 86790 }, { f: '=SUM(C2:C4)', v: 601 }];
    expect(errors(check(gridOf(rows)))).toEqual([
      'column-total-mismatch|error|-|Befolkning|3|B5',
      'column-total-mismatch|error|-|Belopp|1|C5',
    ]);
  });

  it('flags row-total-mismatch in the row that does not add up', () => {
    const grid = gridOf([
      ['Kommun', 'A', 'B', 'Totalt'],
      ['Mora', 1, 2, 3],
      ['Orsa', 1, 2, 4],
      ['Falun', 5, 5, 10],
    ]);
    expect(errors(check(grid))).toEqual(['row-total-mismatch|error|Orsa|Totalt|1|D3 B3 C3']);
  });

  it('returns the exact key-deviation delta in the message also above 2^53', () => {
    const rows: CellLiteral[][] = [
      ['Kommun', 'Befolkning', 'Belopp'],
      ['Mora', 1, 1e17],
      ['Orsa', 1, 1e17],
      ['Falun', 1, 1e17 + 16],
      // The stated total the key re-allocates (key-deviation needs one).
      ['Summa', 3, 3e17],
    ];
    const found = check(gridOf(rows), 'Befolkning').filter((f) => f.code === 'key-deviation');
    expect(found.map((f) => f.delta)).toEqual([16]);
    for (const f of found) {
      expect(f.delta).not.toBe(0);
      expect(f.message.sv).toContain(`skillnad ${f.delta! < 0 ? '\u2212' : ''}${Math.abs(f.delta!)} kr`);
    }
  });

  it('flags total-formula-range for a SUM over the same range on another sheet', () => {
    const rows = clean();
    rows[4] = ['Summa', { f: '=SUM(B2:B4)', v: 86787 }, { f: '=SUM(Blad2!C2:C4)', v: 600 }];
    expect(errors(check(gridOf(rows)))).toEqual(['total-formula-range|error|-|Belopp|0|C5']);
    const own = clean();
    own[4] = ['Summa', { f: "=SUM('Blad1'!B2:B4)", v: 86787 }, { f: '=SUM(Blad1!C2:C4)', v: 600 }];
    expect(errors(check(gridOf(own)))).toEqual([]);
  });

  it('flags total-formula-range for a SUM that omits the last unit row, once', () => {
    const rows = clean();
    rows[4] = ['Summa', { f: '=SUM(B2:B4)', v: 86787 }, { f: '=SUM(C2:C3)', v: 300 }];
    expect(errors(check(gridOf(rows)))).toEqual(['total-formula-range|error|-|Belopp|-300|C5 C4']);
    // The money consequence: Mora 100 + Orsa 200 + Falun 300 = 600, the SUM states 300.
    const [range] = check(gridOf(rows)).filter((f) => f.code === 'total-formula-range');
    expect(range!.message.sv).toContain('summerar till 600 men summaraden visar 300, skillnad \u2212300 kr.');
  });

  it('flags total-formula-range for a SUM that counts a row twice or another column', () => {
    const rows = clean();
    rows[4] = ['Summa', { f: '=SUM(B2:C4)', v: 87387 }, { f: '=SUM(C2:C4)+C4', v: 900 }];
    const found = codes(check(gridOf(rows)), 'total-formula-range');
    expect(found).toHaveLength(2);
    expect(found[0]).toContain('C2');
    expect(found[1]).toContain('|300|C5 C4');
  });

  it('names the rows a SUM counts twice in the order the formula first names them', () => {
    const rows = clean();
    // C4 and C3 are named first on their own, then again inside C2:C4: told as C4, C3 (not C3, C4).
    rows[4] = ['Summa', { f: '=SUM(B2:B4)', v: 86787 }, { f: '=C4+C3+SUM(C2:C4)', v: 1100 }];
    const [range] = check(gridOf(rows)).filter((f) => f.code === 'total-formula-range');
    expect(range?.cells).toEqual(['C5', 'C4', 'C3']);
  });

  it('flags hard-coded-total as a warning when the rest of the total row is formulas', () => {
    const rows = clean();
    rows[4] = ['Summa', 86787, { f: '=SUM(C2:C4)', v: 600 }];
    expect(codes(check(gridOf(rows)), 'hard-coded-total')).toEqual([
      'hard-coded-total|warning|-|Befolkning|-|B5',
    ]);
  });

  it('flags inconsistent-formula: an overwritten formula and a different R1C1 shape', () => {
    const grid = gridOf([
      ['Kommun', 'Befolkning', 'Belopp'],
      ['Mora', 10, { f: '=B2*$E$1', v: 20 }],
      ['Orsa', 20, { f: '=B3*$E$1', v: 40 }],
      ['Falun', 30, 60],
      ['Gagnef', 40, { f: '=B4*$E$1', v: 60 }],
      ['Leksand', 50, { f: '=B6*$E$1', v: 100 }],
    ]);
    const found = codes(check(grid), 'inconsistent-formula');
    expect(found).toEqual([
      'inconsistent-formula|warning|-|Belopp|-|C4',
      'inconsistent-formula|warning|-|Belopp|-|C5 C2',
    ]);
  });

  it('flags unit-unknown with did-you-mean, and an unlabelled row', () => {
    const rows = clean();
    rows[2] = ['Orsaa', 6911, 200];
    const found = check(gridOf(rows)).filter((f) => f.code === 'unit-unknown');
    expect(found.map((f) => [f.unit, f.severity, f.cells])).toEqual([['Orsaa', 'warning', ['A3']]]);
    expect(found[0]!.message.sv).toContain('Orsa');
    expect(found[0]!.message.en).toContain('Did you mean');
  });

  it('flags unit-duplicate as an error naming both rows', () => {
    const rows = clean();
    rows[3] = ['Mora kommun', 59406, 300];
    expect(codes(check(gridOf(rows)), 'unit-duplicate')).toEqual([
      'unit-duplicate|error|Mora kommun|-|-|A2 A4',
    ]);
  });

  it('flags unit-missing for a nearly complete län, and not for a partial list', () => {
    const dalarna = registry.kommunerIn('20').filter((k) => k.name !== 'Orsa');
    const grid = gridOf([['Kommun', 'Belopp'], ...dalarna.map((k, i) => [k.name, i + 1])]);
    expect(codes(check(grid), 'unit-missing')).toEqual(['unit-missing|warning|Orsa|-|-|']);
    expect(codes(check(gridOf(clean())), 'unit-missing')).toEqual([]);
  });

  it('flags unit-missing for 20 of the 21 regions', () => {
    const regions = registry.regions.filter((r) => r.code !== '09');
    const grid = gridOf([['Region', 'Belopp'], ...regions.map((r, i) => [`Region ${r.name}`, i + 1])]);
    expect(codes(check(grid), 'unit-missing')).toEqual(['unit-missing|warning|Gotland|-|-|']);
  });

  it('flags label-whitespace as info for stray and non-breaking spaces', () => {
    const rows = clean();
    rows[1] = [' Mora', 20470, 100];
    rows[2] = ['Orsa\u00a0', 6911, 200];
    expect(codes(check(gridOf(rows)), 'label-whitespace')).toEqual([
      'label-whitespace|info|Mora|-|-|A2',
      'label-whitespace|info|Orsa|-|-|A3',
    ]);
  });

  it('flags number-as-text, and counts it in the computed total', () => {
    const rows = clean();
    rows[2] = ['Orsa', 6911, '200 kr'];
    rows[4] = ['Summa', { f: '=SUM(B2:B4)', v: 86787 }, { f: '=SUM(C2:C4)', v: 400 }];
    const fs = check(gridOf(rows));
    expect(codes(fs, 'number-as-text')).toEqual(['number-as-text|warning|Orsa|Belopp|-|C3']);
    expect(errors(fs)).toEqual(['column-total-mismatch|error|-|Belopp|-200|C5']);
  });

  it('flags error-value as an error and skips the column total it spoils', () => {
    const rows = clean();
    rows[2] = ['Orsa', 6911, { e: '#REF!' }];
    expect(errors(check(gridOf(rows)))).toEqual(['error-value|error|Orsa|Belopp|-|C3']);
  });

  it('flags negative-amount but not a negative total row', () => {
    const rows = clean();
    rows[2] = ['Orsa', 6911, -200];
    rows[4] = ['Summa', { f: '=SUM(B2:B4)', v: 86787 }, { f: '=SUM(C2:C4)', v: 200 }];
    expect(codes(check(gridOf(rows)), 'negative-amount')).toEqual([
      'negative-amount|warning|Orsa|Belopp|-|C3',
    ]);
  });

  it('flags blank-in-key as an error with a declared key', () => {
    const rows = clean();
    rows[2] = ['Orsa', null, 200];
    expect(codes(check(gridOf(rows), 'Befolkning'), 'blank-in-key')).toEqual([
      'blank-in-key|error|Orsa|Befolkning|-|B3',
    ]);
  });

  it('flags text in a key cell as blank-in-key and says what the cell holds', () => {
    const rows = clean();
    rows[2] = ['Orsa', 'saknas', 200];
    const found = check(gridOf(rows), 'Befolkning').filter((f) => f.code === 'blank-in-key');
    expect(found.map((f) => f.cells)).toEqual([['B3']]);
    expect(found[0]!.message.sv).toContain('B3 innehåller ”saknas”');
    expect(found[0]!.message.sv).not.toContain('tom');
  });

  it('flags key-deviation per unit against largest remainder of the stated total', () => {
    // 1 000 kr by 1:1:2 is 250/250/500; the sheet says 251/249/500.
    const grid = gridOf([
      ['Kommun', 'Invånare', 'Belopp'],
      ['Mora', 1, 251],
      ['Orsa', 1, 249],
      ['Falun', 2, 500],
      ['Summa', 4, 1000],
    ]);
    expect(codes(check(grid, 'Invånare'), 'key-deviation')).toEqual([
      'key-deviation|warning|Mora|Belopp|1|C2',
      'key-deviation|warning|Orsa|Belopp|-1|C3',
    ]);
  });

  it('flags rounding-drift when a column is per-cell ROUND of the key', () => {
    // 10 kr by 1:1:1:3: ROUND each gives 2/2/2/5 (drift +1); largest remainder gives 1 kr less to one of the three.
    const grid = gridOf([
      ['Kommun', 'Invånare', 'Belopp'],
      ['Mora', 1, 2],
      ['Orsa', 1, 2],
      ['Falun', 1, 2],
      ['Gagnef', 3, 5],
      ['Summa', 6, 10],
    ]);
    const fs = check(grid, 'Invånare');
    expect(codes(fs, 'rounding-drift')).toEqual(['rounding-drift|info|-|Belopp|1|C4']);
    expect(codes(fs, 'key-deviation')).toEqual(['key-deviation|warning|Falun|Belopp|1|C4']);
  });

  it('returns no key-deviation for a flat amount per unit', () => {
    const grid = gridOf([
      ['Kommun', 'Invånare', 'Minimibelopp'],
      ['Mora', 1, 500],
      ['Orsa', 5, 500],
    ]);
    expect(codes(check(grid, 'Invånare'), 'key-deviation')).toEqual([]);
  });

  it('flags reference-mismatch for swapped population rows, not for another year', () => {
    const stockholm = (swap: boolean): CellLiteral[][] => [
      ['Kommun', 'Befolkning 2019'],
      ['Upplands Väsby', swap ? 29000 : 47000],
      ['Vallentuna', 33000],
      ['Österåker', 45000],
      ['Upplands-Bro', swap ? 47000 : 29000],
      ['Värmdö', 44000],
    ];
    const found = check(gridOf(stockholm(true))).filter((f) => f.code === 'reference-mismatch');
    expect(found.map((f) => f.unit)).toEqual(['Upplands Väsby', 'Upplands-Bro']);
    expect(found[0]!.message.sv).toContain('bytt plats');
    expect(check(gridOf(stockholm(false))).filter((f) => f.code === 'reference-mismatch')).toEqual([]);
  });

  it('returns no reference-mismatch when most rows are off (a "Befolkning" column of something else)', () => {
    // Ratios to SCB's figures spread over two orders of magnitude: 4 of 5 rows are more than 20 % off the median.
    const found = check(
      gridOf([
        ['Kommun', 'Befolkning'],
        ['Upplands Väsby', 100],
        ['Vallentuna', 33000],
        ['Österåker', 900],
        ['Upplands-Bro', 5],
        ['Värmdö', 440000],
      ]),
    ).filter((f) => f.code === 'reference-mismatch');
    expect(found).toEqual([]);
  });

  it('returns no amount finding for a population column (it is an indicator)', () => {
    const rows = clean();
    rows[2] = ['Orsa', -5, 200];
    rows[4] = ['Summa', { f: '=SUM(B2:B4)', v: 79871 }, { f: '=SUM(C2:C4)', v: 600 }];
    expect(codes(check(gridOf(rows)), 'negative-amount')).toEqual([]);
  });

  it('flags unclassified rows inside a table as info', () => {
    const grid = gridOf([
      ['Kommun', 'Belopp'],
      ['Mora', 1],
      [null, 7],
      ['Orsa', 2],
      ['Summa', 3],
    ]);
    expect(codes(check(grid), 'unclassified-row')).toEqual(['unclassified-row|info|-|-|-|']);
  });
});
