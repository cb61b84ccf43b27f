import { createRoot } from 'react-dom/client';
import { langFromTag } from '../i18n/Lang';
import { t } from '../i18n/strings';
import { App } from '../taskpane/App';
import { analyzeSheet } from './analyzeSheet';
import { createOfficeHost } from './createOfficeHost';
import { createOfficePort } from './createOfficePort';
import { pickOfficeTheme } from './pickOfficeTheme';

// Office.onReady resolves outside Office too (host = null): the page then says to open it in Excel.
void Office.onReady().then((info) => {
  const root = createRoot(document.getElementById('root')!);
  const lang = langFromTag(Office.context?.displayLanguage);
  document.documentElement.lang = lang;
  if (info.host !== Office.HostType.Excel) {
    root.render(<p style={{ padding: 16 }}>{t(lang, 'office.openInExcel')}</p>);
    return;
  }
  const port = createOfficePort();
  const theme = pickOfficeTheme(
    Office.context.officeTheme,
    matchMedia('(prefers-color-scheme: dark)').matches,
  );
  root.render(<App port={port} lang={lang} theme={theme} analyze={analyzeSheet} host={createOfficeHost()} />);
});
