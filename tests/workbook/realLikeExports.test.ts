import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkTable } from '../../src/domain/checks/checkTable';
import { type Finding } from '../../src/domain/findings/Finding';
import { defaultUnitRegistry } from '../../src/domain/units/defaultUnitRegistry';
import { decodeCsvBytes } from '../../src/workbook/decodeCsvBytes';
import { findTables } from '../../src/workbook/findTables';
import { type Grid } from '../../src/workbook/Grid';
import { parseCsv } from '../../src/workbook/parseCsv';

/** Small exports written by hand in the styles of the agencies (tests/fixtures/real-like/), not copies of real files. */
const registry = defaultUnitRegistry();
const dir = join(__dirname, '../fixtures/real-like');
const read = (name: string): string => decodeCsvBytes(new Uint8Array(readFileSync(join(dir, name)))).text;
const grid = (name: string, text = read(name)): Grid => parseCsv(text, name.replace(/\.csv$/, ''));
const check = (g: Grid): Finding[] => findTables(g, registry).flatMap((t) => checkTable(t, { registry }));
const brief = (f: Finding): string =>
  `${f.code}|${f.severity}|${f.column ?? '-'}|${f.delta ?? '-'}|${f.cells.join(' ')}`;
const errors = (fs: Finding[]): string[] => fs.filter((f) => f.severity === 'error').map(brief);
const codes = (fs: Finding[]): string[] => [...new Set(fs.map((f) => f.code))].sort();

describe('checkTable on real-like government exports', () => {
  it('SCB PxWeb long format (region "0114 Upplands Väsby" × år, ".."): one table, no error, no duplicate', () => {
    const g = grid('scb-pxweb-folkmangd-region-ar.csv');
    const tables = findTables(g, registry);
    expect(tables.map((t) => [t.range, t.rows.length, t.title])).toEqual([
      ['A3:C11', 8, 'Folkmängd efter region och år'],
    ]);
    expect(tables[0]!.rows.map((r) => r.unit?.code)).toEqual([
      '0114',
      '0114',
      '0115',
      '0115',
      '0117',
      '0117',
      '0120',
      '0120',
    ]);
    const findings = check(g);
    expect(errors(findings)).toEqual([]);
    expect(codes(findings)).not.toContain('unit-duplicate');
  });

  it('SCB PxWeb wide (år as columns, "00 Riket" first): Riket is the country, not the sum, so no error', () => {
    const findings = check(grid('scb-pxweb-region-ar-bred.csv'));
    expect(errors(findings)).toEqual([]);
    expect(findings.filter((f) => f.code === 'negative-amount')).toEqual([]);
  });

  it('Kolada long format (Kommun-id, Nyckeltal, År, Värde with a percent row per kommun, Riket 0000): no error', () => {
    const findings = check(grid('kolada-nyckeltal-lang.csv'));
    expect(errors(findings)).toEqual([]);
    expect(codes(findings)).not.toContain('unit-duplicate');
    expect(codes(findings)).not.toContain('number-as-text');
  });

  it('Försäkringskassan in Windows-1252 (län and kommun columns, days with decimals, negative change, Riket last)', () => {
    const decoded = decodeCsvBytes(new Uint8Array(readFileSync(join(dir, 'fk-ohalsotal-kommun-cp1252.csv'))));
    expect(decoded.text).toContain('Älvdalen');
    const g = grid('fk-ohalsotal-kommun-cp1252.csv', decoded.text);
    const [t] = findTables(g, registry);
    expect(t!.columns.find((c) => c.role === 'unit')?.header).toBe('Kommun');
    const findings = check(g);
    expect(errors(findings)).toEqual([]);
    expect(codes(findings)).not.toContain('negative-amount');
  });

  it('Skolverket (Samtliga/Kommunal/Enskild per kommun, ".", "..", "<15", Riket): no error; Älvdalen not checkable', () => {
    const g = grid('skolverket-elever-huvudman.csv');
    const findings = check(g);
    expect(errors(findings)).toEqual([]);
    expect(codes(findings)).not.toContain('unit-duplicate');
    const [t] = findTables(g, registry);
    // The two legend rows under the table are notes, not units or totals.
    expect(t!.rows.map((r) => r.label)).not.toContain('.. Uppgift saknas eller för få elever');
    expect(t!.range).toBe('A2:E12');
    expect(findings.filter((f) => f.code === 'total-not-checkable').map((f) => f.column)).toEqual([
      'Antal elever',
    ]);
  });

  it('Socialstyrelsen (Region …, percent with one decimal, Riket last that is the country): no error', () => {
    const g = grid('socialstyrelsen-andel-region.csv');
    const [t] = findTables(g, registry);
    expect(t!.columns.find((c) => c.header === 'Andel (%)')?.role).toBe('share');
    expect(errors(check(g))).toEqual([]);
  });

  it('Tillväxtanalys (years as columns, Totalt column, Summa row): reconciles, and a Summa 3 too high is found', () => {
    expect(errors(check(grid('tillvaxtanalys-nystartade.csv')))).toEqual([]);
    const text = read('tillvaxtanalys-nystartade.csv').replace(
      'Summa;630;663;719;619;575;3206',
      'Summa;630;663;719;619;578;3209',
    );
    expect(errors(check(grid('tillvaxtanalys-nystartade.csv', text)))).toEqual([
      'column-total-mismatch|error|2023|3|F7',
      'column-total-mismatch|error|Totalt|3|G7',
    ]);
  });

  it('Kolada with the kommuner across the top and Riket as the last column: found turned, no error', () => {
    const g = grid('kolada-kommuner-som-kolumner.csv');
    const [t, ...rest] = findTables(g, registry);
    expect(rest).toEqual([]);
    expect([t!.transposed, t!.range, t!.rows.map((r) => r.label)]).toEqual([
      true,
      'A2:E5',
      ['Mora', 'Orsa', 'Älvdalen'],
    ]);
    expect(errors(check(g))).toEqual([]);
  });
});
