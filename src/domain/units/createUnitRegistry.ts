import { compactLabel } from './normalizeLabel';
import { editDistance } from './editDistance';
import { type Unit, type UnitLevel } from './Unit';
import { countyOf, kommunCode, regionCode } from './UnitCode';
import { KOMMUN_DATA, LAN_DATA } from './unitData';
import { type UnitRegistry, type UnitResolution } from './UnitRegistry';
import { defined } from '../errors';

/** Name forms that no suffix rule derives (compact keys). */
const KOMMUN_ALIASES: Record<string, string> = { falu: '2080', regiongotland: '0980' };
const REGION_ALIASES: Record<string, string> = {
  sörmland: '04',
  jämtlandhärjedalen: '23',
  västragötalandsregionen: '14',
  vgregionen: '14',
  vgr: '14',
};
const KOMMUN_SUFFIXES = ['kommunen', 'kommun', 'staden', 'stad', 'municipality'];
const REGION_PREFIXES = ['regionen', 'region', 'landstingeti', 'landstinget'];
const REGION_SUFFIXES = ['regionen', 'region', 'landsting', 'län', 'county'];

/**
 * The registry of the 290 kommuner and 21 regioner shipped with Länsnyckel (SCB 2024).
 * @example createUnitRegistry().resolve('Falu kommun') //=> { ok: true, unit: { code: '2080', name: 'Falun', … }, via: 'name' }
 */
export function createUnitRegistry(): UnitRegistry {
  const kommuner: Unit[] = KOMMUN_DATA.map(([text, name]) => {
    const code = kommunCode(text);
    return { level: 'kommun', code, name, countyCode: countyOf(code) };
  });
  const regions: Unit[] = LAN_DATA.map(([text, name]) => {
    const code = regionCode(text);
    return { level: 'region', code, name, countyCode: code };
  });
  const byCodeMap = new Map<string, Unit>([...kommuner, ...regions].map((u) => [u.code, u]));
  const kommunKeys = new Map<string, Unit>(kommuner.map((u) => [compactLabel(u.name), u]));
  const regionKeys = new Map<string, Unit>(regions.map((u) => [compactLabel(u.name), u]));
  for (const [alias, code] of Object.entries(KOMMUN_ALIASES))
    kommunKeys.set(alias, defined(byCodeMap.get(code), `kommun ${code} of alias ${alias}`));
  for (const [alias, code] of Object.entries(REGION_ALIASES))
    regionKeys.set(alias, defined(byCodeMap.get(code), `region ${code} of alias ${alias}`));

  const population = new Map<string, number>();
  for (const [code, , pop] of KOMMUN_DATA) {
    population.set(code, pop);
    population.set(code.slice(0, 2), (population.get(code.slice(0, 2)) ?? 0) + pop);
  }
  const memo = new Map<string, readonly Unit[]>();

  const byCode = (code: string): Unit | undefined => {
    const c = code.trim();
    if (!/^\d{1,4}$/.test(c)) return undefined;
    return byCodeMap.get(c.length <= 2 ? c.padStart(2, '0') : c.padStart(4, '0'));
  };

  const matches = (label: string): readonly Unit[] => {
    const key = compactLabel(label);
    const hit = memo.get(key);
    if (hit) return hit;
    const found = matchCompact(key, kommunKeys, regionKeys, byCode);
    if (memo.size < 50_000) memo.set(key, found);
    return found;
  };

  const suggest = (label: string, level?: UnitLevel, max = 3): readonly Unit[] => {
    const key = stripAffixes(compactLabel(label), [...KOMMUN_SUFFIXES, ...REGION_SUFFIXES], REGION_PREFIXES);
    const pool =
      level === 'kommun'
        ? kommunKeys
        : level === 'region'
          ? regionKeys
          : new Map([...regionKeys, ...kommunKeys]);
    const budget = Math.max(2, Math.floor(key.length / 4));
    return [...pool.entries()]
      .map(([k, u]) => ({ u, d: editDistance(key, k, budget) }))
      .filter((x) => x.d <= budget)
      .sort((a, b) => a.d - b.d || a.u.code.localeCompare(b.u.code))
      .map((x) => x.u)
      .filter((u, i, all) => all.indexOf(u) === i)
      .slice(0, max);
  };

  const resolve = (label: string, level?: UnitLevel): UnitResolution => {
    const viaCode = /^\s*\d{1,4}\s*$/.test(label);
    const all = matches(label);
    const pick = level
      ? all.find((u) => u.level === level)
      : (all.find((u) => u.level === 'kommun') ?? all[0]);
    if (pick) return { ok: true, unit: pick, via: viaCode ? 'code' : 'name' };
    return { ok: false, suggestions: suggest(label, level) };
  };

  return {
    kommuner,
    regions,
    byCode,
    matches,
    resolve,
    suggest,
    population: (code) => population.get(code),
    kommunerIn: (county) => kommuner.filter((k) => k.countyCode === county),
  };
}

/** Every unit a compact label can name: by code, by "0180 Stockholm", by name forms at both levels. */
function matchCompact(
  key: string,
  kommunKeys: ReadonlyMap<string, Unit>,
  regionKeys: ReadonlyMap<string, Unit>,
  byCode: (code: string) => Unit | undefined,
): readonly Unit[] {
  if (key === '') return [];
  if (/^\d{1,4}$/.test(key)) {
    const u = byCode(key);
    return u ? [u] : [];
  }
  const [, code, rest] = /^(\d{2}|\d{4})(\D.*)$/.exec(key) ?? [];
  if (code !== undefined && rest !== undefined) {
    const u = byCode(code);
    const named = matchCompact(rest, kommunKeys, regionKeys, byCode);
    return u && named.includes(u) ? [u] : [];
  }
  const out: Unit[] = [];
  const kommun = lookupWithForms(key, kommunKeys, KOMMUN_SUFFIXES, []);
  if (kommun) out.push(kommun);
  const region = lookupWithForms(key, regionKeys, REGION_SUFFIXES, REGION_PREFIXES);
  if (region) out.push(region);
  return out;
}

/** Exact key, else the key without prefixes/suffixes, with or without a genitive -s. */
function lookupWithForms(
  key: string,
  keys: ReadonlyMap<string, Unit>,
  suffixes: readonly string[],
  prefixes: readonly string[],
): Unit | undefined {
  for (const stem of stemsOf(key, suffixes, prefixes)) {
    // "Falu kommun", "Jönköpings län", "Västragötalandsregionen": genitive -s before the suffix.
    const hit =
      keys.get(stem) ?? (stem !== key && stem.endsWith('s') ? keys.get(stem.slice(0, -1)) : undefined);
    if (hit) return hit;
  }
  return undefined;
}

/** The key, then the key stripped of one prefix and successively of suffixes ("stockholmslänslandsting" → … → "stockholms"). */
function stemsOf(key: string, suffixes: readonly string[], prefixes: readonly string[]): string[] {
  const stems = [key];
  let k = key;
  const prefix = prefixes.find((p) => k.startsWith(p) && k.length > p.length);
  if (prefix) {
    k = k.slice(prefix.length);
    stems.push(k);
  }
  for (let changed = true; changed;) {
    changed = false;
    for (const s of suffixes) {
      const cut = s === 'län' && k.endsWith('läns') ? 'läns' : s;
      if (k.endsWith(cut) && k.length > cut.length) {
        k = k.slice(0, -cut.length);
        stems.push(k);
        changed = true;
      }
    }
  }
  return stems;
}

/** The shortest stem: the name part a suggestion should be compared with. */
function stripAffixes(key: string, suffixes: readonly string[], prefixes: readonly string[]): string {
  // stemsOf starts from the key itself, so there is always a last stem.
  return stemsOf(key, suffixes, prefixes).at(-1) ?? key;
}
