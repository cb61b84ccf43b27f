import { populationPerKommunPlan } from '../../../src/domain/presets/populationPerKommunPlan';
import { readFixture } from '../../fixtures/engine/readFixture';
import { cell, kronor, potAt, runPlan, tableInputs } from './presetHarness';

// Dalarna 2020: Kommun, Befolkning dec 2019, Ers per kommun; last row "Summa".
const rows = readFixture('dalarna-2020-vardens-medarbetare-per-kommun.csv');
const body = rows.slice(1, -1);

describe('populationPerKommunPlan', () => {
  it('returns the published "Ers per kommun" exactly from population and 15 711 504 kr', () => {
    const { units, indicators } = tableInputs(body, { population: 1 });
    const allocation = runPlan(populationPerKommunPlan(), units, indicators);
    expect(kronor(potAt(allocation, 0).amounts)).toEqual(body.map((r) => BigInt(cell(r, 2))));
    expect(rows.at(-1)?.[2]).toBe('15711504');
  });

  it('returns the same amounts per kommun whatever the row order', () => {
    const reversed = [...body].reverse();
    const { units, indicators } = tableInputs(reversed, { population: 1 });
    const allocation = runPlan(populationPerKommunPlan(), units, indicators);
    expect(kronor(potAt(allocation, 0).amounts)).toEqual(reversed.map((r) => BigInt(cell(r, 2))));
  });
});
