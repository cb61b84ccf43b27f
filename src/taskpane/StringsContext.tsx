import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { type Lang } from '../i18n/Lang';
import { t as translate, type StringParams } from '../i18n/strings';
import { type StringKey } from '../i18n/sv';

/** What components need to speak the user's language. */
export interface StringsValue {
  readonly lang: Lang;
  readonly t: (key: StringKey, params?: StringParams) => string;
}

const StringsContext = createContext<StringsValue>({
  lang: 'sv',
  t: (key, params) => translate('sv', key, params),
});

/** Provides the UI language to the components below. */
export function StringsProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo<StringsValue>(
    () => ({ lang, t: (key, params) => translate(lang, key, params) }),
    [lang],
  );
  return <StringsContext.Provider value={value}>{children}</StringsContext.Provider>;
}

/** The current language and its `t`. */
export function useStrings(): StringsValue {
  return useContext(StringsContext);
}
