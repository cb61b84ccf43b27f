import { formatAmount } from '../domain/money/formatAmount';
import { type Finding, type Severity } from '../domain/findings/Finding';
import { type TableModel } from '../domain/table/TableModel';
import { basename } from 'node:path';
import { CSV_ENCODING_NAMES, type CsvEncoding } from '../workbook/decodeCsvBytes';

/** Options of {@link formatCheckReport}. */
export interface CheckReportOptions {
  /** How a CSV was decoded, when it was not UTF-8. */
  readonly encoding?: CsvEncoding;
}

const SEVERITY_SV: Record<Severity, string> = { error: 'FEL', warning: 'varning', info: 'info' };
const ROLE_SV: Record<string, string> = {
  unit: 'enhet',
  code: 'kod',
  indicator: 'indikator',
  amount: 'belopp',
  total: 'summa',
  share: 'andel',
  other: 'övrigt',
  period: 'period',
  rank: 'rang',
  average: 'medelvärde/pris/index',
  key: 'nyckel (långt format)',
  text: 'text',
};

/**
 * The readable Swedish report of `check`: each table with its columns and findings, then a one-line verdict.
 */
export function formatCheckReport(
  file: string,
  perTable: readonly { table: TableModel; findings: readonly Finding[] }[],
  options: CheckReportOptions = {},
): string {
  const lines = [`Länsnyckel – kontroll av ${basename(file)}`, ''];
  if (options.encoding) {
    lines.splice(
      1,
      0,
      `Teckenkodning: ${CSV_ENCODING_NAMES[options.encoding]} (filen är inte UTF-8; läst som ${CSV_ENCODING_NAMES[options.encoding]})`,
    );
  }
  if (perTable.length === 0) lines.push('Inga tabeller med kommuner eller regioner hittades.', '');
  perTable.forEach(({ table, findings }, n) => {
    const level = table.level === 'region' ? 'regioner' : table.level === 'kommun' ? 'kommuner' : 'enheter';
    lines.push(`Tabell ${n + 1}: blad "${table.sheet}", ${table.range} – ${table.rows.length} ${level}`);
    if (table.title) lines.push(`  ${table.title}`);
    lines.push(
      '  Kolumner: ' +
        table.columns
          .map((c) => {
            const sums = c.sumOf
              ? ' = ' + c.sumOf.map((col) => table.columns.find((x) => x.col === col)?.letter).join('+')
              : '';
            return `${c.letter} ${c.header || '(utan rubrik)'} (${ROLE_SV[c.role]}${sums})`;
          })
          .join(' · '),
    );
    if (findings.length === 0) lines.push('  Inga anmärkningar.');
    for (const f of findings) lines.push(`  ${SEVERITY_SV[f.severity].padEnd(8)} ${f.message.sv}`);
    lines.push('');
  });
  const all = perTable.flatMap((t) => t.findings);
  const count = (s: Severity): number => all.filter((f) => f.severity === s).length;
  const errors = count('error');
  // The counts are of the findings listed above; an aggregated one says how many cells it stands for.
  const cells = all.reduce((n, f) => n + (f.count ?? 1), 0);
  const summed =
    cells > all.length
      ? ` Upprepade fynd i samma kolumn är sammanfattade (${formatAmount(cells, 'sv')} fynd totalt).`
      : '';
  lines.push(
    (errors > 0
      ? `Resultat: ${errors} fel, ${count('warning')} varningar, ${count('info')} info – tabellerna stämmer inte.`
      : `Resultat: inga fel (${count('warning')} varningar, ${count('info')} info) – tabellerna stämmer.`) +
      summed,
  );
  return lines.join('\n') + '\n';
}
