import { defaultUnitRegistry } from '../../src/domain/units/defaultUnitRegistry';
import {
  followupReportFromTable,
  followupRole,
  followupRoleCandidates,
  recogniseFollowupColumns,
} from '../../src/workbook/followupColumns';
import { findTables } from '../../src/workbook/findTables';
import { parseCsv } from '../../src/workbook/parseCsv';

describe('followupRole', () => {
  it.each([
    ['Tilldelat', 'allocated'],
    ['Erhållna medel 2020', 'allocated'],
    ['Rekvirerat belopp', 'requested'],
    ['Utbetalt', 'requested'],
    ['Förbrukat', 'used'],
    ['Använt', 'used'],
    ['Upparbetat 2020', 'used'],
    ['Ej förbrukat (kr)', 'unused'],
    ['Inte använt', 'unused'],
    ['Kvar', 'unused'],
    ['Återbetalas', 'unused'],
    ['Överfört till 2021', 'transferred'],
    ['Satsning', 'pot'],
    ['Befolkning dec 2019', undefined],
  ])('%s → %s', (header, role) => {
    expect(followupRole(header)).toBe(role);
  });
});

describe('followupReportFromTable', () => {
  const csv = [
    'Kommun;Erhållet (tkr);Förbrukat (tkr);Kvar (tkr)',
    'Falun;3 241,208;3 000;241,208',
    'Mora;1 116,849;se bilaga;0',
    'Orsa;377,066;377,066;0',
  ].join('\n');
  const [table] = findTables(parseCsv(csv, 'Rapport'), defaultUnitRegistry());

  it('recognises the columns by their Swedish headers', () => {
    expect(recogniseFollowupColumns(table!)).toEqual({
      choice: { allocated: 'B', used: 'C', unused: 'D' },
      ambiguous: [],
    });
  });

  it('reads tkr columns as exact kronor and text that is no number as unreadable', () => {
    const report = followupReportFromTable(table!);
    // 3 241,208 tkr = 3 241 208 kr.
    expect(report.rows[0]!.allocated).toEqual({
      value: { num: 3241208n, den: 1n },
      cell: 'B2',
      column: 'Erhållet (tkr)',
    });
    expect(report.rows[0]).toMatchObject({ unit: 'Falun', code: '2080', labelCell: 'A2' });
    expect(report.rows[1]!.used).toBeUndefined();
    expect(report.rows[1]!.unreadable).toEqual([
      { cell: 'C3', column: 'Förbrukat (tkr)', text: 'se bilaga' },
    ]);
  });
});

describe('followupRoleCandidates', () => {
  const csv = [
    'Kommun;Tilldelat;Förbrukat;Förbrukat enligt prognos;Ej förbrukat',
    'Falun;3241208;3000000;3001000;241208',
    'Mora;1116849;1116849;1117849;0',
    'Orsa;377066;377066;378066;0',
  ].join('\n');
  const [table] = findTables(parseCsv(csv, 'Rapport'), defaultUnitRegistry());

  it('lists both förbrukat columns of a report where the role is ambiguous, and only the one ej förbrukat', () => {
    expect(recogniseFollowupColumns(table!).ambiguous).toEqual(['used']);
    expect(followupRoleCandidates(table!, 'used').map((c) => `${c.letter}: ${c.header}`)).toEqual([
      'C: Förbrukat',
      'D: Förbrukat enligt prognos',
    ]);
    expect(followupRoleCandidates(table!, 'unused').map((c) => c.letter)).toEqual(['E']);
    expect(followupRoleCandidates(table!, 'transferred')).toEqual([]);
  });
});
