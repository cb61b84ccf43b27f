/** The UI languages: Swedish is the working language, English the second. */
export type Lang = 'sv' | 'en';

export const LANGS: readonly Lang[] = ['sv', 'en'];

/** Picks the UI language from a BCP 47 tag such as Office's displayLanguage ("sv-SE"); Swedish unless English. */
export function langFromTag(tag: string | undefined | null): Lang {
  return tag?.toLowerCase().startsWith('en') ? 'en' : 'sv';
}
