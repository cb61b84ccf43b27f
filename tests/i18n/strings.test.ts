import { langFromTag } from '../../src/i18n/Lang';
import { stringsFor, t } from '../../src/i18n/strings';

describe('t', () => {
  it('returns the string in the language with placeholders filled', () => {
    expect(t('sv', 'underlag.size', { rows: 19, cols: 3 })).toBe('19 rader × 3 kolumner');
    expect(t('en', 'underlag.size', { rows: 19, cols: 3 })).toBe('19 rows × 3 columns');
  });
  it('leaves a placeholder without a parameter visible rather than inventing text', () => {
    expect(t('en', 'underlag.table', {})).toBe('Table {range}');
  });
  it('returns the Swedish preview title', () => {
    expect(stringsFor('sv')['preview.title']).toBe('Länsnyckel – förhandsvisning');
  });
});

describe('langFromTag', () => {
  it('returns en for English tags and sv otherwise', () => {
    expect(['en-US', 'en', 'sv-SE', 'fi-FI', undefined, null].map(langFromTag)).toEqual([
      'en',
      'en',
      'sv',
      'sv',
      'sv',
      'sv',
    ]);
  });
});
