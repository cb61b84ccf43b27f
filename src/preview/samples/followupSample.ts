/**
 * An EXAMPLE återredovisning for Dalarna 2020 (Vårdens medarbetare): invented figures against the published
 * allocation, with one of each follow-up finding planted so the feature has something to show:
 * Falun reports 3 241 280 tilldelat (allocated 3 241 208, Δ +72), Mora used 1 150 000 of 1 116 849 (Δ +33 151),
 * Borlänge 2 869 325 − 2 800 000 ≠ 69 000 (Δ −325), Vansbro sent no report, Ljusdal (Gävleborg) is not in it.
 * Row 1 says it is an example; the table starts at row 3; its sum row is live SUMs.
 */
export const FOLLOWUP_SAMPLE = {
  sheet: 'Återredovisning 2020',
  rows: [
    [
      'EXEMPEL – påhittad återredovisning av Vårdens medarbetare 2020, Dalarnas län (inte verkliga uppgifter)',
    ],
    [],
    ['Kommun', 'Tilldelat', 'Förbrukat', 'Ej förbrukat'],
    ['Avesta', 1264598, 1200000, 64598],
    ['Borlänge', 2869325, 2800000, 69000],
    ['Falun', 3241280, 3000000, 241280],
    ['Gagnef', 562189, 562189, 0],
    ['Hedemora', 845193, 845193, 0],
    ['Leksand', 862434, 862434, 0],
    ['Ludvika', 1467562, 1400000, 67562],
    ['Malung-Sälen', 553132, 553132, 0],
    ['Mora', 1116849, 1150000, -33151],
    ['Orsa', 377066, 377066, 0],
    ['Rättvik', 597435, 597435, 0],
    ['Smedjebacken', 594380, 594380, 0],
    ['Säter', 605237, 605237, 0],
    ['Älvdalen', 383613, 383613, 0],
    ['Ljusdal', 250000, 250000, 0],
    ['Summa', '=SUM(B4:B18)', '=SUM(C4:C18)', '=SUM(D4:D18)'],
  ] as readonly (readonly (string | number)[])[],
} as const;
