import { basename } from 'node:path';
import { type Severity } from '../domain/findings/Finding';
import { formatAmount } from '../domain/money/formatAmount';
import { type Rational } from '../domain/money/Rational';
import { type FollowupRun } from './runFollowup';
import { CLI_REPORT_WORDS } from './cliMessages';

const W = CLI_REPORT_WORDS.sv;

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
    W.followupHeading(basename(file)),
    '',
    W.allocationAt(allocation.sheet, allocation.range),
    W.reportAt(report.sheet, report.range),
    '',
    `${W.columns.unit.padEnd(22)}${W.columns.allocated.padStart(13)}${W.columns.reported.padStart(13)}${W.columns.used.padStart(13)}${W.columns.unused.padStart(13)}  ${W.columns.status}`,
    ...result.lines.map(
      (l) =>
        `${name(l)}${amount(l.allocated)}${amount(l.reported)}${amount(l.used)}${amount(l.unused)}  ${W.status[l.status]}`,
    ),
    `${W.sum.padEnd(22)}${amount(result.totals.allocated)}${''.padStart(13)}${amount(result.totals.used)}${amount(result.totals.unused)}`,
    '',
  ];
  if (findings.length === 0) lines.push(W.noFindings);
  for (const f of findings) lines.push(`  ${W.severity[f.severity].padEnd(8)} ${f.message.sv}`);
  lines.push('');
  const count = (s: Severity): number => findings.filter((f) => f.severity === s).length;
  const errors = count('error');
  lines.push(W.verdict(errors, count('warning'), count('info')));
  return lines.join('\n') + '\n';
}
