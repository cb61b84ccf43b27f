// The contract page for `npm run test:excel` (development builds only): inside Excel it runs the WorkbookPort
// contract suite over Office.js on temporary sheets (always removed) and posts the report to the collector.
import { ExcelContractFixture } from '../excel/ExcelContractFixture';
import { langFromTag } from '../i18n/Lang';
import { t } from '../i18n/strings';
import { checkTexts } from '../taskpane/selftest/selfTestReport';
import {
  CollectorRejectedError,
  CONTRACT_RESULTS_PATH,
  runAndReport,
  type ContractReport,
} from './contractReport';
import { createOfficePort } from './createOfficePort';
import { pageElement } from './pageElement';

const status = pageElement('status');
const list = pageElement('outcomes');

async function post(report: ContractReport): Promise<void> {
  const response = await fetch(CONTRACT_RESULTS_PATH, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(report),
  });
  if (!response.ok) throw new CollectorRejectedError(response.status, await response.text());
}

if (typeof Office === 'undefined') {
  status.textContent = t(langFromTag(navigator.language), 'office.openInExcel');
} else {
  void Office.onReady().then(async (info) => {
    const lang = langFromTag(Office.context?.displayLanguage);
    if (info.host !== Office.HostType.Excel) {
      status.textContent = t(lang, 'office.openInExcel');
      return;
    }
    const diagnostics = Office.context.diagnostics;
    const environment = {
      host: String(diagnostics?.host ?? 'Excel'),
      platform: String(diagnostics?.platform ?? Office.context.platform ?? ''),
      version: diagnostics?.version ?? '',
    };
    status.textContent = t(lang, 'selftest.environment', { ...environment });
    const subject = {
      port: createOfficePort(),
      fixture: new ExcelContractFixture(),
      prefix: `LNX${Math.random().toString(36).slice(2, 6)}`,
    };
    try {
      const report = await runAndReport(subject, environment, post, (o) => {
        const item = document.createElement('li');
        item.dataset.ok = String(o.ok);
        item.textContent = `${o.ok ? t(lang, 'selftest.pass') : t(lang, 'selftest.fail')}  ${t(lang, checkTexts(o.id).title)} [${o.id}]${o.detail ? ` – ${o.detail}` : ''}`;
        list.append(item);
      });
      const failed = report.outcomes.filter((o) => !o.ok).length;
      status.textContent =
        failed === 0
          ? t(lang, 'selftest.summaryOk', { total: report.outcomes.length })
          : t(lang, 'selftest.summaryFailed', { failed, total: report.outcomes.length });
    } catch (error) {
      status.textContent = `${CONTRACT_RESULTS_PATH}: ${error instanceof Error ? error.message : String(error)}`;
    }
  });
}
