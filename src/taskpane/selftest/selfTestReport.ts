import { type Lang } from '../../i18n/Lang';
import { t } from '../../i18n/strings';
import { type StringKey } from '../../i18n/sv';
import { type ContractOutcome } from '../../port/contract/runContractSuite';
import { type SelfTestEnvironment } from './SelfTestHost';

/** The i18n keys of a check's title and of what will not work when it fails. */
export function checkTexts(id: ContractOutcome['id']): { title: StringKey; impact: StringKey } {
  return { title: `selftest.check.${id}` as StringKey, impact: `selftest.impact.${id}` as StringKey };
}

/**
 * The plain-text report "Kopiera rapporten" puts on the clipboard: environment, summary, one line per check, and
 * for each failure what will not work and the technical detail (for IT or support).
 * @example selfTestReport('sv', env, [{ id: 'values', ok: true }], '2026-12-01') //=> 'Länsnyckel – Självtest 2026-12-01\n…'
 */
export function selfTestReport(
  lang: Lang,
  environment: SelfTestEnvironment,
  outcomes: readonly ContractOutcome[],
  date: string,
): string {
  const failed = outcomes.filter((o) => !o.ok).length;
  const lines = [
    `Länsnyckel – ${t(lang, 'selftest.title')} ${date}`,
    t(lang, 'selftest.environment', { ...environment }),
    failed === 0
      ? t(lang, 'selftest.summaryOk', { total: outcomes.length })
      : t(lang, 'selftest.summaryFailed', { failed, total: outcomes.length }),
    '',
  ];
  for (const o of outcomes) {
    const texts = checkTexts(o.id);
    lines.push(
      `${o.ok ? t(lang, 'selftest.pass') : t(lang, 'selftest.fail')}  ${t(lang, texts.title)} [${o.id}]`,
    );
    if (!o.ok) {
      lines.push(`    ${t(lang, texts.impact)}`);
      if (o.detail) lines.push(`    ${o.detail}`);
    }
  }
  return lines.join('\n');
}
