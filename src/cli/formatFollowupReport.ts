import { basename } from 'node:path';
import { type Severity } from '../domain/findings/Finding';
import { type FollowupStatus } from '../domain/followup/Followup';
import { formatAmount } from '../domain/money/formatAmount';
import { type Rational } from '../domain/money/Rational';
import { type FollowupRun } from './runFollowup';

const SEVERITY_SV: Record<Severity, string> = { error: 'FEL', warning: 'varning', info: 'info' };
const STATUS_SV: Record<FollowupStatus, string> = {
  ok: 'stämmer',
  deviation: 'avvikelse',
  missing: 'saknas',
  unexpected: 'ej tilldelad',
};

/**
 * The readable Swedish report of `followup`: where the allocation and the report are, one line per kommun
 * (tilldelat, redovisat, förbrukat, ej förbrukat, status), the totals, every finding and a one-line verdict.
 */
export function formatFollowupReport(file: string, run: FollowupRun): string {
  const { allocation, report, result, findings } = run;
  const amount = (r: Rational | undefined): string =>
    (r === undefined ? '–' : formatAmount(r, 'sv')).padStart(13);
  const pots = new Set(result.lines.flatMap((x) => (x.pot === undefined ? [] : [x.pot])));
  const name = (l: { unit: string; pot?: string }): string =>
    (l.pot !== undefined && pots.size > 1 ? `${l.unit} (${l.pot})` : l.unit).padEnd(22);
  const lines = [
    `Länsnyckel – uppföljning av ${basename(file)}`,
    '',
    `Fördelning: blad "${allocation.sheet}", ${allocation.range}`,
    `Återredovisning: blad "${report.sheet}", ${report.range}`,
    '',
    `${'Enhet'.padEnd(22)}${'Tilldelat'.padStart(13)}${'Redovisat'.padStart(13)}${'Förbrukat'.padStart(13)}${'Ej förbrukat'.padStart(13)}  Status`,
    ...result.lines.map(
      (l) =>
        `${name(l)}${amount(l.allocated)}${amount(l.reported)}${amount(l.used)}${amount(l.unused)}  ${STATUS_SV[l.status]}`,
    ),
    `${'Summa'.padEnd(22)}${amount(result.totals.allocated)}${''.padStart(13)}${amount(result.totals.used)}${amount(result.totals.unused)}`,
    '',
  ];
  if (findings.length === 0) lines.push('Inga anmärkningar.');
  for (const f of findings) lines.push(`  ${SEVERITY_SV[f.severity].padEnd(8)} ${f.message.sv}`);
  lines.push('');
  const count = (s: Severity): number => findings.filter((f) => f.severity === s).length;
  const errors = count('error');
  lines.push(
    errors > 0
      ? `Resultat: ${errors} fel, ${count('warning')} varningar, ${count('info')} info – återredovisningen stämmer inte mot fördelningen.`
      : `Resultat: inga fel (${count('warning')} varningar, ${count('info')} info) – återredovisningen stämmer mot fördelningen.`,
  );
  return lines.join('\n') + '\n';
}
