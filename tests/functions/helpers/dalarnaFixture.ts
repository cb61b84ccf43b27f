import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One kommun row of the published Dalarna 2020 table, as published. */
export interface DalarnaRow {
  readonly kommun: string;
  readonly population: number;
  readonly amount: number;
}

/** The published table (Vårdens medarbetare 2020, 15 711 504 kr by population 31 Dec 2019) and its sum row. */
export function loadDalarna(): { rows: DalarnaRow[]; total: number; populationTotal: number } {
  const text = readFileSync(
    join(__dirname, '../../fixtures/functions/dalarna-2020-vardens-medarbetare-per-kommun.csv'),
    'utf8',
  );
  const lines = text.trim().split(/\r?\n/).slice(1);
  const parsed = lines.map((line) => {
    const [kommun, population, amount] = line.split(',');
    return { kommun: kommun ?? '', population: Number(population), amount: Number(amount) };
  });
  const sum = parsed.find((r) => r.kommun === 'Summa');
  if (!sum) throw new Error('fixture has no Summa row');
  return {
    rows: parsed.filter((r) => r !== sum),
    total: sum.amount,
    populationTotal: sum.population,
  };
}
