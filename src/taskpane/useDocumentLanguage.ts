import { useEffect } from 'react';
import { type StringKey } from '../i18n/sv';
import { useStrings } from './StringsContext';

/** Keeps the page's title and its `lang` attribute in the user's language (a page of its own: preview, window). */
export function useDocumentLanguage(titleKey: StringKey): void {
  const { t, lang } = useStrings();
  useEffect(() => {
    document.title = t(titleKey);
    document.documentElement.lang = lang;
  }, [t, lang, titleKey]);
}
