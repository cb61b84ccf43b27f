import { en } from './en';
import { type Lang } from './Lang';
import { sv, type StringKey, type Strings } from './sv';

const DICTIONARIES: Readonly<Record<Lang, Strings>> = { sv, en };

/** The dictionary of a language. */
export function stringsFor(lang: Lang): Strings {
  return DICTIONARIES[lang];
}

/** Parameters for a string's `{name}` placeholders; numbers should be formatted by the caller. */
export type StringParams = Readonly<Record<string, string | number>>;

/**
 * A UI string in the language, with `{name}` placeholders filled in.
 * @example t('en', 'underlag.size', { rows: '19', cols: '3' }) //=> '19 rows × 3 columns'
 */
export function t(lang: Lang, key: StringKey, params: StringParams = {}): string {
  return DICTIONARIES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
