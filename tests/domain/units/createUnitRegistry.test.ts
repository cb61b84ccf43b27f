import { createUnitRegistry } from '../../../src/domain/units/createUnitRegistry';
import { editDistance } from '../../../src/domain/units/editDistance';
import { defined } from '../../helpers/defined';

const registry = createUnitRegistry();
const resolved = (label: string, level?: 'kommun' | 'region'): string | undefined => {
  const r = registry.resolve(label, level);
  return r.ok ? `${r.unit.level}:${r.unit.code}` : undefined;
};

describe('createUnitRegistry', () => {
  it.each([
    ['Falu kommun', 'kommun:2080'],
    ['Falun', 'kommun:2080'],
    ['Mora kommun', 'kommun:2062'],
    ['Hedemora kommun', 'kommun:2083'],
    ['Mariestads kommun', 'kommun:1493'],
    ['Göteborgs Stad', 'kommun:1480'],
    ['Upplands-Väsby', 'kommun:0114'],
    ['Upplands Bro', 'kommun:0139'],
    ['Malung Sälen', 'kommun:2023'],
    [' Leksand\u00a0', 'kommun:2029'],
    ['LEKSAND', 'kommun:2029'],
    ['0180', 'kommun:0180'],
    ['180', 'kommun:0180'],
    ['01', 'region:01'],
    ['2080 Falun', 'kommun:2080'],
  ])('returns the kommun for %j', (label, want) => {
    expect(resolved(label, 'kommun') ?? resolved(label)).toBe(want);
  });

  it.each([
    ['Region Dalarna', '20'],
    ['Dalarnas län', '20'],
    ['Västragötalandsregionen', '14'],
    ['Västra Götalandsregionen', '14'],
    ['Västra Götaland', '14'],
    ['Jämtland Härjedalen', '23'],
    ['Region Jämtland Härjedalen', '23'],
    ['Jönköpings län', '06'],
    ['Region Jönköpings län', '06'],
    ['Sörmland', '04'],
    ['Region Sörmland', '04'],
    ['Örebro län', '18'],
    ['Region Örebro', '18'],
    ['Kalmar län', '08'],
    ['Stockholms läns landsting', '01'],
    ['Region Gotland', '09'],
  ])('returns the region for %j', (label, code) => {
    expect(resolved(label, 'region')).toBe(`region:${code}`);
  });

  it('returns both levels for names that are a kommun and a region', () => {
    expect(registry.matches('Stockholm').map((u) => u.code)).toEqual(['0180', '01']);
    expect(registry.matches('Gotland').map((u) => u.code)).toEqual(['0980', '09']);
    expect(resolved('Stockholm')).toBe('kommun:0180');
  });

  it('flags near misses with did-you-mean suggestions', () => {
    const r = registry.resolve('Leksnad', 'kommun');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.suggestions.map((u) => u.name)).toContain('Leksand');
    const v = registry.resolve('Region Värmlnd', 'region');
    expect(!v.ok && v.suggestions[0]?.name).toBe('Värmland');
  });

  it('returns no unit for totals, headers and unknown codes', () => {
    for (const label of ['Summa', 'Totalsumma', 'Riket', 'Kommun', '', '9999', '02']) {
      expect(registry.matches(label)).toEqual([]);
    }
  });

  it('returns population per kommun and per län (sum of its kommuner)', () => {
    expect(registry.population('0114')).toBe(50295);
    const dalarna = registry.kommunerIn('20').reduce((s, k) => s + defined(registry.population(k.code)), 0);
    expect(registry.population('20')).toBe(dalarna);
    expect(registry.kommunerIn('20')).toHaveLength(15);
    expect(registry.regions).toHaveLength(21);
  });
});

describe('editDistance', () => {
  it('returns the Levenshtein distance', () => {
    expect(editDistance('leksnad', 'leksand')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('mora', 'mora')).toBe(0);
  });
  it('returns max + 1 once the budget is exceeded', () => {
    expect(editDistance('stockholm', 'x', 2)).toBe(3);
  });
});
