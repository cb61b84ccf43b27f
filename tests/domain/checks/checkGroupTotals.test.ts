import fc from 'fast-check';
import { checkTable } from '../../../src/domain/checks/checkTable';
import { type Finding } from '../../../src/domain/findings/Finding';
import { defaultUnitRegistry } from '../../../src/domain/units/defaultUnitRegistry';
import { findTables } from '../../../src/workbook/findTables';
import { type CellLiteral, gridOf } from '../../workbook/gridOf';

const registry = defaultUnitRegistry();
const check = (rows: CellLiteral[][], keyColumn?: string): Finding[] =>
  findTables(gridOf(rows), registry).flatMap((t) =>
    checkTable(t, { registry, ...(keyColumn ? { keyColumn } : {}) }),
  );
const brief = (f: Finding): string =>
  [f.code, f.severity, f.column ?? '-', f.delta ?? '-', f.cells.join(' ')].join('|');
const errors = (fs: Finding[]): string[] => fs.filter((f) => f.severity === 'error').map(brief);
const codes = (fs: Finding[]): string[] => fs.map((f) => f.code);

describe('checkTable on long format and breakdowns', () => {
  it('returns no unit-duplicate for the same kommuner repeated per year', () => {
    const rows: CellLiteral[][] = [['År', 'Kommun', 'Antal']];
    for (const year of [2022, 2023, 2024])
      rows.push([year, 'Mora', 10], [year, 'Orsa', 20], [year, 'Falun', 30]);
    const [t] = findTables(gridOf(rows), registry);
    expect(t!.keyColumns).toEqual([0]);
    expect(t!.rows.map((r) => r.group)).toEqual([
      '2022',
      '2022',
      '2022',
      '2023',
      '2023',
      '2023',
      '2024',
      '2024',
      '2024',
    ]);
    expect(check(rows)).toEqual([]);
  });

  it('still flags unit-duplicate when nothing but the unit tells two rows apart', () => {
    const rows: CellLiteral[][] = [
      ['Kommun', 'Belopp'],
      ['Mora', 10],
      ['Orsa', 20],
      ['Mora', 10],
    ];
    expect(codes(check(rows))).toContain('unit-duplicate');
  });

  it('flags a Samtliga row closing a year block when another additive column of the row reconciles', () => {
    // 2023: Antal 10 + 20 + 30 = 60 but Samtliga says 61 (Δ +1); Belopp 100 + 200 + 300 = 600 reconciles.
    const rows: CellLiteral[][] = [
      ['År', 'Kommun', 'Antal', 'Belopp'],
      [2022, 'Mora', 10, 100],
      [2022, 'Orsa', 20, 200],
      [2022, 'Falun', 30, 300],
      [2022, 'Samtliga', 60, 600],
      [2023, 'Mora', 10, 100],
      [2023, 'Orsa', 20, 200],
      [2023, 'Falun', 30, 300],
      [2023, 'Samtliga', 61, 600],
    ];
    expect(errors(check(rows))).toEqual(['column-total-mismatch|error|Antal|1|C9']);
    expect(codes(check(rows))).not.toContain('unit-duplicate');
  });

  it('returns no error for a Riket row that is a rate (nothing in the row reconciles)', () => {
    const rows: CellLiteral[][] = [
      ['Kommun', 'Ohälsotal', 'Antal'],
      ['Mora', 27.9, 10],
      ['Orsa', 26.4, 20],
      ['Falun', 27.8, 30],
      ['Riket', 22.3, 18.5],
    ];
    expect(errors(check(rows))).toEqual([]);
  });

  it('returns no error for a Riket rate in a lone additive column, but flags a lone Summa that is off', () => {
    const riket: CellLiteral[][] = [
      ['Kommun', 'Antal'],
      ['Mora', 10],
      ['Orsa', 20],
      ['Falun', 30],
      ['Riket', 20],
    ];
    expect(errors(check(riket))).toEqual([]);
    const summa: CellLiteral[][] = [
      ['Kommun', 'Antal'],
      ['Mora', 10],
      ['Orsa', 20],
      ['Falun', 30],
      ['Summa', 59],
    ];
    expect(errors(check(summa))).toEqual(['column-total-mismatch|error|Antal|-1|B5']);
  });

  it('reports a total over suppressed values as not checkable (info), never as a mismatch', () => {
    const rows: CellLiteral[][] = [
      ['Kommun', 'Antal', 'Belopp'],
      ['Mora', '..', 100],
      ['Orsa', '<15', 200],
      ['Falun', 30, 300],
      ['Samtliga', 75, 600],
    ];
    const fs = check(rows);
    expect(errors(fs)).toEqual([]);
    const info = fs.filter((f) => f.code === 'total-not-checkable');
    expect(info.map(brief)).toEqual(['total-not-checkable|info|Antal|-|B5']);
    expect(info[0]!.message.sv).toContain('2 undertryckta värden (.., <15)');
    const [t] = findTables(gridOf(rows), registry);
    expect(t!.rows[0]!.cells[1]!.suppressed).toBe('..');
    expect(t!.rows[0]!.cells[1]!.number).toBeUndefined();
  });

  it('checks a breakdown: Samtliga = Kommunal + Enskild per kommun, no unit-duplicate', () => {
    const rows: CellLiteral[][] = [
      ['Kommun', 'Typ av huvudman', 'Totalt antal', 'Andel (%) med examen'],
      ['Mora', 'Kommunal', 40, 60.1],
      ['Mora', 'Enskild', 9, 55.5],
      ['Mora', 'Samtliga', 49, 59.3],
      ['Orsa', 'Kommunal', 20, 70],
      ['Orsa', 'Enskild', 5, 80],
      ['Orsa', 'Samtliga', 26, 72],
    ];
    const [t] = findTables(gridOf(rows), registry);
    expect(t!.rows.filter((r) => r.role === 'subtotal').map((r) => r.row)).toEqual([3, 6]);
    // Orsa: 20 + 5 = 25, Samtliga says 26 (Δ +1); the percentages are shares and are never summed.
    expect(errors(check(rows))).toEqual(['column-total-mismatch|error|Totalt antal|1|C7']);
    expect(codes(check(rows))).not.toContain('unit-duplicate');
  });

  it('reads "| Sverige |" rows inside the body as aggregates, not as the end of the table', () => {
    const rows: CellLiteral[][] = [['Vecka', 'År', 'Region', 'Antal vaccinerade']];
    for (const week of [1, 2]) {
      rows.push([week, 2021, '| Sverige |', 60], [week, 2021, 'Dalarna', 10], [week, 2021, 'Gotland', 20]);
      rows.push([week, 2021, 'Skåne', 30]);
    }
    const [t] = findTables(gridOf(rows), registry);
    expect(t!.rows).toHaveLength(6);
    // År is the same on every row: it tells nothing apart, so the week alone is the group.
    expect(t!.aggregateRows?.map((r) => r.group)).toEqual(['1', '2']);
    expect(check(rows)).toEqual([]);
  });
});

describe('checkTable on column roles', () => {
  it('returns codes with leading zeros as codes, without number-as-text', () => {
    const rows: CellLiteral[][] = [
      ['Län', 'Län_namn', 'Kommun', 'Kommun_namn', 'Befolkning'],
      ['20', 'Dalarnas län', '2062', 'Mora', 20470],
      ['20', 'Dalarnas län', '2034', 'Orsa', 6911],
      ['01', 'Stockholms län', '0114', 'Upplands Väsby', 48000],
    ];
    const [t] = findTables(gridOf(rows), registry);
    expect(t!.columns.map((c) => `${c.letter}:${c.role}`)).toEqual([
      'A:code',
      'B:text',
      'C:code',
      'D:unit',
      'E:indicator',
    ]);
    expect(codes(check(rows))).not.toContain('number-as-text');
  });

  it('returns no negative-amount for a change column and no key-deviation without a stated total', () => {
    const rows: CellLiteral[][] = [
      ['Rang', 'Kommun', 'Folkmängd', 'Förändring', 'Belopp'],
      [1, 'Falun', 59406, -0.4, 300],
      [2, 'Mora', 20470, 1.2, 100],
      [3, 'Orsa', 6911, -2.5, 200],
    ];
    const [t] = findTables(gridOf(rows), registry);
    expect(t!.columns.map((c) => c.role)).toEqual(['rank', 'unit', 'indicator', 'share', 'amount']);
    expect(t!.columns[3]!.evidence).toContain('rubrik ”Förändring”');
    expect(check(rows, 'Folkmängd')).toEqual([]);
  });

  it('says no kr about a count series headed by periods', () => {
    const rows: CellLiteral[][] = [
      ['Län', 200701, 200702],
      ['Dalarnas län', 10, 20],
      ['Gotlands län', 5, 7],
      ['Skåne län', 40, 41],
      ['Samtliga', 55, 69],
    ];
    const [f] = check(rows).filter((x) => x.severity === 'error');
    expect(brief(f!)).toBe('column-total-mismatch|error|200702|1|C5');
    expect(f!.message.sv).toContain('skillnad 1.');
    expect(f!.message.sv).not.toMatch(/\bkr\b/);
  });
});

describe('checkTable properties on a table that reconciles', () => {
  const KOMMUNER = [
    'Avesta',
    'Borlänge',
    'Falun',
    'Gagnef',
    'Hedemora',
    'Leksand',
    'Ludvika',
    'Mora',
    'Orsa',
  ];
  const table = fc
    .record({
      n: fc.integer({ min: 3, max: KOMMUNER.length }),
      counts: fc.array(fc.integer({ min: 0, max: 100_000 }), {
        minLength: KOMMUNER.length,
        maxLength: KOMMUNER.length,
      }),
      amounts: fc.array(fc.integer({ min: 0, max: 10_000_000 }), {
        minLength: KOMMUNER.length,
        maxLength: KOMMUNER.length,
      }),
      seed: fc.integer(),
    })
    .map(({ n, counts, amounts, seed }) => ({
      units: KOMMUNER.slice(0, n).map((k, i): [string, number, number] => [k, counts[i]!, amounts[i]!]),
      seed,
    }));
  const block = (units: readonly [string, number, number][], prefix: CellLiteral[] = []): CellLiteral[][] => [
    ...units.map(([k, c, a]) => [...prefix, k, c, a]),
    [...prefix, 'Summa', units.reduce((s, u) => s + u[1], 0), units.reduce((s, u) => s + u[2], 0)],
  ];
  const shuffled = <T>(xs: readonly T[], seed: number): T[] => {
    const out = [...xs];
    let s = seed;
    for (let i = out.length - 1; i > 0; i--) {
      s = (s * 1103515245 + 12345) & 0x7fffffff;
      const j = s % (i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  const noErrors = (rows: CellLiteral[][]): void => expect(errors(check(rows))).toEqual([]);

  it('never creates an error when the unit rows are shuffled', () => {
    fc.assert(
      fc.property(table, ({ units, seed }) =>
        noErrors([['Kommun', 'Antal', 'Belopp'], ...block(shuffled(units, seed))]),
      ),
    );
  });

  it('never creates an error when a Riket row that is a rate is inserted at the top or bottom', () => {
    fc.assert(
      fc.property(
        table,
        fc.boolean(),
        fc.double({ min: 0.1, max: 99, noNaN: true }),
        ({ units }, top, rate) => {
          const body = block(units);
          const riket: CellLiteral[] = ['Riket', rate, rate / 3];
          const rows = top ? [riket, ...body] : [...body.slice(0, -1), riket, body[body.length - 1]!];
          noErrors([['Kommun', 'Antal', 'Belopp'], ...rows]);
        },
      ),
    );
  });

  it('never creates an error when a period column is added', () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 2000, max: 2030 }), ({ units }, year) =>
        noErrors([['År', 'Kommun', 'Antal', 'Belopp'], ...block(units, [year])]),
      ),
    );
  });

  it('never creates an error when the table is repeated for three years', () => {
    fc.assert(
      fc.property(table, ({ units, seed }) =>
        noErrors([
          ['År', 'Kommun', 'Antal', 'Belopp'],
          ...[2022, 2023, 2024].flatMap((y, i) => block(shuffled(units, seed + i), [y])),
        ]),
      ),
    );
  });
});
