import { type Allocation } from '../domain/allocation/Allocation';
import { sum } from '../domain/money/arithmetic';
import { toDecimalString } from '../domain/money/toDecimalString';
import { type Rational } from '../domain/money/Rational';
import { type TableModel } from '../domain/table/TableModel';
import { type AllocationSource, describeSource } from './allocationSource';
import { defined } from '../domain/errors';
import { CLI_REPORT_WORDS } from './cliMessages';

const W = CLI_REPORT_WORDS.sv;

/** "1 264 598" with no-break spaces, "−" for negatives: Swedish money as the report prints it. */
function kr(r: Rational): string {
  const [int = '', frac] = toDecimalString(r, r.den === 1n ? 0 : 2).split('.');
  const neg = int.startsWith('-');
  const digits = (neg ? int.slice(1) : int).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return (neg ? '\u2212' : '') + digits + (frac ? ',' + frac : '');
}

/** The readable Swedish result of `allocate`: one line per unit, the sum, and where the workbook went. */
export function formatAllocationReport(
  allocation: Allocation,
  table: TableModel,
  keyIdx: number,
  out?: string,
  source?: AllocationSource,
): string {
  const key = keyIdx >= 0 ? table.columns[keyIdx]?.header : undefined;
  const frame = sum(allocation.pots.map((p) => p.frame));
  const lines = [
    W.allocationHeading(kr(frame), key, allocation.pots.length),
    source ? W.source(describeSource(source)) : W.table(table.sheet, table.range),
    '',
  ];
  const width = allocation.units.reduce((w, u) => Math.max(w, u.name.trim().length), 5);
  allocation.units.forEach((u, i) => {
    const keyText = keyIdx >= 0 ? String(table.rows[i]?.cells[keyIdx]?.number ?? '').padStart(12) : '';
    const total = defined(allocation.totals[i], `total of ${u.name}`);
    lines.push(`  ${u.name.trim().padEnd(width)} ${keyText} ${kr(total).padStart(16)}`);
  });
  lines.push(
    `  ${W.sum.padEnd(width)} ${keyIdx >= 0 ? ''.padStart(12) : ''} ${kr(sum(allocation.totals)).padStart(16)}`,
  );
  lines.push('');
  if (out) lines.push(W.written(out));
  return lines.join('\n') + '\n';
}
