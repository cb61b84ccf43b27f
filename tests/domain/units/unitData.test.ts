import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KOMMUN_DATA, LAN_DATA } from '../../../src/domain/units/unitData';

const csv = (name: string): string[][] =>
  readFileSync(join(__dirname, '../../fixtures/reference', name), 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split(','));

describe('KOMMUN_DATA', () => {
  it('returns the 290 kommuner of the SCB reference list with their population', () => {
    const kommuner = csv('kommuner-lan-2024.csv');
    const population = new Map(
      csv('befolkning-1nov2024-kommun.csv').map(([code, , pop]) => [code, Number(pop)]),
    );
    expect(KOMMUN_DATA).toHaveLength(290);
    expect(KOMMUN_DATA.map(([code, name, pop]) => [code, name, pop])).toEqual(
      kommuner.map(([code, name]) => [code, name, population.get(code ?? '')]),
    );
    expect(KOMMUN_DATA.reduce((s, [, , p]) => s + p, 0)).toBe(10_587_140);
  });
});

describe('LAN_DATA', () => {
  it('returns the 21 län with short and full names', () => {
    expect(LAN_DATA.map(([code, short, name]) => [code, name, short])).toEqual(csv('lan-21.csv'));
  });
});
