import { en } from '../../src/i18n/en';
import { sv } from '../../src/i18n/sv';

describe('dictionaries', () => {
  it('have identical key sets in Swedish and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
  });
  it('use the same placeholders in both languages', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(sv) as (keyof typeof sv)[])
      expect({ key, p: placeholders(en[key]) }).toEqual({ key, p: placeholders(sv[key]) });
  });
  it('have no empty strings', () => {
    expect([...Object.values(sv), ...Object.values(en)].filter((s) => s.trim() === '')).toEqual([]);
  });
});
