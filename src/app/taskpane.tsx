import { createRoot, type Root } from 'react-dom/client';
import { langFromTag, type Lang } from '../i18n/Lang';
import { t } from '../i18n/strings';
import { App } from '../taskpane/App';
import { analyzeSheet } from './analyzeSheet';
import { ExcelContractFixture } from '../excel/ExcelContractFixture';
import { type SelfTestHost } from '../taskpane/selftest/SelfTestHost';
import { createOfficeHost } from './createOfficeHost';
import { createOfficePort } from './createOfficePort';
import { pageElement } from './pageElement';
import { whenPaneVisible } from './whenPaneVisible';
import { pickOfficeTheme } from './pickOfficeTheme';

const root = createRoot(pageElement('root'));

/** Opened outside Excel (a browser, or office.js blocked): say where it runs instead of a blank page. */
function renderOutsideExcel(target: Root, lang: Lang): void {
  document.documentElement.lang = lang;
  target.render(
    <div style={{ padding: 16 }}>
      <p>{t(lang, 'office.openInExcel')}</p>
      <p>
        <a href="preview.html">{t(lang, 'office.tryPreview')}</a>
      </p>
    </div>,
  );
}

// office.js loads synchronously before this deferred script: undefined here means it could not be fetched.
if (typeof Office === 'undefined') {
  renderOutsideExcel(root, langFromTag(navigator.language));
} else {
  // Office.onReady resolves outside Office too (host = null): the page then says to open it in Excel.
  void Office.onReady().then((info) => {
    const lang = langFromTag(Office.context?.displayLanguage);
    document.documentElement.lang = lang;
    if (info.host !== Office.HostType.Excel) {
      renderOutsideExcel(root, lang);
      return;
    }
    // With the shared runtime this page may be loaded hidden (custom functions): read the workbook only once shown.
    whenPaneVisible(
      {
        pageVisible: () => document.visibilityState === 'visible',
        onPageVisibility: (listener) => document.addEventListener('visibilitychange', listener),
        ...(Office.context.requirements.isSetSupported('SharedRuntime', '1.1')
          ? {
              onPaneVisibility: (listener: (mode: string) => void) =>
                void Office.addin.onVisibilityModeChanged((args) => listener(args.visibilityMode)),
            }
          : {}),
      },
      () => {
        const port = createOfficePort();
        const theme = pickOfficeTheme(
          Office.context.officeTheme,
          matchMedia('(prefers-color-scheme: dark)').matches,
        );
        root.render(
          <App
            port={port}
            lang={lang}
            theme={theme}
            analyze={analyzeSheet}
            selfTest={officeSelfTestHost()}
            host={createOfficeHost()}
          />,
        );
      },
    );
  });
}

/** Självtest in Excel: the contract suite over Office.js, with the host, platform and version Office reports. */
function officeSelfTestHost(): SelfTestHost {
  const diagnostics = Office.context.diagnostics;
  return {
    fixture: new ExcelContractFixture(),
    environment: {
      host: String(diagnostics?.host ?? 'Excel'),
      platform: String(diagnostics?.platform ?? Office.context.platform ?? ''),
      version: diagnostics?.version ?? '',
    },
  };
}
